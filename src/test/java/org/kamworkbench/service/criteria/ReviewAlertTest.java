package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Effort;

/** The review alert on a constructed history: key ≥ 12 months, real growth ≤ 0, effort spent. */
class ReviewAlertTest {
    private static KeyAccountFixture history() {
        KeyAccountFixture f = new KeyAccountFixture().today(LocalDate.of(2024, 12, 31));
        for (String id : List.of("FLAT", "GROWING", "NO_EFFORT", "RECENT", "DEMOTED")) {
            f.account(id);
            for (int m = 1; m <= 12; m++) {
                f.revenue(id, 2022, m, "100");
                // FLAT keeps 100 a month (real growth < 0 with 2 % inflation); GROWING grows 10 %
                f.revenue(id, 2023, m, id.equals("GROWING") ? "110" : "100");
            }
        }
        f.inflation("EUR", 2022, "2").inflation("EUR", 2023, "2").inflation("EUR", 2024, "2");
        designate(f, "FLAT", DesignationStatus.KEY, LocalDate.of(2023, 1, 5));
        designate(f, "GROWING", DesignationStatus.KEY, LocalDate.of(2023, 1, 5));
        designate(f, "NO_EFFORT", DesignationStatus.KEY, LocalDate.of(2023, 1, 5));
        designate(f, "RECENT", DesignationStatus.DEVELOPMENT, LocalDate.of(2022, 1, 5));
        designate(f, "RECENT", DesignationStatus.KEY, LocalDate.of(2024, 3, 1));
        designate(f, "DEMOTED", DesignationStatus.KEY, LocalDate.of(2023, 1, 5));
        designate(f, "DEMOTED", DesignationStatus.MAINTAIN, LocalDate.of(2024, 6, 1));
        for (String id : List.of("FLAT", "GROWING", "RECENT", "DEMOTED")) {
            f.keys.saveEfforts(List.of(new Effort(f.id(id), 2023, new BigDecimal("120"), null)));
        }
        return f;
    }

    private static void designate(KeyAccountFixture f, String id, DesignationStatus status, LocalDate date) {
        f.keys.add(new Designation(f.id(id), status, "because", date, "Test"));
    }

    @Test
    void onlyTheKeyAccountThatDoesNotGrowDespiteEffortIsListed() {
        KeyAccountFixture f = history();
        List<ReviewAlert> alerts = f.service().designations().reviewAlerts();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.account().externalId()).isEqualTo("FLAT");
            assertThat(a.keySince()).isEqualTo(LocalDate.of(2023, 1, 5));
            assertThat(a.monthsAsKey()).isEqualTo(23);
            assertThat(a.realGrowth()).isCloseTo(1 / 1.02 - 1, within(1e-12)); // nominal 0, inflation 2 %
            assertThat(a.hours()).isEqualByComparingTo("120");
        });
    }

    @Test
    void theStatusOfAnAccountShowsItsDesignationAndWhetherItDiffers() {
        KeyAccountFixture f = ScoringTest.portfolio();
        KeyAccountServices service = f.service();
        assertThat(service.scoring().status(f.id("X1")).state()).isEqualTo(KeyAccountStatus.State.NO_CRITERIA);
        service.criteriaSets().save(ScoringTest.version1());
        service.designations().designate(f.id("X2"), DesignationStatus.KEY, "Board decision", "Anna");
        KeyAccountStatus x2 = service.scoring().status(f.id("X2"));
        assertThat(x2.state()).isEqualTo(KeyAccountStatus.State.SCORED);
        assertThat(x2.quadrant()).isEqualTo(org.kamworkbench.domain.Quadrant.DEVELOPMENT);
        assertThat(x2.rank()).isEqualTo(3);
        assertThat(x2.designation().status()).isEqualTo(DesignationStatus.KEY);
        assertThat(x2.designationDiffers()).isTrue();
        KeyAccountStatus x4 = service.scoring().status(f.id("X4"));
        assertThat(x4.state()).isEqualTo(KeyAccountStatus.State.INCOMPLETE);
        assertThat(x4.missing()).map(Object::toString).containsExactly("no rating for 'Fit'");
    }

    @Test
    void aSetIsDueForReviewItsIntervalAfterItWasSaved() {
        KeyAccountFixture f = ScoringTest.portfolio().today(LocalDate.of(2024, 1, 31));
        f.service().criteriaSets().save(ScoringTest.version1());
        assertThat(f.today(LocalDate.of(2025, 1, 30)).service().criteriaSets().reviewsDue()).isEmpty();
        assertThat(f.today(LocalDate.of(2025, 1, 31)).service().criteriaSets().reviewsDue()).extracting(s -> s.name())
                .containsExactly("Test");
    }
}
