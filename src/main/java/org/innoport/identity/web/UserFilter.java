package org.innoport.identity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.innoport.identity.Role;

/** The list's filter as shown, and the links that keep it. */
public record UserFilter(String text, Role role, boolean descending) {

    public String base() {
        return "/admin/users?" + params();
    }

    public String toggledSort() {
        return "/admin/users?q=" + encode(text) + (role == null ? "" : "&role=" + role.name())
                + "&dir=" + (descending ? "asc" : "desc");
    }

    public boolean active() {
        return !text.isEmpty() || role != null;
    }

    private String params() {
        return "q=" + encode(text) + (role == null ? "" : "&role=" + role.name()) + "&dir=" + (descending ? "desc" : "asc");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
