package org.innoport.tasks.web;

import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The officer forms of a task page: which one was posted with errors (its inputs keep what was typed, its fields
 * carry their errors and get the plain field name as {@code id} so the error summary links to them; every other
 * form prefixes its ids with its key, so ids stay unique on the page).
 */
public final class TaskForms {

    private static final TaskForms NONE = new TaskForms(null, null, Map.of());

    private final String open;
    private final Errors errors;
    private final Map<String, String> values;

    TaskForms(String open, Errors errors, Map<String, String> values) {
        this.open = open;
        this.errors = errors;
        this.values = values;
    }

    static TaskForms none() {
        return NONE;
    }

    /** Options of a select: each value labelled with the message {@code prefix + value}. */
    public static Map<String, String> options(java.util.function.Function<String, String> messages, String prefix,
                                              Object... values) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (Object value : values) {
            options.put(value.toString(), messages.apply(prefix + value));
        }
        return options;
    }

    /** The errors of the posted form, or null. */
    public Errors errors() {
        return errors;
    }

    public Form of(String key) {
        return new Form(key, key.equals(open));
    }

    /** One form: ids, values and errors of its fields. */
    public final class Form {

        private final String key;
        private final boolean posted;

        private Form(String key, boolean posted) {
            this.key = key;
            this.posted = posted;
        }

        public String key() {
            return key;
        }

        /** True for the form posted with errors (shown open). */
        public boolean open() {
            return posted;
        }

        public String id(String field) {
            return posted ? field : key + "-" + field;
        }

        public String value(String field, String fallback) {
            return posted && values.containsKey(field) ? values.get(field) : fallback;
        }

        public String value(String field) {
            return value(field, null);
        }

        public FieldError error(String field) {
            return posted && errors != null ? errors.getFieldError(field) : null;
        }
    }
}
