package org.innoport.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants on identity pages, as people here read them: {@code dd/MM/yyyy HH:mm} in the instance's time zone. */
public final class Times {

    private final DateTimeFormatter format;

    Times(ZoneId zone) {
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
    }

    public String of(Instant instant) {
        return instant == null ? "—" : format.format(instant);
    }
}
