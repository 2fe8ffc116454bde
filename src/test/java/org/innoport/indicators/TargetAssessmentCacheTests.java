package org.innoport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's kept assessment of all targets follows every committed change. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@WithMockUser(username = "officer", roles = "OFFICER")
class TargetAssessmentCacheTests {

    @Autowired
    Targets targets;
    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void aRecordedValueAndANewTargetShowOnTheNextReadOfAllTargets() {
        String code = "cache_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        catalogue.define(new NewIndicator(code, "Chỉ tiêu bộ nhớ đệm " + code, "Cache " + code, "%", Direction.HIGHER,
                Periodicity.ANNUAL, null, null, null, null));
        int before = targets.all().size();
        assertThat(targets.all()).as("a second read without changes answers the same assessment")
                .isSameAs(targets.all());

        targets.define(new NewTarget("T_" + code, code, TargetKind.LEVEL, 2030, new BigDecimal("50"), null, null, null,
                null, null, "45-NQ/TW", null, "Thử nghiệm bộ nhớ đệm"));
        assertThat(targets.all()).hasSize(before + 1);
        assertThat(target("T_" + code).latestYear()).isNull();

        catalogue.record(code, new ValueEntry("VN-HP", "2024", new BigDecimal("20"), Qualifier.EXACT, ValueStatus.REPORTED,
                null, "Số liệu thử nghiệm", null, null, null, null));
        assertThat(target("T_" + code).latestYear()).isEqualTo(2024);
        assertThat(target("T_" + code).latestValue()).isEqualTo(20.0);
    }

    private TargetView target(String code) {
        return targets.all().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
