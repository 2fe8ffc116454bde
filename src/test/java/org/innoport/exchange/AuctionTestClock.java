package org.innoport.exchange;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The auction tests' context: the application clock is a {@link MutableClock} they move forward. */
@TestConfiguration(proxyBeanMethods = false)
public class AuctionTestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
}
