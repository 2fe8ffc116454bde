package org.innoport.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Before/after state of identity events for the audit trail: ordered, null values allowed, never a secret. */
final class AuditState {

    private AuditState() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            state.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(state);
    }

    static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }
}
