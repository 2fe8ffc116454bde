package org.innoport.tasks.seed;

import java.util.List;
import org.innoport.platform.Seeds;
import org.innoport.shared.Money;
import org.innoport.tasks.TaskLevel;
import org.innoport.tasks.TaskRegistry;
import org.innoport.tasks.TaskRegistry.RegistryForm;
import org.innoport.tasks.domain.RegistryTaskRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sample data (profile {@code demo}): a few registered tasks of every level, each marked {@code sample} and titled
 * "[Dữ liệu mẫu]", so the registry, portfolio and reconciliation pages have something to show. The reported city
 * aggregates of 2013–2022 stay reported figures (see the migration); no invented task of that period is added.
 */
@Component
@Profile("demo")
class RegistrySampleSeed {

    private final TaskRegistry registry;
    private final RegistryTaskRepository repository;
    private final Seeds seeds;

    RegistrySampleSeed(TaskRegistry registry, RegistryTaskRepository repository, Seeds seeds) {
        this.registry = registry;
        this.repository = repository;
        this.seeds = seeds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        seeds.load(RegistrySampleSeed.class, this::addMissing);
    }

    private void addMissing() {
        List<RegistryForm> samples = List.of(
                sample("MAU.QG.01", "Công nghệ nuôi biển công nghiệp vùng Bắc Bộ", TaskLevel.NATIONAL, "UNIVERSITY",
                        2023, "IN_PROGRESS", 4_500_000_000L, 1_000_000_000L, 0),
                sample("MAU.BO.01", "Vật liệu chống ăn mòn cho công trình cảng", TaskLevel.MINISTERIAL,
                        "RESEARCH_INSTITUTE", 2024, "IN_PROGRESS", 2_100_000_000L, 300_000_000L, 200_000_000L),
                sample("MAU.TP.01", "Ứng dụng IoT giám sát chất lượng nước nuôi trồng", TaskLevel.CITY, "ENTERPRISE",
                        2023, "CLOSED", 850_000_000L, 400_000_000L, 0),
                sample("MAU.TP.02", "Quy trình sản xuất giống cá song", TaskLevel.CITY, "RESEARCH_INSTITUTE", 2024,
                        "ACCEPTANCE", 1_200_000_000L, 250_000_000L, 50_000_000L),
                sample("MAU.CS.01", "Cải tiến quy trình kiểm nghiệm vi sinh", TaskLevel.GRASSROOTS,
                        "PUBLIC_SERVICE_UNIT", 2025, "CLOSED", 90_000_000L, 20_000_000L, 0));
        for (RegistryForm form : samples) {
            if (!repository.existsByCode(form.code())) {
                registry.registerAsSystem(form);
            }
        }
    }

    private static RegistryForm sample(String code, String title, TaskLevel level, String hostType, int year,
                                       String status, long state, long counterpart, long other) {
        return new RegistryForm(code, "[Dữ liệu mẫu] " + title, level, level == TaskLevel.CITY ? "KC-01" : null,
                "2", "Tổ chức mẫu (dữ liệu mẫu)", hostType, null, year, year, year + 2, status, Money.of(state),
                Money.of(counterpart), Money.of(other), null, true);
    }
}
