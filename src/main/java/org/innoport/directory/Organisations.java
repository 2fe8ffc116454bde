package org.innoport.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.directory.domain.EquipmentRepository;
import org.innoport.directory.domain.LabRepository;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.OrganisationData;
import org.innoport.directory.domain.OrganisationRepository;
import org.innoport.directory.domain.PersonRepository;
import org.innoport.directory.search.DirectoryIndex;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations of the directory: create and edit with de-duplication (tax code, near-duplicate names), status,
 * merge, lists and look-ups. Organisation data is public; changes are for officers and administrators.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    /** Dice similarity of canonical names from which an existing organisation is shown as a candidate. */
    static final double CANDIDATE_SIMILARITY = 0.8;

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final LabRepository labs;
    private final EquipmentRepository equipment;
    private final DirectoryIndex index;
    private final Classifications classifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, PersonRepository people, LabRepository labs,
                  EquipmentRepository equipment, DirectoryIndex index, Classifications classifications,
                  ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.labs = labs;
        this.equipment = equipment;
        this.index = index;
        this.classifications = classifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds an organisation. A taken tax code is rejected; similar names stop the creation with
     * {@link DuplicateCandidatesException} unless the officer confirmed ({@code confirmed}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public OrganisationView create(OrganisationDetails details, boolean confirmed) {
        return create(UUID.randomUUID(), details, confirmed, false);
    }

    /** Adds an organisation with a given ID (demo data, imports); same rules as {@link #create(OrganisationDetails, boolean)}. */
    @Transactional
    OrganisationView create(UUID id, OrganisationDetails details, boolean confirmed, boolean sample) {
        OrganisationData data = clean(details);
        requireTaxCodeFree(data.taxCode(), null);
        requireParent(data.parentId());
        if (!confirmed) {
            List<DuplicateCandidate> candidates = candidates(data.name(), null);
            if (!candidates.isEmpty()) {
                throw new DuplicateCandidatesException(candidates);
            }
        }
        Organisation organisation = organisations.save(new Organisation(id, data, sample, clock.instant()));
        OrganisationView view = view(organisation);
        events.publishEvent(new OrganisationCreated(organisation.getId(), view));
        return view;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public OrganisationView update(UUID id, OrganisationDetails details) {
        Organisation organisation = load(id);
        requireVersion(organisation, requiredVersion(details.version()));
        OrganisationData data = clean(details);
        requireTaxCodeFree(data.taxCode(), id);
        requireParent(data.parentId());
        requireNoCycle(id, data.parentId());
        OrganisationView before = view(organisation);
        organisation.apply(data, clock.instant());
        organisations.flush();
        OrganisationView after = view(organisation);
        events.publishEvent(new OrganisationUpdated(id, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public OrganisationView changeStatus(UUID id, long version, OrganisationStatus status) {
        Organisation organisation = load(id);
        requireVersion(organisation, version);
        OrganisationStatus from = organisation.getStatus();
        organisation.changeStatus(status, clock.instant());
        organisations.flush();
        events.publishEvent(new OrganisationStatusChanged(id, from, status));
        return view(organisation);
    }

    /**
     * Merges the duplicate {@code sourceId} into {@code targetId}: people's affiliations, labs, equipment and child
     * organisations move to the target; the source stays as MERGED pointing at the target. Publishes
     * {@link OrganisationsMerged} so other modules move their references too.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public OrganisationView merge(UUID sourceId, long sourceVersion, UUID targetId) {
        Organisation source = load(sourceId);
        requireVersion(source, sourceVersion);
        Organisation target = organisations.findById(targetId)
                .orElseThrow(() -> new RuleViolationException("targetId", "directory.merge.target-unknown"));
        var now = clock.instant();
        source.mergeInto(target, now);
        Map<String, Integer> moved = new LinkedHashMap<>();
        var affiliated = people.findAffiliatedWith(sourceId);
        affiliated.forEach(person -> person.moveAffiliations(sourceId, targetId));
        moved.put("affiliations", affiliated.size());
        var ownLabs = labs.findByOrganisationId(sourceId);
        ownLabs.forEach(lab -> lab.moveTo(targetId, now));
        moved.put("labs", ownLabs.size());
        var ownEquipment = equipment.findByOwnerOrganisationId(sourceId);
        ownEquipment.forEach(item -> item.moveTo(targetId, now));
        moved.put("equipment", ownEquipment.size());
        var children = organisations.findByParentId(sourceId);
        children.forEach(child -> child.replaceParent(sourceId, targetId, now));
        moved.put("children", children.size());
        organisations.flush();
        events.publishEvent(new OrganisationsMerged(sourceId, targetId, moved));
        return view(target);
    }

    public OrganisationView get(UUID id) {
        return view(load(id));
    }

    public Optional<OrganisationView> find(UUID id) {
        return organisations.findById(id).map(this::view);
    }

    public Page<OrganisationView> list(OrganisationQuery query, Pageable pageable) {
        Page<Organisation> page = index.organisations(query, pageable);
        Map<UUID, String> parents = names(page.getContent().stream().map(Organisation::getParentId).toList());
        return page.map(o -> view(o, parents.get(o.getParentId())));
    }

    /** Existing organisations that look like {@code name}: same canonical name or similar words, best first. */
    public List<DuplicateCandidate> candidates(String name, UUID excludeId) {
        String canonical = VietnameseText.canonicalName(name);
        if (canonical.isBlank()) {
            return List.of();
        }
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        for (Organisation same : organisations.findByCanonicalNameAndStatusNot(canonical, OrganisationStatus.MERGED)) {
            found.put(same.getId(), new DuplicateCandidate(same.getId(), same.getName(), 1.0));
        }
        for (Organisation similar : index.similarNames(Organisation.class, canonical, 20)) {
            double score = VietnameseText.similarity(canonical, similar.getCanonicalName());
            if (score >= CANDIDATE_SIMILARITY) {
                found.putIfAbsent(similar.getId(), new DuplicateCandidate(similar.getId(), similar.getName(), score));
            }
        }
        if (excludeId != null) {
            found.remove(excludeId);
        }
        return found.values().stream().sorted(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed())
                .limit(10).toList();
    }

    /** Organisations registered for S&T activity (the city's "tổ chức có hoạt động KH&CN"). */
    public long countScienceTechnologyOrganisations() {
        return organisations.countScienceTechnologyOrganisations();
    }

    /** Names of the given organisations (unknown IDs are left out). */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            organisations.findNames(wanted).forEach(n -> names.put(n.getId(), n.getName()));
        }
        return names;
    }

    List<String> classificationCodes() {
        return classifications.all().stream().map(Classifications.Entry::code).toList();
    }

    public boolean exists(UUID id) {
        return id != null && organisations.existsById(id);
    }

    /** Checks and cleans officer input into what the aggregate takes. Also used by imports. */
    OrganisationData clean(OrganisationDetails d) {
        String taxCode = TaxCode.normalise(d.taxCode());
        if (taxCode != null && !TaxCode.isValid(taxCode)) {
            throw new RuleViolationException("taxCode", "directory.tax-code.invalid");
        }
        classifications.requireKnown("fields", d.fields());
        if (d.type() != null && d.type().isEnterprise() && d.enterpriseSubtype() == null && d.type() == OrganisationType.ENTERPRISE) {
            throw new RuleViolationException("enterpriseSubtype", "directory.organisation.subtype.required");
        }
        String registrationNumber = VietnameseText.cleanOrNull(d.registrationNumber());
        if (registrationNumber == null && d.registrationDate() != null) {
            throw new RuleViolationException("registrationNumber", "directory.organisation.registration.number-required");
        }
        return new OrganisationData(VietnameseText.clean(d.name()), VietnameseText.cleanOrNull(d.nameEn()),
                VietnameseText.cleanOrNull(d.abbreviation()), d.type(), d.enterpriseSubtype(), taxCode,
                registrationNumber, d.registrationDate(), VietnameseText.cleanOrNull(d.street()),
                VietnameseText.cleanOrNull(d.commune()), VietnameseText.cleanOrNull(d.province()), d.parentId(),
                VietnameseText.cleanOrNull(d.website()), new HashSet<>(d.fields()));
    }

    void requireTaxCodeFree(String taxCode, UUID self) {
        if (taxCode == null) {
            return;
        }
        organisations.findByTaxCodeAndStatusNot(taxCode, OrganisationStatus.MERGED)
                .filter(existing -> !existing.getId().equals(self))
                .ifPresent(existing -> {
                    throw new RuleViolationException("taxCode", "directory.tax-code.taken", taxCode, existing.getName());
                });
    }

    private void requireParent(UUID parentId) {
        if (parentId != null && !organisations.existsById(parentId)) {
            throw new RuleViolationException("parentId", "directory.organisation.parent.unknown");
        }
    }

    private void requireNoCycle(UUID id, UUID parentId) {
        UUID current = parentId;
        Set<UUID> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (current.equals(id)) {
                throw new RuleViolationException("parentId", "directory.organisation.parent.cycle");
            }
            current = organisations.findById(current).map(Organisation::getParentId).orElse(null);
        }
    }

    private Organisation load(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    /** The version an update is based on; a missing one is a field error. */
    static long requiredVersion(Long version) {
        if (version == null) {
            throw new RuleViolationException("version", "directory.version.required");
        }
        return version;
    }

    static void requireVersion(Object entity, Long actual, long expected, Object id) {
        if (actual == null || actual != expected) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), id);
        }
    }

    private static void requireVersion(Organisation organisation, long version) {
        requireVersion(organisation, organisation.getVersion(), version, organisation.getId());
    }

    OrganisationView view(Organisation o) {
        String parentName = o.getParentId() == null ? null : names(List.of(o.getParentId())).get(o.getParentId());
        return view(o, parentName);
    }

    static OrganisationView view(Organisation o, String parentName) {
        return new OrganisationView(o.getId(), o.getName(), o.getNameEn(), o.getAbbreviation(), o.getType(),
                o.getEnterpriseSubtype(), o.getTaxCode(), o.getRegistrationNumber(), o.getRegistrationDate(),
                o.isScienceTechnologyOrganisation(), o.getStreet(), o.getCommune(), o.getProvince(), o.getParentId(),
                parentName, o.getWebsite(), new ArrayList<>(o.getFields()), o.getStatus(), o.getMergedIntoId(),
                o.isSample(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion() == null ? 0 : o.getVersion());
    }
}
