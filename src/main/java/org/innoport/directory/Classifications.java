package org.innoport.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innoport.directory.domain.ClassificationRepository;
import org.innoport.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The TT 24/2025 S&T classification (6 fields, 46 sectors) as reference data. */
@Service
@Transactional(readOnly = true)
public class Classifications {

    private final ClassificationRepository repository;
    private volatile Map<String, Entry> byCode;

    Classifications(ClassificationRepository repository) {
        this.repository = repository;
    }

    /** One field or sector. */
    public record Entry(String code, String level, String parentCode, String nameVi, String nameEn) {
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    public List<Entry> all() {
        return List.copyOf(index().values());
    }

    public Entry get(String code) {
        return index().get(code);
    }

    /** Throws a field error naming {@code field} if a code is unknown. */
    public void requireKnown(String field, Collection<String> codes) {
        for (String code : codes) {
            if (!index().containsKey(code)) {
                throw new RuleViolationException(field, "directory.classification.unknown", code);
            }
        }
    }

    public boolean isKnown(String code) {
        return index().containsKey(code);
    }

    private Map<String, Entry> index() {
        Map<String, Entry> current = byCode;
        if (current == null) {
            current = repository.findAllByOrderByPosition().stream()
                    .map(c -> new Entry(c.getCode(), c.getLevel(), c.getParentCode(), c.getNameVi(), c.getNameEn()))
                    .collect(Collectors.toMap(Entry::code, Function.identity(), (a, b) -> a,
                            java.util.LinkedHashMap::new));
            byCode = current;
        }
        return current;
    }
}
