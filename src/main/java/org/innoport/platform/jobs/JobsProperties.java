package org.innoport.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job runner: {@code concurrency} jobs run at once (the rest wait as QUEUED, at most {@code queueCapacity}),
 * and progress is written at most once per {@code progressInterval}.
 */
@ConfigurationProperties("innoport.jobs")
public record JobsProperties(@DefaultValue("2") int concurrency, @DefaultValue("100") int queueCapacity,
                             @DefaultValue("1s") Duration progressInterval) {
}
