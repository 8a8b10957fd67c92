package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.criteria.CriteriaTemplates;

/** The key-account stores on a real database (H2 and PostgreSQL): versions, ratings, designations, effort and spend. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class KeyAccountStoresTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    private static long account(TestDatabase ws, String id) {
        AccountStore accounts = new AccountStore(ws.jdbi());
        accounts.saveAll(List.of(new Account(0, id, "Name " + id, null, null, null, null, null, null, "EUR", null,
                null, null, null)), List.of());
        return accounts.findAll().stream().filter(a -> a.externalId().equals(id)).findFirst().orElseThrow().id();
    }

    @Test
    void everySaveIsANewVersionAndRoundTripsWhole() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            CriteriaStore store = new CriteriaStore(ws.jdbi());
            CriteriaSet template = CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO);
            LocalDateTime first = LocalDateTime.of(2025, 1, 2, 10, 0);
            CriteriaSet v1 = store.saveNewVersion(template, first);
            CriteriaSet changed = template.withCriteria(template.criteria().stream()
                    .map(c -> c.name().equals("Potential") ? c.withWeight(12.5) : c.name().equals("Growth")
                            ? c.withWeight(17.5) : c).toList());
            CriteriaSet v2 = store.saveNewVersion(changed, first.plusDays(3));
            store.saveNewVersion(CriteriaTemplates.template(CriteriaTemplates.REVENUE_FIRST), first.plusDays(1));
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v2.version()).isEqualTo(2);
            List<CriteriaSet> versions = store.versions(template.name());
            assertThat(versions).extracting(CriteriaSet::version).containsExactly(1, 2);
            assertThat(versions.get(0).criteria()).isEqualTo(template.criteria());
            assertThat(versions.get(1)).isEqualTo(v2);
            assertThat(store.latestVersions()).extracting(CriteriaSet::name)
                    .containsExactly(template.name(), CriteriaTemplates.REVENUE_FIRST);
            assertThat(store.current()).contains(v2);
        }
    }

    @Test
    void ratingsKeepTheLatestPerAccountAndCriterion() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            long a = account(ws, "A1");
            RatingStore store = new RatingStore(ws.jdbi());
            store.saveAll(List.of(new Rating(a, "Potential", 3, LocalDate.of(2025, 1, 1), "Ann", ""),
                    new Rating(a, "Fit", 2, LocalDate.of(2025, 1, 1), "Ann", "first call")));
            store.saveAll(List.of(new Rating(a, "Potential", 5, LocalDate.of(2025, 2, 1), "Bob", "new budget")));
            assertThat(store.findAll()).containsExactly(
                    new Rating(a, "Fit", 2, LocalDate.of(2025, 1, 1), "Ann", "first call"),
                    new Rating(a, "Potential", 5, LocalDate.of(2025, 2, 1), "Bob", "new budget"));
            store.delete(a, "Fit");
            assertThat(store.findAll()).extracting(Rating::criterion).containsExactly("Potential");
        }
    }

    @Test
    void aFailedBatchOfRatingsChangesNothing() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            long a = account(ws, "A1");
            RatingStore store = new RatingStore(ws.jdbi());
            assertThatThrownBy(() -> store.saveAll(List.of(new Rating(a, "Potential", 3, LocalDate.now(), "Ann", ""),
                    new Rating(a + 99, "Potential", 3, LocalDate.now(), "Ann", ""))))
                    .isInstanceOf(RuntimeException.class);
            assertThat(store.findAll()).isEmpty();
        }
    }

    @Test
    void designationsEffortAndSpendRoundTrip() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            long a = account(ws, "A1");
            DesignationStore designations = new DesignationStore(ws.jdbi());
            Designation key = new Designation(a, DesignationStatus.KEY, "Board", LocalDate.of(2024, 1, 1), "Ann");
            Designation maintain = new Designation(a, DesignationStatus.MAINTAIN, "Lost the tender",
                    LocalDate.of(2024, 6, 1), "Bob");
            designations.add(maintain);
            designations.add(key);
            assertThat(designations.history()).containsExactly(key, maintain);
            EffortStore effort = new EffortStore(ws.jdbi());
            effort.saveEfforts(List.of(new Effort(a, 2024, new BigDecimal("120.5"), null)));
            effort.saveEfforts(List.of(new Effort(a, 2024, null, new BigDecimal("5000"))));
            assertThat(effort.efforts()).singleElement().satisfies(e -> {
                assertThat(e.hours()).isNull();
                assertThat(e.budget()).isEqualByComparingTo("5000");
            });
            effort.saveEstimatedSpend(List.of(new EstimatedSpend(a, new BigDecimal("1000000"), "USD")));
            assertThat(effort.estimatedSpend()).singleElement().satisfies(s -> {
                assertThat(s.amount()).isEqualByComparingTo("1000000");
                assertThat(s.currency()).isEqualTo("USD");
            });
        }
    }
}
