package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            newest = Math.max(newest, Integer.parseInt(RevenueSegmentsMigration.VERSION));
            assertThat(Migrations.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
        }
    }

    @Test
    void aNewDatabaseIsMigratedOnceAndThenRecordsTheCurrentVersion() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrations-test;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection()) {
            assertThat(Migrations.recordedVersion(c)).as("no history yet").isNull();
            assertThat(Migrations.upToDate(c)).isFalse();

            assertThat(Migrations.migrate(ds, c)).as("new").isTrue();

            assertThat(Migrations.recordedVersion(c)).isEqualTo(Migrations.SCHEMA_VERSION);
            assertThat(Migrations.upToDate(c)).isTrue();
            assertThat(Migrations.migrate(ds, c)).as("up to date: nothing to run").isFalse();
            try (var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }
}
