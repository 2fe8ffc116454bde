package org.innoport.directory.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.innoport.directory.LabStatus;
import org.innoport.directory.OrganisationStatus;
import org.innoport.directory.PersonStatus;
import org.innoport.directory.Queries.EquipmentQuery;
import org.innoport.directory.Queries.LabQuery;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.directory.domain.Equipment;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.Person;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Queries the directory's Lucene indexes: the lists (free text {@code q} + filters + sort + page), the global search
 * with facets, and duplicate candidates. Every text query runs the same Vietnamese ranking (see {@link #text}).
 */
@Component
public class DirectoryIndex {

    /** Past this many hits the total is reported as a lower bound, so that common words stay fast on large indexes. */
    static final int TOTAL_HIT_THRESHOLD = 10_000;

    /** Kinds of record in the global search. */
    public static final List<String> KINDS = List.of("ORGANISATION", "PERSON", "LAB", "EQUIPMENT");

    @PersistenceContext
    private EntityManager entityManager;

    private SearchSession session() {
        return Search.session(entityManager);
    }

    public Page<Organisation> organisations(OrganisationQuery query, Pageable pageable) {
        return page(session().search(Organisation.class).where((f, root) -> {
            root.add(textOrAll(f, query.q()));
            if (query.status() != null) {
                root.add(f.match().field("status").matching(query.status()));
            } else {
                root.add(f.bool().must(f.matchAll()).mustNot(f.match().field("status").matching(OrganisationStatus.MERGED)));
            }
            if (query.type() != null) {
                root.add(f.match().field("type").matching(query.type()));
            }
            if (query.province() != null && !query.province().isBlank()) {
                root.add(f.match().field("province").matching(query.province()));
            }
            if (query.field() != null && !query.field().isBlank()) {
                root.add(f.match().field("field").matching(query.field()));
            }
            if (query.scienceTechnology() != null) {
                root.add(f.match().field("st").matching(query.scienceTechnology()));
            }
        }).sort(f -> sort(f, pageable.getSort(), query.q())).totalHitCountThreshold(TOTAL_HIT_THRESHOLD), pageable);
    }

    public Page<Person> people(PersonQuery query, Pageable pageable) {
        return page(session().search(Person.class).where((f, root) -> {
            root.add(textOrAll(f, query.q()));
            root.add(f.match().field("status").matching(PersonStatus.ACTIVE));
            if (query.organisationId() != null) {
                root.add(f.match().field("organisation").matching(query.organisationId().toString()));
            }
            if (query.field() != null && !query.field().isBlank()) {
                root.add(f.or(f.match().field("field").matching(query.field()),
                        f.match().field("expert_field").matching(query.field())));
            }
            if (query.expert() != null) {
                root.add(f.match().field("expert").matching(query.expert()));
            }
        }).sort(f -> sort(f, pageable.getSort(), query.q())).totalHitCountThreshold(TOTAL_HIT_THRESHOLD), pageable);
    }

    public Page<Lab> labs(LabQuery query, LocalDate today, Pageable pageable) {
        return page(session().search(Lab.class).where((f, root) -> {
            root.add(textOrAll(f, query.q()));
            if (query.organisationId() != null) {
                root.add(f.match().field("organisation").matching(query.organisationId()));
            }
            if (query.field() != null && !query.field().isBlank()) {
                root.add(f.match().field("field").matching(query.field()));
            }
            if (query.status() != null) {
                LocalDate expiringFrom = today.plusDays(LabStatus.EXPIRING_WINDOW_DAYS);
                root.add(switch (query.status()) {
                    case VALID -> f.and(f.range().field("validFrom").atMost(today),
                            f.range().field("validTo").greaterThan(expiringFrom));
                    case EXPIRING -> f.and(f.range().field("validFrom").atMost(today),
                            f.range().field("validTo").between(today, expiringFrom));
                    case EXPIRED -> f.or(f.range().field("validTo").lessThan(today),
                            f.bool().must(f.matchAll()).mustNot(f.exists().field("validTo")));
                    case NOT_YET_VALID -> f.range().field("validFrom").greaterThan(today);
                });
            }
        }).sort(f -> sort(f, pageable.getSort(), query.q())).totalHitCountThreshold(TOTAL_HIT_THRESHOLD), pageable);
    }

    public Page<Equipment> equipment(EquipmentQuery query, Pageable pageable) {
        return page(session().search(Equipment.class).where((f, root) -> {
            root.add(textOrAll(f, query.q()));
            if (query.organisationId() != null) {
                root.add(f.match().field("organisation").matching(query.organisationId()));
            }
            if (query.labId() != null) {
                root.add(f.match().field("lab").matching(query.labId()));
            }
            if (query.category() != null && !query.category().isBlank()) {
                root.add(f.match().field("category").matching(query.category()));
            }
            if (query.shareable() != null) {
                root.add(f.match().field("shareable").matching(query.shareable()));
            }
        }).sort(f -> sort(f, pageable.getSort(), query.q())).totalHitCountThreshold(TOTAL_HIT_THRESHOLD), pageable);
    }

    /** Records of {@code type} whose canonical name shares most words with {@code canonicalName}, best first. */
    public <E> List<E> similarNames(Class<E> type, String canonicalName, int limit) {
        if (canonicalName == null || canonicalName.isBlank()) {
            return List.of();
        }
        return session().search(type).where((f, root) -> {
            root.add(f.match().field("canonical").matching(canonicalName).minimumShouldMatchPercent(60));
            root.add(f.bool().must(f.matchAll()).mustNot(f.match().field("status").matching("MERGED", ValueModel.INDEX)));
        }).fetchHits(limit);
    }

    /** One global query over every kind the caller may see, with facets by kind and by field. */
    public GlobalResult global(String q, Collection<String> kinds, String field, boolean sortByName, int page, int size) {
        AggregationKey<Map<String, Long>> byKind = AggregationKey.of("kind");
        AggregationKey<Map<String, Long>> byField = AggregationKey.of("field");
        SearchResult<Object> result = session().search(List.of(Organisation.class, Person.class, Lab.class, Equipment.class))
                .where((f, root) -> {
                    root.add(textOrAll(f, q));
                    root.add(f.terms().field("kind").matchingAny(kinds));
                    root.add(f.bool().must(f.matchAll())
                            .mustNot(f.match().field("status").matching("MERGED", ValueModel.INDEX)));
                    if (field != null && !field.isBlank()) {
                        root.add(f.match().field("field").matching(field, ValueModel.INDEX));
                    }
                })
                .sort(f -> sortByName || q == null || q.isBlank()
                        ? f.field("name_sort").then().score() : f.score().then().field("name_sort"))
                .aggregation(byKind, f -> f.terms().field("kind", String.class, ValueModel.INDEX).maxTermCount(10))
                .aggregation(byField, f -> f.terms().field("field", String.class, ValueModel.INDEX).maxTermCount(60))
                .totalHitCountThreshold(TOTAL_HIT_THRESHOLD)
                .fetch(page * size, size);
        return new GlobalResult(result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                new LinkedHashMap<>(result.aggregation(byKind)), new LinkedHashMap<>(result.aggregation(byField)));
    }

    /** Hits (entities) of the global search, the total and the facets. */
    public record GlobalResult(List<Object> hits, long total, boolean exact, Map<String, Long> kinds,
                               Map<String, Long> fields) {
    }

    /**
     * The Vietnamese ranking: the folded name (or other text) must contain the query words — all of them up to three
     * words, all but one up to five, 75 % beyond — or, when the query holds abbreviations (ĐH, VN, KH&CN…), the
     * canonical name must; exact-diacritic matches and two-syllable shingles (phrase-like) score higher.
     */
    static <SR> PredicateFinalStep text(TypedSearchPredicateFactory<SR> f, String q) {
        String text = VietnameseText.clean(q);
        String canonical = VietnameseText.canonicalName(text);
        PredicateFinalStep words = f.match().field("name").boost(2f).field("text").matching(text)
                .minimumShouldMatch(m -> m.ifMoreThan(3).thenRequireNumber(-1).ifMoreThan(5).thenRequirePercent(75));
        PredicateFinalStep must = canonical.isBlank() || canonical.equals(VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                ? words
                : f.or(words, f.match().field("canonical").matching(canonical)
                        .minimumShouldMatch(m -> m.ifMoreThan(3).thenRequireNumber(-1).ifMoreThan(5).thenRequirePercent(75)));
        var bool = f.bool().must(must).should(f.match().field("name_exact").matching(text).boost(2f));
        if (text.indexOf(' ') > 0) {
            bool = bool.should(f.match().field("name_shingle").matching(text).boost(3f));
        }
        return bool;
    }

    private static <SR> PredicateFinalStep textOrAll(TypedSearchPredicateFactory<SR> f, String q) {
        return q == null || q.isBlank() ? f.matchAll() : text(f, q);
    }

    /** "name" (or "fullName") sorts in Vietnamese collation; without a sort, relevance for text, else name. */
    private static <SR> SortFinalStep sort(TypedSearchSortFactory<SR> f, Sort sort, String q) {
        List<Function<TypedSearchSortFactory<SR>, SortFinalStep>> steps = new ArrayList<>();
        for (Sort.Order order : sort) {
            if (List.of("name", "fullName").contains(order.getProperty())) {
                boolean desc = order.isDescending();
                steps.add(s -> desc ? s.field("name_sort").desc() : s.field("name_sort").asc());
            }
        }
        if (steps.isEmpty()) {
            return q == null || q.isBlank() ? f.field("name_sort") : f.score().then().field("name_sort");
        }
        var composite = f.composite();
        for (var step : steps) {
            composite.add(step.apply(f));
        }
        return composite;
    }

    private static <E> Page<E> page(org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep<?, ?, E, ?, ?, ?> query,
                                    Pageable pageable) {
        SearchResult<E> result = query.fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCountLowerBound());
    }
}
