package org.innoport.platform.web;

/** One step of the breadcrumb trail; the last one has no link. */
public record Crumb(String label, String href) {

    public static Crumb of(String label, String href) {
        return new Crumb(label, href);
    }

    public static Crumb current(String label) {
        return new Crumb(label, null);
    }
}
