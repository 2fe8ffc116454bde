package org.innoport.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.CreateUser;
import org.innoport.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Bidder accounts for tests: one organisation and one API token each; and running code as a given user. */
public final class AuctionBidders {

    public static final String PASSWORD = "Dau-gia-2026-thu-nghiem";

    private AuctionBidders() {
    }

    /** A bidder: its username, organisation and bearer token. */
    public record Bidder(String username, UUID organisationId, String token) {
    }

    public static List<Bidder> create(Accounts accounts, ApiTokens tokens, int count) {
        String run = ExchangeMother.token();
        List<Bidder> bidders = new ArrayList<>();
        as("admin", "ADMIN", () -> {
            for (int i = 0; i < count; i++) {
                String username = "bidder-" + run + "-" + i;
                UUID organisation = UUID.randomUUID();
                accounts.create(new CreateUser(username, "Bidder " + i, username + "@example.vn", PASSWORD,
                        Set.of(Role.APPLICANT), organisation));
                bidders.add(new Bidder(username, organisation, tokens.issue(username, PASSWORD, "auction test").token()));
            }
        });
        return bidders;
    }

    /** Runs {@code work} with {@code username} (role {@code role}) signed in on this thread. */
    public static void as(String username, String role, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
