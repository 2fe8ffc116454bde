package org.innoport;

import org.innoport.identity.AdministratorCommand;
import org.innoport.indicators.IndexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InnoPortApplication {

    /**
     * Starts the server, or runs an admin command ({@code admin create --username=NAME}) or an index command
     * ({@code index compute --framework=F --data=D}) and exits.
     */
    public static void main(String[] args) {
        if (AdministratorCommand.matches(args)) {
            System.exit(AdministratorCommand.run(InnoPortApplication.class, args, System.out, System.err));
        }
        if (IndexCommand.matches(args)) {
            System.exit(IndexCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(InnoPortApplication.class, args);
    }
}
