package org.innoport.identity.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innoport.identity.Role;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admin list's filter: free text over username, name and e-mail, and one role.
 *
 * @param text words to look for, or blank
 * @param role a role the user must hold, or null
 */
public record UserSearch(String text, Role role) {

    public Specification<User> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("username")), pattern, '\\'),
                        cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("email"), "")), pattern, '\\')));
            }
            if (role != null) {
                where.add(cb.equal(root.join("roles"), role));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
