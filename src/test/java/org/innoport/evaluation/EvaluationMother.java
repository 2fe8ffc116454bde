package org.innoport.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.innoport.directory.People;
import org.innoport.directory.PersonDetails;
import org.innoport.directory.PersonView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test data for councils: expert-pool people with sign-in accounts, dossiers, unique names. */
public final class EvaluationMother {

    public static final UUID MARITIME_UNIVERSITY = organisation("Trường Đại học Hàng hải Việt Nam");
    public static final UUID MEDICAL_UNIVERSITY = organisation("Trường Đại học Y Dược Hải Phòng");
    public static final UUID FISHERIES_INSTITUTE = organisation("Viện Nghiên cứu hải sản");
    /** The demo person linked to the demo account {@code expert}. */
    public static final UUID NGUYEN_VAN_AN = UUID.nameUUIDFromBytes("person:Nguyễn Văn An".getBytes(StandardCharsets.UTF_8));

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EvaluationMother() {
    }

    public static UUID organisation(String name) {
        return UUID.nameUUIDFromBytes(("organisation:" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static String token() {
        return Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    /** Creates an expert-pool person with a sign-in account name, affiliated with {@code organisationId}. */
    public static PersonView expert(People people, String fullName, String username, UUID organisationId) {
        return asOfficer(() -> {
            PersonView person = people.create(new PersonDetails(fullName, null, null, null, null, null, null, null, null,
                    username, Set.of("203"), List.of(), List.of(new PersonDetails.Affiliation(organisationId, "Giảng viên",
                    LocalDate.of(2020, 1, 1), null)), null), true);
            return people.addToExpertPool(person.id(), person.version(), Set.of("203"), "Kiểm thử");
        });
    }

    public static Dossier dossier(String title, UUID group, UUID host, UUID... team) {
        return new Dossier(UUID.randomUUID(), group, title, host, Set.of(team), "Tóm tắt: " + title);
    }

    public static <T> T asOfficer(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("officer", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
