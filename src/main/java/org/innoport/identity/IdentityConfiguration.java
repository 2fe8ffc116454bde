package org.innoport.identity;

import org.innoport.identity.domain.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordPolicy passwordPolicy(IdentityProperties properties) {
        return new PasswordPolicy(properties.passwordMinLength());
    }
}
