package org.innoport.tasks.seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.innoport.platform.Seeds;
import org.innoport.shared.Money;
import org.innoport.tasks.ProgrammeKind;
import org.innoport.tasks.domain.Programme;
import org.innoport.tasks.domain.ProgrammeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the city's programmes (reference data wanted in every profile) from {@code demo/tasks/programmes.json}: each
 * programme missing by code is added; present ones are left alone, so edits made in the application survive. Nothing
 * is read while the file is unchanged since the last load ({@link Seeds}).
 */
@Component
class ProgrammeSeed {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);
    static final String RESOURCE = "demo/tasks/programmes.json";

    private final ProgrammeRepository programmes;
    private final Seeds seeds;

    ProgrammeSeed(ProgrammeRepository programmes, Seeds seeds) {
        this.programmes = programmes;
        this.seeds = seeds;
    }

    record File(String note, List<Entry> programmes) {
    }

    record Entry(String code, ProgrammeKind kind, String name, int periodFrom, int periodTo, String managingUnit,
                 List<String> policyNumbers, long annualCeiling) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        seeds.load(ProgrammeSeed.class, this::addMissing, RESOURCE);
    }

    private void addMissing() throws IOException {
        File file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
        }
        int added = 0;
        for (Entry e : file.programmes()) {
            if (!programmes.existsByCode(e.code())) {
                programmes.save(new Programme(e.code(), e.kind(), e.name(), e.periodFrom(), e.periodTo(),
                        e.managingUnit(), e.policyNumbers(), Money.of(e.annualCeiling())));
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} programmes from {}", added, RESOURCE);
        }
    }
}
