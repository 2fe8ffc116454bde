package org.innoport.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.directory.domain.Person;
import org.innoport.directory.domain.PersonData;
import org.innoport.directory.domain.PersonRepository;
import org.innoport.directory.search.DirectoryIndex;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and the expert pool. Signed-in users see names, titles, affiliations and fields; contact and birth data
 * only staff and the person themself; expert-pool membership only staff.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository people;
    private final Organisations organisations;
    private final Classifications classifications;
    private final DirectoryIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PersonRepository people, Organisations organisations, Classifications classifications, DirectoryIndex index,
           ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.classifications = classifications;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonView create(PersonDetails details, boolean confirmed) {
        return create(UUID.randomUUID(), details, confirmed, false);
    }

    @Transactional
    PersonView create(UUID id, PersonDetails details, boolean confirmed, boolean sample) {
        PersonData data = clean(details);
        requireOrcidFree(data.orcid(), null);
        if (!confirmed) {
            List<DuplicateCandidate> candidates = candidates(data.fullName(), null);
            if (!candidates.isEmpty()) {
                throw new DuplicateCandidatesException(candidates);
            }
        }
        Person person = people.save(new Person(id, data, sample, clock.instant()));
        events.publishEvent(new PersonCreated(person.getId(), person.getFullName()));
        return view(person);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonView update(UUID id, PersonDetails details) {
        Person person = load(id);
        Organisations.requireVersion(person, person.getVersion(), Organisations.requiredVersion(details.version()), id);
        PersonData data = clean(details);
        requireOrcidFree(data.orcid(), id);
        person.apply(data, clock.instant());
        people.flush();
        events.publishEvent(new PersonUpdated(id, person.getFullName()));
        return view(person);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonView addToExpertPool(UUID id, long version, Set<String> fields, String note) {
        Person person = load(id);
        Organisations.requireVersion(person, person.getVersion(), version, id);
        classifications.requireKnown("fields", fields);
        person.addToExpertPool(fields, VietnameseText.cleanOrNull(note), LocalDate.now(clock), clock.instant());
        people.flush();
        events.publishEvent(new PersonAddedToExpertPool(id, List.copyOf(person.getExpertFields())));
        return view(person);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonView removeFromExpertPool(UUID id, long version) {
        Person person = load(id);
        Organisations.requireVersion(person, person.getVersion(), version, id);
        person.removeFromExpertPool(clock.instant());
        people.flush();
        events.publishEvent(new PersonRemovedFromExpertPool(id));
        return view(person);
    }

    /** Merges the duplicate {@code sourceId} into {@code targetId}; the source stays as MERGED. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonView merge(UUID sourceId, long sourceVersion, UUID targetId) {
        Person source = load(sourceId);
        Organisations.requireVersion(source, source.getVersion(), sourceVersion, sourceId);
        Person target = people.findById(targetId)
                .orElseThrow(() -> new RuleViolationException("targetId", "directory.merge.target-unknown"));
        source.mergeInto(target, clock.instant());
        people.flush();
        target.takePendingOrcid();
        people.flush();
        events.publishEvent(new PeopleMerged(sourceId, targetId));
        return view(target);
    }

    /** A person, as the caller may see them. Anonymous callers may not read people at all. */
    public PersonView get(UUID id) {
        requireSignedIn();
        return view(load(id));
    }

    public Page<PersonView> list(PersonQuery query, Pageable pageable) {
        requireSignedIn();
        if (Boolean.TRUE.equals(query.expert()) && !DirectoryAccess.staff()) {
            throw new AccessDeniedException("expert pool");
        }
        Page<Person> page = index.people(query, pageable);
        Map<UUID, String> names = organisations.names(page.getContent().stream()
                .flatMap(p -> p.getAffiliations().stream()).map(a -> a.getOrganisationId()).toList());
        return page.map(p -> view(p, names));
    }

    /** Existing people with the same canonical name or a very similar one. */
    public List<DuplicateCandidate> candidates(String fullName, UUID excludeId) {
        String canonical = VietnameseText.canonicalName(fullName);
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        for (Person same : people.findByCanonicalNameAndStatusNot(canonical, PersonStatus.MERGED)) {
            found.put(same.getId(), new DuplicateCandidate(same.getId(), same.getFullName(), 1.0));
        }
        for (Person similar : index.similarNames(Person.class, canonical, 20)) {
            double score = VietnameseText.similarity(canonical, similar.getCanonicalName());
            if (score >= 0.9) {
                found.putIfAbsent(similar.getId(), new DuplicateCandidate(similar.getId(), similar.getFullName(), score));
            }
        }
        if (excludeId != null) {
            found.remove(excludeId);
        }
        return found.values().stream().sorted(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed())
                .limit(10).toList();
    }

    PersonData clean(PersonDetails d) {
        String orcid = Orcid.normalise(d.orcid());
        if (orcid != null && !Orcid.isValid(orcid)) {
            throw new RuleViolationException("orcid", "directory.orcid.invalid");
        }
        classifications.requireKnown("fields", d.fields());
        List<PersonData.AffiliationData> affiliations = new ArrayList<>();
        for (PersonDetails.Affiliation a : d.affiliations()) {
            if (!organisations.exists(a.organisationId())) {
                throw new RuleViolationException("affiliations", "directory.affiliation.organisation-unknown");
            }
            affiliations.add(new PersonData.AffiliationData(a.organisationId(), VietnameseText.cleanOrNull(a.position()),
                    a.from(), a.to()));
        }
        List<String> keywords = d.keywords().stream().map(VietnameseText::cleanOrNull)
                .filter(java.util.Objects::nonNull).distinct().toList();
        return new PersonData(VietnameseText.clean(d.fullName()), d.academicTitle(), d.degree(), orcid,
                VietnameseText.cleanOrNull(d.email()), VietnameseText.cleanOrNull(d.phone()), d.birthDate(),
                VietnameseText.cleanOrNull(d.birthPlace()), VietnameseText.cleanOrNull(d.shortCv()),
                VietnameseText.cleanOrNull(d.accountUsername()), new HashSet<>(d.fields()), keywords, affiliations);
    }

    void requireOrcidFree(String orcid, UUID self) {
        if (orcid == null) {
            return;
        }
        people.findByOrcidAndStatusNot(orcid, PersonStatus.MERGED).filter(p -> !p.getId().equals(self))
                .ifPresent(p -> {
                    throw new RuleViolationException("orcid", "directory.orcid.taken", orcid, p.getFullName());
                });
    }

    private static void requireSignedIn() {
        if (!DirectoryAccess.signedIn()) {
            throw new AccessDeniedException("people");
        }
    }

    private Person load(UUID id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    private PersonView view(Person p) {
        return view(p, organisations.names(p.getAffiliations().stream().map(a -> a.getOrganisationId()).toList()));
    }

    private static PersonView view(Person p, Map<UUID, String> organisationNames) {
        boolean personal = DirectoryAccess.mayReadPersonalData(p.getAccountUsername());
        boolean staff = DirectoryAccess.staff();
        return new PersonView(p.getId(), p.getFullName(), p.getAcademicTitle(), p.getDegree(), p.getOrcid(),
                List.copyOf(p.getFields()), List.copyOf(p.getKeywords()),
                p.getAffiliations().stream().map(a -> new PersonView.AffiliationView(a.getOrganisationId(),
                        organisationNames.get(a.getOrganisationId()), a.getPosition(), a.getFrom(), a.getTo())).toList(),
                p.getShortCv(),
                personal ? new PersonView.PersonalData(p.getEmail(), p.getPhone(), p.getBirthDate(), p.getBirthPlace(),
                        p.getAccountUsername()) : null,
                staff ? new PersonView.ExpertMembership(p.isExpert(), p.getExpertSince(), List.copyOf(p.getExpertFields()),
                        p.getExpertNote()) : null,
                p.getStatus(), p.getMergedIntoId(), p.isSample(), p.getUpdatedAt(),
                p.getVersion() == null ? 0 : p.getVersion());
    }
}
