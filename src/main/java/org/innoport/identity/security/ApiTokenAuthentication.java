package org.innoport.identity.security;

import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/** A request authenticated by an API token: the owner, with the authorities loaded for this request, and the token's id. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final transient UserDetails principal;
    private final UUID tokenId;

    private ApiTokenAuthentication(UserDetails owner, UUID tokenId) {
        super(owner.getAuthorities());
        this.principal = owner;
        this.tokenId = tokenId;
        super.setAuthenticated(true);
    }

    static ApiTokenAuthentication authenticated(UserDetails owner, UUID tokenId) {
        return new ApiTokenAuthentication(owner, tokenId);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.getUsername();
    }

    UUID tokenId() {
        return tokenId;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Use ApiTokenAuthentication.authenticated(...)");
        }
        super.setAuthenticated(false);
    }
}
