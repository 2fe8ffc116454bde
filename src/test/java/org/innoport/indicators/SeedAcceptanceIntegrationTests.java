package org.innoport.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed file's figures and targets are the first acceptance cases. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class SeedAcceptanceIntegrationTests {

    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    Targets targets;
    @Autowired
    ConsistencyAudit audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureOfTheSeedIsStoredWithItsQuote() throws Exception {
        JsonNode seed = JsonMapper.builder().build().readTree(
                new org.springframework.core.io.ClassPathResource("demo/indicators/haiphong-sti.json").getInputStream());
        for (JsonNode v : seed.get("values")) {
            String period = v.get("period").isNull() ? "" : Period.parse(v.get("period").asString()).code();
            ValueView stored = catalogue.values(v.get("indicator").asString()).stream()
                    .filter(x -> x.id() != null && x.area().equals(v.get("area").asString()) && x.period().equals(period))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + v));
            assertThat(stored.value()).isEqualByComparingTo(new BigDecimal(v.get("value").asString()));
            assertThat(stored.quote()).isEqualTo(v.get("quote").asString());
            assertThat(stored.sourcePublication()).startsWith("Hải Phòng: phát triển khoa học");
        }
        assertThat(seed.get("values").size()).isGreaterThanOrEqualTo(51);
        assertThat(catalogue.values("grassroots_tasks").get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(catalogue.values("industry_labour_productivity_growth")).extracting(ValueView::area)
                .contains("VN", "VN-HP");
    }

    @Test
    void theComputedStateShareOfCityTaskFundingIs60Point78BesideTheReported60Point8() {
        List<ValueView> values = catalogue.values("city_tasks_funding_state_share");
        ValueView reported = values.stream().filter(v -> v.status() == ValueStatus.REPORTED).findFirst().orElseThrow();
        ValueView computed = values.stream().filter(v -> v.status() == ValueStatus.COMPUTED).findFirst().orElseThrow();
        assertThat(reported.value()).isEqualByComparingTo("60.8");
        assertThat(computed.period()).isEqualTo("2013-2022");
        assertThat(computed.value().doubleValue()).isCloseTo(60.784, within(0.001));
        assertThat(computed.value().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("60.8");
    }

    @Test
    void theRatioOfIpTitlesComputesTo2Point43() {
        ValueView computed = catalogue.values("ip_certificates_multiple").stream()
                .filter(v -> v.status() == ValueStatus.COMPUTED).findFirst().orElseThrow();
        assertThat(computed.value().doubleValue()).isCloseTo(2.43125, within(1e-9));
    }

    @Test
    void theAuditOfTheSeedPassesTheSharesAndRatioAndReportsTheGrowthRateOfValuePerHectare() {
        Map<String, Finding> byRule = audit.run().stream().collect(Collectors.toMap(Finding::rule, f -> f));
        assertThat(byRule.get("R01").outcome()).isEqualTo(Outcome.PASS);
        assertThat(byRule.get("R01").difference()).isZero();
        assertThat(byRule.get("R02").outcome()).isEqualTo(Outcome.PASS);
        assertThat(byRule.get("R02").rightValue()).isCloseTo(60.784, within(0.001));
        assertThat(byRule.get("R02").tolerance()).isCloseTo(0.05, within(1e-12));
        assertThat(byRule.get("R02").sources()).extracting(ValueView::quote).allMatch(q -> q != null && !q.isBlank());
        assertThat(byRule.get("R03").outcome()).isEqualTo(Outcome.PASS);
        assertThat(byRule.get("R04").outcome()).isEqualTo(Outcome.PASS);
        assertThat(byRule.get("R05").outcome()).isEqualTo(Outcome.PASS);
        // 47.05 -> 169.1 over 16 years is 8.32 %/year (CAGR), not the 6.8 %/year the article states
        Finding perHectare = byRule.get("R06");
        assertThat(perHectare.outcome()).isEqualTo(Outcome.FINDING);
        assertThat(perHectare.rightValue()).isCloseTo(8.3238, within(0.0001));
        assertThat(perHectare.difference()).isCloseTo(-1.5238, within(0.0001));
        assertThat(byRule.get("R07").outcome()).isEqualTo(Outcome.PASS);
        // no VILAS count for 2013 is published: the "nearly 3 times" cannot be checked
        assertThat(byRule.get("R08").outcome()).isEqualTo(Outcome.NOT_EVALUABLE);
    }

    @Test
    void targetsCarryTheirRatingAndTheRatesBehindIt() {
        TargetView renewal2025 = targets.get("T01");
        assertThat(renewal2025.rating()).isEqualTo(Rating.LIMITED_PROGRESS);
        assertThat(renewal2025.requiredRate()).isCloseTo(0.6, within(1e-9));
        assertThat(renewal2025.observedRate()).isZero();
        assertThat(renewal2025.rateUnit()).isEqualTo("pp");
        assertThat(renewal2025.forecast().method()).isEqualTo("linear");
        assertThat(renewal2025.forecast().value()).isCloseTo(15, within(1e-9));
        TargetView patents = targets.get("T04");
        assertThat(patents.kind()).isEqualTo(TargetKind.FACTOR);
        assertThat(patents.requiredRate()).isCloseTo(14.87, within(0.005));
        assertThat(patents.rating()).isEqualTo(Rating.NOT_ENOUGH_DATA);
        assertThat(patents.forecast().available()).isFalse();
        TargetView trademarks = targets.get("T06");
        assertThat(trademarks.requiredRate()).isEqualTo(20.0);
        assertThat(trademarks.impliedMultiple()).isCloseTo(2.488, within(0.001));
        assertThat(targets.get("T03").valueMin()).isEqualByComparingTo("52");
        // the seed's targets (other tests add their own to the shared database)
        assertThat(targets.all().stream().filter(t -> t.code().matches("T\\d+")).toList()).hasSize(6)
                .allMatch(t -> t.quote() != null && t.commitmentCode() != null);
    }
}
