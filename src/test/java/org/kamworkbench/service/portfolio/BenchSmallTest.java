package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our figures equal the shared bench's ground truth (expected.py, exact Decimal math) on a small set. */
class BenchSmallTest {
    private static final String DIR = "bench-small";
    private static PortfolioAnalysis analysis;
    private static JsonNode expected;

    @BeforeAll
    static void analyse() throws IOException {
        InMemoryWorkspace ws = BenchSet.read(name -> BenchSet.resource(DIR, name));
        PortfolioService service = ws.service();
        analysis = service.analyze(service.load(), AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION));
        expected = new ObjectMapper().readTree(BenchSet.resource(DIR, "expected.json")).get("scopes");
    }

    @Test
    void wholePortfolioMatchesExpected() {
        assertMatches(analysis.metrics(), expected.get("ALL"));
        assertThat(analysis.period().from()).hasToString("2022-01-01");
        assertThat(analysis.period().to()).hasToString("2024-12-31");
    }

    @Test
    void everyRegionMatchesExpected() {
        assertThat(analysis.groups()).extracting(GroupSummary::key).containsExactly("AMER", "APAC", "EMEA");
        for (GroupSummary group : analysis.groups()) {
            assertMatches(group.metrics(), expected.get(group.key()));
        }
    }

    private static void assertMatches(SegmentMetrics m, JsonNode e) {
        assertThat(m.accounts()).isEqualTo(e.get("accounts").asInt());
        assertThat(m.totalRevenue()).isEqualByComparingTo(new BigDecimal(e.get("total_eur_exact").asText()));
        assertRelative(m.top20Share(), e.get("top20_share").asDouble());
        assertRelative(m.hhi(), e.get("hhi").asDouble());
        assertThat(m.classes()).extracting(AbcClass::accounts)
                .containsExactly(e.get("a_cnt").asInt(), e.get("b_cnt").asInt(), e.get("c_cnt").asInt());
        assertThat(m.excludedAccounts()).isZero();
    }

    private static void assertRelative(double actual, double expectedValue) {
        assertThat(actual).isCloseTo(expectedValue, within(Math.abs(expectedValue) * 1e-9));
    }
}
