package org.innoport.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so rules that depend on time can be tested with a fixed one. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(InstanceProperties instance) {
        return Clock.system(instance.zoneId());
    }
}
