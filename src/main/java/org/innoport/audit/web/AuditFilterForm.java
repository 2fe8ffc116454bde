package org.innoport.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import org.innoport.audit.AuditFilter;
import org.innoport.shared.RuleViolationException;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit filters as typed: dates are shown as dd/MM/yyyy and accepted as dd/MM/yyyy or ISO yyyy-MM-dd. Dates stay
 * text here so a wrong one is shown back as typed, with a field error. Public for the templates.
 */
public record AuditFilterForm(String user, String aggregateType, String aggregateId, String action, String from, String to) {

    static final String DATE_INVALID = "audit.filter.date.invalid";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The filter for a page: an invalid date is reported in {@code errors} and left out of the filter. */
    Parsed parse() {
        Map<String, Object> typed = new HashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        Errors errors = new MapBindingResult(typed, "auditFilter");
        AuditFilter filter = new AuditFilter(user, aggregateType, aggregateId, action, date("from", from, errors),
                date("to", to, errors));
        return new Parsed(filter, errors);
    }

    /** The filter for the API: an invalid date is a 400 {@code validation.failed} naming the parameter. */
    AuditFilter toFilter() {
        Parsed parsed = parse();
        if (parsed.errors().hasFieldErrors()) {
            throw new RuleViolationException(parsed.errors().getFieldErrors().getFirst().getField(), DATE_INVALID);
        }
        return parsed.filter();
    }

    /** A date as shown in the form: dd/MM/yyyy when it parses, otherwise as typed. */
    public String shown(String value) {
        LocalDate date = parse(value);
        return date != null ? SHOWN.format(date) : value == null ? "" : value;
    }

    /** The filters as a query string ({@code ?user=...&from=...}), empty when none is set. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "user", user);
        add(uri, "aggregateType", aggregateType);
        add(uri, "aggregateId", aggregateId);
        add(uri, "action", action);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = parse(value);
        if (date == null) {
            errors.rejectValue(field, DATE_INVALID);
        }
        return date;
    }

    private static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A filter and what was wrong with the input (dates that did not parse are left out of the filter). */
    record Parsed(AuditFilter filter, Errors errors) {
    }
}
