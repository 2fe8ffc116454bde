package org.innoport.directory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.Queries.EquipmentQuery;
import org.innoport.directory.domain.Equipment;
import org.innoport.directory.domain.EquipmentData;
import org.innoport.directory.domain.EquipmentRepository;
import org.innoport.directory.domain.LabRepository;
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

/** S&T equipment of organisations and labs, valued in VND; readable by signed-in users, kept by officers. */
@Service
@Transactional(readOnly = true)
public class EquipmentRegister {

    private final EquipmentRepository equipment;
    private final LabRepository labRepository;
    private final Organisations organisations;
    private final Labs labs;
    private final DirectoryIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EquipmentRegister(EquipmentRepository equipment, LabRepository labRepository, Organisations organisations, Labs labs,
                      DirectoryIndex index, ApplicationEventPublisher events, Clock clock) {
        this.equipment = equipment;
        this.labRepository = labRepository;
        this.organisations = organisations;
        this.labs = labs;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public EquipmentView create(EquipmentDetails details) {
        return create(UUID.randomUUID(), details, false);
    }

    @Transactional
    EquipmentView create(UUID id, EquipmentDetails details, boolean sample) {
        Equipment item = equipment.save(new Equipment(id, clean(details), sample, clock.instant()));
        EquipmentView view = view(item);
        events.publishEvent(new EquipmentCreated(item.getId(), view));
        return view;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public EquipmentView update(UUID id, EquipmentDetails details) {
        Equipment item = load(id);
        Organisations.requireVersion(item, item.getVersion(), Organisations.requiredVersion(details.version()), id);
        EquipmentView before = view(item);
        item.apply(clean(details), clock.instant());
        equipment.flush();
        EquipmentView after = view(item);
        events.publishEvent(new EquipmentUpdated(id, before, after));
        return after;
    }

    boolean exists(UUID id) {
        return equipment.existsById(id);
    }

    public EquipmentView get(UUID id) {
        requireSignedIn();
        return view(load(id));
    }

    public Page<EquipmentView> list(EquipmentQuery query, Pageable pageable) {
        requireSignedIn();
        Page<Equipment> page = index.equipment(query, pageable);
        Map<UUID, String> owners = organisations.names(page.getContent().stream().map(Equipment::getOwnerOrganisationId).toList());
        Map<UUID, String> labNames = labs.names(page.getContent().stream().map(Equipment::getLabId).toList());
        return page.map(e -> view(e, owners.get(e.getOwnerOrganisationId()), labNames.get(e.getLabId())));
    }

    EquipmentData clean(EquipmentDetails d) {
        if (!organisations.exists(d.ownerOrganisationId())) {
            throw new RuleViolationException("ownerOrganisationId", "directory.organisation.unknown");
        }
        if (d.labId() != null) {
            var lab = labRepository.findById(d.labId())
                    .orElseThrow(() -> new RuleViolationException("labId", "directory.lab.unknown"));
            if (!lab.getOrganisationId().equals(d.ownerOrganisationId())) {
                throw new RuleViolationException("labId", "directory.equipment.lab.other-organisation");
            }
        }
        return new EquipmentData(VietnameseText.clean(d.name()), d.ownerOrganisationId(), d.labId(),
                VietnameseText.cleanOrNull(d.category()), VietnameseText.cleanOrNull(d.model()), d.year(), d.valueVnd(),
                d.shareable());
    }

    private static void requireSignedIn() {
        if (!DirectoryAccess.signedIn()) {
            throw new AccessDeniedException("equipment");
        }
    }

    private Equipment load(UUID id) {
        return equipment.findById(id).orElseThrow(() -> new NotFoundException("equipment", id));
    }

    private EquipmentView view(Equipment e) {
        return view(e, organisations.names(List.of(e.getOwnerOrganisationId())).get(e.getOwnerOrganisationId()),
                e.getLabId() == null ? null : labs.names(List.of(e.getLabId())).get(e.getLabId()));
    }

    static EquipmentView view(Equipment e, String ownerName, String labName) {
        return new EquipmentView(e.getId(), e.getName(), e.getOwnerOrganisationId(), ownerName, e.getLabId(), labName,
                e.getCategory(), e.getModel(), e.getYear(), e.getValueVnd(), e.isShareable(), e.isSample(),
                e.getVersion() == null ? 0 : e.getVersion());
    }
}
