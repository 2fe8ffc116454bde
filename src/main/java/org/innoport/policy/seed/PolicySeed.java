package org.innoport.policy.seed;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.innoport.platform.Seeds;
import org.innoport.policy.DocumentKind;
import org.innoport.policy.NewDocument;
import org.innoport.policy.PolicyDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the city's policy documents (reference data wanted in every profile, production included) from
 * {@code demo/policy/documents.json}: each document missing by number is recorded; present ones are left alone.
 * Skipped while the file is unchanged since the last load ({@link Seeds}).
 * Documents come in an order where every implemented document precedes the ones implementing it.
 */
@Component
class PolicySeed {

    private static final Logger log = LoggerFactory.getLogger(PolicySeed.class);
    static final String RESOURCE = "demo/policy/documents.json";

    private final PolicyDocuments documents;
    private final Seeds seeds;

    PolicySeed(PolicyDocuments documents, Seeds seeds) {
        this.documents = documents;
        this.seeds = seeds;
    }

    record File(List<Doc> documents) {
    }

    record Doc(String number, LocalDate issuedOn, int issuedYear, String issuer, DocumentKind kind, String title,
               List<String> implementsNumbers, List<NewDocument.NewCommitment> commitments) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void load() {
        seeds.load(PolicySeed.class, this::addMissing, RESOURCE);
    }

    private void addMissing() throws IOException {
        File file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = JsonMapper.builder().build().readValue(in, File.class);
        }
        int added = 0;
        for (Doc d : file.documents()) {
            if (!documents.exists(d.number())) {
                documents.record(new NewDocument(d.number(), d.issuedOn(), d.issuedYear(), d.issuer(), d.kind(),
                        d.title(), d.implementsNumbers(), d.commitments()));
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} policy documents from {}", added, RESOURCE);
        }
    }
}
