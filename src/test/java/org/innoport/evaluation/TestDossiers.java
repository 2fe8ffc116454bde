package org.innoport.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Test-only {@link DossierSource}: batches of dossiers registered by tests under subject kind {@code test-batch},
 * with the usernames that may read each dossier's feedback.
 */
@Component
public class TestDossiers implements DossierSource {

    public static final String KIND = "test-batch";

    private final Map<UUID, List<Dossier>> batches = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> readers = new ConcurrentHashMap<>();

    /** Registers dossiers; returns the subject ID to create a council with. */
    public UUID batch(List<Dossier> dossiers) {
        UUID subject = UUID.randomUUID();
        batches.put(subject, List.copyOf(dossiers));
        return subject;
    }

    public void allowFeedback(UUID dossierId, String... usernames) {
        readers.put(dossierId, Set.of(usernames));
    }

    @Override
    public boolean supports(String subjectKind) {
        return KIND.equals(subjectKind);
    }

    @Override
    public List<Dossier> dossiers(CouncilSubject subject) {
        return batches.getOrDefault(subject.id(), List.of());
    }

    @Override
    public boolean mayReadFeedback(UUID dossierId, String username) {
        return readers.getOrDefault(dossierId, Set.of()).contains(username);
    }
}
