package org.innoport.exchange.web;

import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange's entries in the main navigation, and its public pages (published listings only). */
@Configuration(proxyBeanMethods = false)
class ExchangeNavigation {

    @Bean
    NavigationItem exchangeSearchNavigation() {
        return NavigationItem.forEveryone("nav.exchange.search", "/exchange", 40);
    }

    @Bean
    NavigationItem exchangeMineNavigation() {
        return NavigationItem.forRoles("nav.exchange.mine", "/exchange/mine", 41, "APPLICANT", "OFFICER", "ADMIN");
    }

    @Bean
    NavigationItem exchangeModerationNavigation() {
        return NavigationItem.forRoles("nav.exchange.moderation", "/exchange/moderation", 42, "OFFICER", "ADMIN");
    }

    @Bean
    NavigationItem exchangeAuctionsNavigation() {
        return NavigationItem.forRoles("nav.exchange.auctions", "/exchange/auctions", 43, NavigationItem.AUTHENTICATED);
    }

    @Bean
    PublicPages exchangePublicPages() {
        return PublicPages.of("/exchange", "/exchange/listings/*", "/exchange/listings/*/files/*", "/api/v1/listings",
                "/api/v1/listings/*", "/api/v1/listings/*/matches", "/api/v1/listings/*/files/*");
    }

    @Bean
    NavigationItem exchangeEventsNavigation() {
        return NavigationItem.forEveryone("nav.exchange.events", "/exchange/events", 43);
    }

    /** Events, their booths and outcomes are public; registrations and all changes need a sign-in. */
    @Bean
    PublicPages exchangeEventPublicPages() {
        return PublicPages.of("/exchange/events", "/exchange/events/*", "/api/v1/events", "/api/v1/events/*",
                "/api/v1/events/*/booths", "/api/v1/events/*/outcomes");
    }
}
