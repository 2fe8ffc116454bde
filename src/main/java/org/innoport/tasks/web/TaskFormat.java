package org.innoport.tasks.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.innoport.shared.Money;

/** How the tasks pages show instants (city time) and amounts. */
public final class TaskFormat {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PageActions.CITY_ZONE);

    private TaskFormat() {
    }

    public static String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    public static String money(Money money, Locale locale) {
        return money == null ? "" : money.format(locale);
    }

    public static String number(Money money, Locale locale) {
        return money == null || money.isZero() ? "" : money.formatNumber(locale);
    }
}
