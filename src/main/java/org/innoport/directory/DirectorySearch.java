package org.innoport.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.domain.Equipment;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.Person;
import org.innoport.directory.search.DirectoryIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search box over the directory, Vietnamese-aware (diacritics optional, đ = d, hoà = hòa), with facets by kind
 * and by field. Anonymous callers search organisations and labs; signed-in users also people and equipment.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    private final DirectoryIndex index;

    DirectorySearch(DirectoryIndex index) {
        this.index = index;
    }

    /** One hit: what it is, its name and a one-line description (never personal data). */
    public record Hit(String kind, UUID id, String name, String detail, String href) {
    }

    /** A page of hits with facet counts; {@code totalExact} is false past 10,000 hits (then a lower bound). */
    public record Results(List<Hit> items, int page, int size, long totalElements, boolean totalExact,
                          Map<String, Long> kinds, Map<String, Long> fields) {
    }

    public Results search(String q, String type, String field, boolean sortByName, int page, int size) {
        List<String> allowed = DirectoryAccess.signedIn() ? DirectoryIndex.KINDS : List.of("ORGANISATION", "LAB");
        List<String> kinds = type == null || type.isBlank() ? allowed
                : allowed.stream().filter(k -> k.equalsIgnoreCase(type)).toList();
        if (kinds.isEmpty()) {
            return new Results(List.of(), page, size, 0, true, Map.of(), Map.of());
        }
        var result = index.global(q, kinds, field, sortByName, page, size);
        List<Hit> hits = new ArrayList<>();
        for (Object entity : result.hits()) {
            hits.add(switch (entity) {
                case Organisation o -> new Hit("ORGANISATION", o.getId(), o.getName(),
                        o.getAbbreviation() == null ? o.getType().name() : o.getAbbreviation(), "/organisations/" + o.getId());
                case Person p -> new Hit("PERSON", p.getId(), p.getFullName(),
                        p.getAcademicTitle() == null ? (p.getDegree() == null ? "" : p.getDegree().name())
                                : p.getAcademicTitle().name(), "/people/" + p.getId());
                case Lab l -> new Hit("LAB", l.getId(), l.getName(), l.getVilasNumber(), "/labs/" + l.getId());
                case Equipment e -> new Hit("EQUIPMENT", e.getId(), e.getName(), e.getModel(), "/equipment?q="
                        + java.net.URLEncoder.encode(e.getName(), java.nio.charset.StandardCharsets.UTF_8));
                default -> throw new IllegalStateException("Unexpected hit " + entity.getClass());
            });
        }
        return new Results(hits, page, size, result.total(), result.exact(), result.kinds(), result.fields());
    }
}
