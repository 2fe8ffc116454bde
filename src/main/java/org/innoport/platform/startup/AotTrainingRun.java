package org.innoport.platform.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the training JVM started by {@link AotCacheTrainer}: once the application is ready — after the start-up seeds
 * and listeners ran, so that their classes are in the cache too, and once the start has returned — the application
 * stops and the JVM exits, which makes it write the AOT cache.
 */
@Component
@ConditionalOnProperty(AotTrainingRun.SWITCH)
class AotTrainingRun {

    static final String SWITCH = "innoport.aot-cache.training";

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void exitWhenReady(ApplicationReadyEvent ready) {
        Thread starting = Thread.currentThread(); // the main thread, still inside SpringApplication.run
        Thread.ofPlatform().name("aot-training-exit").start(() -> {
            try {
                starting.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            System.exit(SpringApplication.exit(ready.getApplicationContext()));
        });
    }
}
