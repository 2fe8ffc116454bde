package org.innoport.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.auctions.AuctionRepository;
import org.innoport.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Closes every auction still bidding whose end (after anti-sniping extensions) has passed, through the same
 * {@link Auctions#close} an officer uses, so the result, the deposits, the audit entry and the live push are the same;
 * the audit trail names the actor {@value #SYSTEM}. Runs every {@code innoport.exchange.auctions.close-interval}
 * (15 s, <em>default</em>) unless {@code innoport.exchange.auctions.auto-close=false} (the test profile: tests call
 * {@link #closeEnded()} themselves, on their own clock).
 */
@Component
public class AuctionAutoClose {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(AuctionAutoClose.class);

    private final AuctionRepository repository;
    private final Auctions auctions;
    private final Clock clock;
    private final boolean enabled;

    AuctionAutoClose(AuctionRepository repository, Auctions auctions, Clock clock,
                     @Value("${innoport.exchange.auctions.auto-close:true}") boolean enabled) {
        this.repository = repository;
        this.auctions = auctions;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${innoport.exchange.auctions.close-interval:15s}",
            initialDelayString = "${innoport.exchange.auctions.close-interval:15s}")
    void scheduled() {
        if (enabled) {
            closeEnded();
        }
    }

    /** One pass: closes the auctions whose bidding has ended; returns the ids it closed. */
    public List<UUID> closeEnded() {
        List<UUID> closed = new ArrayList<>();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        SecurityContextHolder.setContext(system);
        try {
            for (UUID id : repository.findEndedWhileBidding(clock.instant())) {
                try {
                    auctions.close(id, null);
                    closed.add(id);
                } catch (DomainException | OptimisticLockingFailureException e) {
                    // closed by an officer meanwhile, or a last bid extended the end: the next pass decides again
                    log.info("Auction {} not closed automatically: {}", id, e.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return closed;
    }
}
