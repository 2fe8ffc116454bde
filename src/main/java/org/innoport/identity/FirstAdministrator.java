package org.innoport.identity;

import java.util.Locale;
import org.innoport.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at start-up when there is none and {@code INNOPORT_ADMIN_PASSWORD} is set
 * (username {@code INNOPORT_ADMIN_USERNAME}, default {@code admin}). Not while a CLI command runs.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = AdministratorCommand.CLI_PROPERTY, havingValue = false, matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final IdentityProperties properties;
    private final MessageSource messages;

    FirstAdministrator(Accounts accounts, IdentityProperties properties, MessageSource messages) {
        this.accounts = accounts;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.adminPasswordGiven() || accounts.administratorExists()) {
            return;
        }
        try {
            accounts.createAdministrator(properties.adminUsername(), properties.adminPassword());
            log.info("First administrator '{}' created from INNOPORT_ADMIN_PASSWORD", properties.adminUsername());
        } catch (DomainException e) {
            throw new IllegalStateException("INNOPORT_ADMIN_PASSWORD is set and there is no administrator, but user '"
                    + properties.adminUsername() + "' could not be created: "
                    + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH), e);
        }
    }
}
