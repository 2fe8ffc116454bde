package org.innoport.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.domain.LabRepository;
import org.innoport.directory.domain.OrganisationRepository;
import org.innoport.directory.domain.PersonRepository;
import org.innoport.platform.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * Demo data (profile {@code demo}): the organisations the Hai Phong review names, with parents and types, plus sample
 * people, labs and equipment labelled "Dữ liệu mẫu". Organisation IDs are fixed
 * ({@code nameUUIDFromBytes("organisation:" + name)}) so other modules' demo data can point at them. Idempotent;
 * skipped while the file is unchanged since the last load ({@link Seeds}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    private static final String RESOURCE = "demo/directory/directory.yaml";

    private final Organisations organisations;
    private final People people;
    private final Labs labs;
    private final EquipmentRegister equipment;
    private final OrganisationRepository organisationRepository;
    private final PersonRepository personRepository;
    private final LabRepository labRepository;
    private final Seeds seeds;
    private final java.time.Clock clock;

    DemoDirectory(Organisations organisations, People people, Labs labs, EquipmentRegister equipment,
                  OrganisationRepository organisationRepository, PersonRepository personRepository,
                  LabRepository labRepository, Seeds seeds, java.time.Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.labs = labs;
        this.equipment = equipment;
        this.organisationRepository = organisationRepository;
        this.personRepository = personRepository;
        this.labRepository = labRepository;
        this.seeds = seeds;
        this.clock = clock;
    }

    /** The fixed ID of a demo organisation. */
    public static UUID organisationId(String vietnameseName) {
        return UUID.nameUUIDFromBytes(("organisation:" + vietnameseName).getBytes(StandardCharsets.UTF_8));
    }

    static UUID personId(String fullName) {
        return UUID.nameUUIDFromBytes(("person:" + fullName).getBytes(StandardCharsets.UTF_8));
    }

    static UUID labId(String vilas) {
        return UUID.nameUUIDFromBytes(("lab:" + vilas).getBytes(StandardCharsets.UTF_8));
    }

    static UUID equipmentId(String name) {
        return UUID.nameUUIDFromBytes(("equipment:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.load(DemoDirectory.class, this::addMissing, RESOURCE);
    }

    @SuppressWarnings("unchecked")
    private void addMissing() throws IOException {
        Map<String, Object> data;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            data = new Yaml().load(in);
        }
        int created = 0;
        for (Map<String, Object> o : (List<Map<String, Object>>) data.get("organisations")) {
            String name = (String) o.get("name");
            UUID id = organisationId(name);
            if (organisationRepository.existsById(id)) {
                continue;
            }
            String parent = (String) o.get("parent");
            organisations.create(id, new OrganisationDetails(name, (String) o.get("nameEn"), (String) o.get("abbreviation"),
                    OrganisationType.valueOf((String) o.get("type")),
                    o.get("subtype") == null ? null : EnterpriseSubtype.valueOf((String) o.get("subtype")),
                    (String) o.get("taxCode"), (String) o.get("registrationNumber"), date(o.get("registrationDate")),
                    null, (String) o.get("commune"), (String) o.get("province"),
                    parent == null ? null : organisationId(parent), null, Set.copyOf(list(o.get("fields"))), null),
                    true, Boolean.TRUE.equals(o.get("sample")));
            created++;
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) data.get("people")) {
            String name = (String) p.get("fullName");
            UUID id = personId(name);
            if (personRepository.existsById(id)) {
                continue;
            }
            people.create(id, new PersonDetails(name,
                    p.get("academicTitle") == null ? null : AcademicTitle.valueOf((String) p.get("academicTitle")),
                    p.get("degree") == null ? null : Degree.valueOf((String) p.get("degree")), (String) p.get("orcid"),
                    (String) p.get("email"), (String) p.get("phone"), date(p.get("birthDate")), null,
                    "Dữ liệu mẫu: hồ sơ minh họa, không phải người thật.", (String) p.get("account"),
                    Set.copyOf(list(p.get("fields"))), list(p.get("keywords")),
                    List.of(new PersonDetails.Affiliation(organisationId((String) p.get("organisation")),
                            (String) p.get("position"), LocalDate.of(2015, 1, 1), null)), null), true, true);
            if (p.get("expert") != null) {
                var person = personRepository.findById(id).orElseThrow();
                person.addToExpertPool(Set.copyOf(list(p.get("expert"))), "Dữ liệu mẫu", LocalDate.of(2024, 1, 1),
                        clock.instant());
            }
            created++;
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) data.get("labs")) {
            UUID id = labId((String) l.get("vilas"));
            if (labRepository.existsById(id)) {
                continue;
            }
            labs.create(id, new LabDetails((String) l.get("name"), organisationId((String) l.get("organisation")),
                    (String) l.get("vilas"), null, Set.copyOf(list(l.get("fields"))), (String) l.get("testTypes"),
                    date(l.get("validFrom")), null, null), true);
            created++;
        }
        for (Map<String, Object> e : (List<Map<String, Object>>) data.get("equipment")) {
            String name = (String) e.get("name");
            UUID id = equipmentId(name);
            if (equipment.exists(id)) {
                continue;
            }
            equipment.create(id, new EquipmentDetails(name, organisationId((String) e.get("owner")),
                    e.get("lab") == null ? null : labId((String) e.get("lab")), (String) e.get("category"),
                    (String) e.get("model"), (Integer) e.get("year"), ((Number) e.get("valueVnd")).longValue(),
                    Boolean.TRUE.equals(e.get("shareable")), null), true);
            created++;
        }
        if (created > 0) {
            log.info("Directory demo data: {} records created", created);
        }
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.util.Date d -> d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : ((List<Object>) value).stream().map(Object::toString).toList();
    }
}
