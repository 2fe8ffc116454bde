package org.innoport.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.innoport.exchange.EventKind;
import org.innoport.exchange.Events;
import org.springframework.format.annotation.DateTimeFormat;

/** The event form: local date-times (Hai Phong time) and organisers one per line. */
public record EventForm(@NotNull EventKind kind, @NotBlank @Size(max = 300) String title,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                 @Size(max = 500) String venue, @Size(max = 1000) String onlineLink,
                 @NotBlank @Size(max = 3000) String organisers, @NotNull @Positive Integer capacity,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationOpensAt,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationClosesAt) {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static EventForm empty() {
        return new EventForm(EventKind.WORKSHOP, null, null, null, null, null, null, null, null, null);
    }

    Events.NewEvent toCommand() {
        return new Events.NewEvent(kind, title, startsAt.atZone(ZONE).toInstant(), endsAt.atZone(ZONE).toInstant(),
                venue, onlineLink, Arrays.stream(organisers.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList(), capacity, registrationOpensAt.atZone(ZONE).toInstant(),
                registrationClosesAt.atZone(ZONE).toInstant());
    }
}

