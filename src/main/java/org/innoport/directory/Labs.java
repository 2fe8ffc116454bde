package org.innoport.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.Queries.LabQuery;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.LabData;
import org.innoport.directory.domain.LabRepository;
import org.innoport.directory.search.DirectoryIndex;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** VILAS labs: public profiles, status today (VALID / EXPIRING within 90 days / EXPIRED) and counts on a date. */
@Service
@Transactional(readOnly = true)
public class Labs {

    private final LabRepository labs;
    private final Organisations organisations;
    private final Classifications classifications;
    private final DirectoryIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Labs(LabRepository labs, Organisations organisations, Classifications classifications, DirectoryIndex index,
         ApplicationEventPublisher events, Clock clock) {
        this.labs = labs;
        this.organisations = organisations;
        this.classifications = classifications;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public LabView create(LabDetails details) {
        return create(UUID.randomUUID(), details, false);
    }

    @Transactional
    LabView create(UUID id, LabDetails details, boolean sample) {
        LabData data = clean(details);
        requireVilasFree(data.vilasNumber(), null);
        Lab lab = labs.save(new Lab(id, data, sample, clock.instant()));
        LabView view = view(lab);
        events.publishEvent(new LabCreated(lab.getId(), view));
        return view;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public LabView update(UUID id, LabDetails details) {
        Lab lab = load(id);
        Organisations.requireVersion(lab, lab.getVersion(), Organisations.requiredVersion(details.version()), id);
        LabData data = clean(details);
        requireVilasFree(data.vilasNumber(), id);
        LabView before = view(lab);
        lab.apply(data, clock.instant());
        labs.flush();
        LabView after = view(lab);
        events.publishEvent(new LabUpdated(id, before, after));
        return after;
    }

    public LabView get(UUID id) {
        return view(load(id));
    }

    public Page<LabView> list(LabQuery query, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Page<Lab> page = index.labs(query, today, pageable);
        Map<UUID, String> names = organisations.names(page.getContent().stream().map(Lab::getOrganisationId).toList());
        return page.map(lab -> view(lab, names.get(lab.getOrganisationId()), today));
    }

    /** Labs whose accreditation covered {@code day} (valid from ≤ day ≤ valid to). */
    public long countValidOn(LocalDate day) {
        return labs.countValidOn(day);
    }

    public LabStatus statusOn(UUID id, LocalDate day) {
        return load(id).statusOn(day);
    }

    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            labs.findNames(wanted).forEach(n -> names.put(n.getId(), n.getName()));
        }
        return names;
    }

    LabData clean(LabDetails d) {
        if (!organisations.exists(d.organisationId())) {
            throw new RuleViolationException("organisationId", "directory.organisation.unknown");
        }
        classifications.requireKnown("fields", d.fields());
        String vilas = VietnameseText.cleanOrNull(d.vilasNumber());
        if (vilas != null) {
            vilas = "VILAS " + vilas.replaceAll("(?i)vilas", "").strip();
        }
        String standard = VietnameseText.cleanOrNull(d.standard());
        return new LabData(VietnameseText.clean(d.name()), d.organisationId(), vilas,
                standard == null ? Lab.DEFAULT_STANDARD : standard, new HashSet<>(d.fields()),
                VietnameseText.cleanOrNull(d.testTypes()), d.validFrom(), d.validTo());
    }

    void requireVilasFree(String vilas, UUID self) {
        if (vilas == null) {
            return;
        }
        labs.findByVilasNumber(vilas).filter(l -> !l.getId().equals(self)).ifPresent(l -> {
            throw new RuleViolationException("vilasNumber", "directory.lab.vilas.taken", vilas, l.getName());
        });
    }

    private Lab load(UUID id) {
        return labs.findById(id).orElseThrow(() -> new NotFoundException("lab", id));
    }

    private LabView view(Lab lab) {
        return view(lab, organisations.names(List.of(lab.getOrganisationId())).get(lab.getOrganisationId()),
                LocalDate.now(clock));
    }

    static LabView view(Lab lab, String organisationName, LocalDate today) {
        return new LabView(lab.getId(), lab.getName(), lab.getOrganisationId(), organisationName, lab.getVilasNumber(),
                lab.getStandard(), List.copyOf(lab.getFields()), lab.getTestTypes(), lab.getValidFrom(),
                lab.getValidTo(), lab.statusOn(today), lab.isSample(), lab.getVersion() == null ? 0 : lab.getVersion());
    }

}
