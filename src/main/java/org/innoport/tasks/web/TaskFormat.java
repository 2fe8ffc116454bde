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

    /**
     * A portfolio group's key with its label where one is known (field code, host-organisation type, level,
     * status, funding source); other keys (programme codes, years, free-text types of imported records) as they are.
     */
    public static String groupLabel(java.util.function.Function<String, String> messages, String groupBy,
                                    String key) {
        String prefix = switch (groupBy) {
            case "field" -> "tasks.field.";
            case "hostType" -> "directory.type.";
            case "level" -> "tasks.level.";
            case "status" -> "tasks.task.status.";
            case "source" -> "tasks.source.";
            default -> null;
        };
        if (prefix == null || key == null || "-".equals(key)) {
            return key;
        }
        String label = messages.apply(prefix + key);
        return label.startsWith("??") ? key : "field".equals(groupBy) ? key + " — " + label : label;
    }
}
