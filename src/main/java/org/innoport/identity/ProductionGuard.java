package org.innoport.identity;

import org.innoport.identity.domain.UserRepository;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production instance that anyone could enter with a published password: one with demo users,
 * or one with no administrator and no {@code INNOPORT_ADMIN_PASSWORD} to create one. Runs while the context starts,
 * before the web server accepts a request.
 */
@Component
@Profile("production")
@ConditionalOnBooleanProperty(name = AdministratorCommand.CLI_PROPERTY, havingValue = false, matchIfMissing = true)
class ProductionGuard implements InitializingBean {

    static final String DEMO_USERS = "Refusing to start with the production profile: demo users exist (users.demo = true). "
            + "Their password is published in the README. Use a database without demo data, or delete those users.";
    static final String NO_ADMINISTRATOR = "Refusing to start with the production profile: there is no administrator "
            + "and INNOPORT_ADMIN_PASSWORD is not set. Set INNOPORT_ADMIN_PASSWORD (and optionally "
            + "INNOPORT_ADMIN_USERNAME), or run: java -jar innoport.jar admin create --username=NAME";

    private final UserRepository users;
    private final IdentityProperties properties;

    ProductionGuard(UserRepository users, IdentityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (users.existsByDemoTrue()) {
            throw new IllegalStateException(DEMO_USERS);
        }
        if (users.countActiveAdministrators() == 0 && !properties.adminPasswordGiven()) {
            throw new IllegalStateException(NO_ADMINISTRATOR);
        }
    }
}
