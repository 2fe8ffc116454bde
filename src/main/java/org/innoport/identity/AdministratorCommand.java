package org.innoport.identity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.shared.DomainException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar innoport.jar admin create --username=NAME [--password=SECRET] [--lang=vi|en]}: creates an
 * administrator without starting the web server, then exits with 0 (created) or 1 (refused or failed). The password
 * comes from {@code --password=} or, better (it stays out of the process list and shell history), from
 * {@code INNOPORT_ADMIN_PASSWORD}. Other {@code --spring...}/{@code --innoport...} options configure the application
 * as usual (profile, database).
 */
public final class AdministratorCommand {

    /** Set while a CLI command runs: start-up tasks meant for the server (demo data, guards) stay off. */
    public static final String CLI_PROPERTY = "innoport.cli";

    private static final String USAGE = """
            Usage: java -jar innoport.jar admin create --username=NAME [--password=SECRET] [--lang=vi|en]
              The password is read from --password= or from the environment variable INNOPORT_ADMIN_PASSWORD.
              Choose the database as for the server (SPRING_DATASOURCE_URL..., or the embedded default ./data/pg).""";

    private AdministratorCommand() {
    }

    /** Whether the command line asks for an admin command rather than the server. */
    public static boolean matches(String[] args) {
        return args.length > 0 && "admin".equals(args[0]);
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"create".equals(args[1])) {
            err.println(USAGE);
            return 1;
        }
        String username = null;
        String password = null;
        Locale locale = Locale.ENGLISH;
        List<String> applicationArgs = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(2, args.length)) {
            if (arg.startsWith("--username=")) {
                username = arg.substring("--username=".length()).strip();
            } else if (arg.startsWith("--password=")) {
                password = arg.substring("--password=".length());
            } else if (arg.startsWith("--lang=")) {
                locale = Locale.forLanguageTag(arg.substring("--lang=".length()));
            } else if (arg.startsWith("--")) {
                applicationArgs.add(arg);
            } else {
                err.println("Unknown argument: " + arg);
                err.println(USAGE);
                return 1;
            }
        }
        if (username == null || username.isEmpty()) {
            err.println("Missing --username=NAME");
            err.println(USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(CLI_PROPERTY + "=true", "logging.level.root=WARN")
                .run(applicationArgs.toArray(String[]::new))) {
            String secret = password != null ? password : context.getBean(IdentityProperties.class).adminPassword();
            if (secret == null || secret.isEmpty()) {
                err.println("No password: set the environment variable INNOPORT_ADMIN_PASSWORD or pass --password=.");
                return 1;
            }
            return create(context, username, secret, locale, out, err);
        } catch (RuntimeException e) {
            err.println("Administrator '" + username + "' not created: the application could not start: "
                    + rootCause(e).getMessage());
            return 1;
        }
    }

    private static int create(ConfigurableApplicationContext context, String username, String password, Locale locale,
                              PrintStream out, PrintStream err) {
        MessageSource messages = context.getBean(MessageSource.class);
        var violations = context.getBean(PasswordPolicy.class).check(username, password);
        if (!violations.isEmpty()) {
            err.println("Administrator '" + username + "' not created: the password does not meet the policy:");
            violations.forEach(v -> err.println("  - " + messages.getMessage(v.messageKey(), v.arguments(), locale)));
            return 1;
        }
        try {
            UserSummary administrator = context.getBean(Accounts.class).createAdministrator(username, password);
            out.println("Administrator '" + administrator.username() + "' created (id " + administrator.id() + ").");
            return 0;
        } catch (DomainException e) {
            err.println("Administrator '" + username + "' not created: "
                    + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return 1;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
