package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.port.VersionRepository.StaleVersionException;

/**
 * The one version check, on H2 and on a real PostgreSQL (embedded, one server for the class): a save based
 * on the current version moves it on and records who and when; one based on an older version, or on a thing
 * deleted meanwhile, is refused and changes nothing; two first saves at once, and two saves racing in open
 * transactions, let exactly one through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionStoreTest {
    private static final Instant T1 = Instant.parse("2026-12-04T13:32:00Z");
    private static final Instant T2 = Instant.parse("2026-12-04T14:05:00Z");

    private Path dir;
    private Workspace h2;
    private EmbeddedPostgres pg;
    private Jdbi postgres;
    private int next;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("versions-store");
        h2 = Workspace.open(dir.resolve("versions"), null);
        pg = EmbeddedPostgres.start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration")
                .javaMigrations(new RevenueSegmentsMigration()).load().migrate();
        postgres = Jdbi.create(pg.getPostgresDatabase());
    }

    @AfterAll
    void stop() throws IOException {
        h2.close();
        pg.close();
    }

    Stream<Jdbi> databases() {
        return Stream.of(h2.jdbi(), postgres);
    }

    /** A key no other test used, so the tests share a database without meeting. */
    private VersionKey fresh() {
        return VersionKey.objective(1000 + next++);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveBasedOnTheCurrentVersionMovesItOnAndRecordsWhoAndWhen(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        assertThat(store.read(List.of(key))).isEmpty();

        RowVersion first = store.advance(key, 0, "Anna Keller", T1, false);
        assertThat(first).isEqualTo(new RowVersion(1, "Anna Keller", T1, false));
        RowVersion second = store.advance(key, 1, "Maria Rossi", T2, false);
        assertThat(second).isEqualTo(new RowVersion(2, "Maria Rossi", T2, false));
        assertThat(store.read(List.of(key))).containsEntry(key, second);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWholeKindOrTheKeysStartingWithSomePrefixesAreReadInOneQuery(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        long kpi = 7_000 + next++;
        long otherKpi = kpi * 10 + 1; // "70001/…" starts with "7000" but not with "7000/"
        VersionKey q1 = VersionKey.kpiValue(kpi, org.kamworkbench.domain.KpiPeriod.quarter(2026, 1));
        VersionKey q2 = VersionKey.kpiValue(kpi, org.kamworkbench.domain.KpiPeriod.quarter(2026, 2));
        VersionKey other = VersionKey.kpiValue(otherKpi, org.kamworkbench.domain.KpiPeriod.quarter(2026, 1));
        VersionKey rating = VersionKey.rating(kpi, "Fit_100%");
        for (VersionKey k : List.of(q1, q2, other, rating)) {
            store.advance(k, 0, "Anna Keller", T1, false);
        }
        store.advance(q2, 1, "Maria Rossi", T2, false);

        assertThat(store.readAll(VersionKey.Kind.KPI_VALUE, List.of(VersionKey.kpiValuesOf(kpi))))
                .containsOnlyKeys(q1, q2).containsEntry(q2, new RowVersion(2, "Maria Rossi", T2, false));
        assertThat(store.readAll(VersionKey.Kind.KPI_VALUE, List.of(VersionKey.kpiValuesOf(kpi),
                VersionKey.kpiValuesOf(otherKpi)))).containsOnlyKeys(q1, q2, other);
        assertThat(store.readAll(VersionKey.Kind.RATING, List.of())).containsKey(rating)
                .doesNotContainKeys(q1, q2, other);
        // LIKE's wildcards in a key are taken as they are written
        assertThat(store.readAll(VersionKey.Kind.RATING, List.of(kpi + "/Fit_100%"))).containsOnlyKeys(rating);
        assertThat(store.readAll(VersionKey.Kind.RATING, List.of(kpi + "/Fit%"))).isEmpty();
        assertThat(store.readAll(VersionKey.Kind.RATING, List.of(kpi + "/Fit__"))).isEmpty();
    }

    /** An import's bulk move: versions that exist move on by one, the others start at 1; all by the importer. */
    @ParameterizedTest
    @MethodSource("databases")
    void aBulkMoveMovesEveryKeyOnWhateverItsVersion(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey twice = fresh();
        VersionKey once = fresh();
        VersionKey never = fresh();
        store.advance(twice, 0, "Anna Keller", T1, false);
        store.advance(twice, 1, "Anna Keller", T1, false);
        store.advance(once, 0, "Anna Keller", T1, false);

        store.moveOn(List.of(once, never, twice), "Maria Rossi", T2);

        assertThat(store.read(List.of(twice, once, never))).containsOnly(
                java.util.Map.entry(twice, new RowVersion(3, "Maria Rossi", T2, false)),
                java.util.Map.entry(once, new RowVersion(2, "Maria Rossi", T2, false)),
                java.util.Map.entry(never, new RowVersion(1, "Maria Rossi", T2, false)));
        assertThatThrownBy(() -> store.advance(once, 1, "Anna Keller", T2, false))
                .as("a form read before the import").isInstanceOf(StaleVersionException.class);
        store.moveOn(List.of(), "Maria Rossi", T2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveBasedOnAnOlderVersionIsRefusedAndChangesNothing(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        store.advance(key, 0, "Anna Keller", T1, false);
        store.advance(key, 1, "Maria Rossi", T2, false);

        assertThatThrownBy(() -> store.advance(key, 1, "Anna Keller", T2, false))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.advance(key, 0, "Anna Keller", T2, false)) // read before any version
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.read(List.of(key)).get(key)).isEqualTo(new RowVersion(2, "Maria Rossi", T2, false));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveOfAThingDeletedMeanwhileIsRefusedAndSaysItWasDeleted(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        store.advance(key, 0, "Anna Keller", T1, false);
        store.advance(key, 1, "Maria Rossi", T2, true);

        assertThatThrownBy(() -> store.advance(key, 1, "Anna Keller", T2, false))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.read(List.of(key)).get(key)).isEqualTo(new RowVersion(2, "Maria Rossi", T2, true));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWriteNotBasedOnAReadMovesTheVersionOnWhateverItIs(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        assertThat(store.advance(key, -1, "import", T1, false).number()).isEqualTo(1);
        assertThat(store.advance(key, -1, "import", T2, false).number()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ofTwoSavesRacingInOpenTransactionsOnlyOneGoesThrough(Jdbi jdbi) throws Exception {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        store.advance(key, 0, "Anna Keller", T1, false);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RowVersion> first = pool.submit(() -> jdbi.inTransaction(h -> {
                RowVersion v = store.advance(key, 1, "Anna Keller", T2, false);
                firstHolds.countDown();
                release.await(10, TimeUnit.SECONDS); // still uncommitted while the second save tries
                return v;
            }));
            assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
            Future<RowVersion> second = pool.submit(() -> store.advance(key, 1, "Maria Rossi", T2, false));
            Thread.sleep(300);
            release.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS).number()).isEqualTo(2);
            assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StaleVersionException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.read(List.of(key)).get(key).author()).isEqualTo("Anna Keller");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefusedVersionRollsBackTheWriteOfTheSameTransaction(Jdbi jdbi) {
        VersionStore store = new VersionStore(jdbi);
        VersionKey key = fresh();
        store.advance(key, 0, "Anna Keller", T1, false);
        store.advance(key, 1, "Maria Rossi", T2, false);
        String name = "Colleague " + key.key();
        assertThatThrownBy(() -> new JdbiUnitOfWork(jdbi).inTransaction(() -> {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO colleague (name) VALUES (:name)").bind("name", name)
                    .execute());
            store.advance(key, 1, "Anna Keller", T2, false);
        })).isInstanceOf(StaleVersionException.class);
        int stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM colleague WHERE name = :name")
                .bind("name", name).mapTo(Integer.class).one());
        assertThat(stored).isZero();
    }
}
