package org.innoport.identity.security;

import java.util.UUID;
import org.innoport.identity.OrganisationMember;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/** A request authenticated by an API token: the owner, with the authorities loaded for this request, and the token's id. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken implements OrganisationMember {

    private final transient UserDetails principal;
    private final UUID tokenId;
    private final UUID organisationId;

    private ApiTokenAuthentication(UserDetails owner, UUID tokenId, UUID organisationId) {
        super(owner.getAuthorities());
        this.principal = owner;
        this.tokenId = tokenId;
        this.organisationId = organisationId;
        super.setAuthenticated(true);
    }

    static ApiTokenAuthentication authenticated(UserDetails owner, UUID tokenId, UUID organisationId) {
        return new ApiTokenAuthentication(owner, tokenId, organisationId);
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
    public UUID organisationId() {
        return organisationId;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Use ApiTokenAuthentication.authenticated(...)");
        }
        super.setAuthenticated(false);
    }
}
