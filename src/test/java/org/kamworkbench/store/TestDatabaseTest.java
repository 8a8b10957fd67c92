package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;

/** The fixture itself: each database is migrated, seeded, empty, and counts writes as the app's workspace does. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class TestDatabaseTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void create() {
        db = TestDatabase.create(kind, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static long counter(Jdbi jdbi) throws java.sql.SQLException {
        return jdbi.withHandle(h -> ChangeCounter.read(h.getConnection()));
    }

    @Test
    void migratedSeededAndEmpty() {
        String version = db.jdbi().withHandle(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                + "ORDER BY \"installed_rank\" DESC").mapTo(String.class).first());
        assertThat(version).isEqualTo(Migrations.SCHEMA_VERSION);
        assertThat(new SettingsStore(db.jdbi()).load().regionByCountry()).containsEntry("US", "AMER");
        assertThat(new AccountStore(db.jdbi()).count()).isZero();
    }

    @Test
    void everyWriteRaisesTheChangeCounterWhicheverOpenMadeIt() throws Exception {
        new AccountStore(db.jdbi()).saveAll(List.of(new Account(0, "A1", "Alpha", null, null, null, null, null, null,
                "EUR", null, null, null, null)), List.of());
        long afterWrite = counter(db.jdbi());
        assertThat(afterWrite).isPositive();
        new AccountStore(db.openAgain()).saveAll(List.of(new Account(0, "A2", "Beta", null, null, null, null, null,
                null, "EUR", null, null, null, null)), List.of());
        assertThat(counter(db.jdbi())).isEqualTo(afterWrite + 1);
        assertThat(new AccountStore(db.jdbi()).count()).isEqualTo(2);
    }

    @Test
    void eachTestGetsItsOwnDatabase() {
        try (TestDatabase other = TestDatabase.create(kind, dir)) {
            new AccountStore(other.jdbi()).saveAll(List.of(new Account(0, "A1", "Alpha", null, null, null, null, null,
                    null, "EUR", null, null, null, null)), List.of());
            assertThat(new AccountStore(db.jdbi()).count()).isZero();
        }
    }
}
