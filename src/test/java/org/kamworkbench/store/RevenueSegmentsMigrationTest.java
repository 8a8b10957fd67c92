package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.RevenueCell;

/** A workspace of schema version 2 (revenue as rows) keeps every amount when it is opened by this version. */
class RevenueSegmentsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void revenueRowsBecomeSegmentsWithTheSameCells() {
        Path base = dir.resolve("old");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base);
        ds.setUser("kam");
        ds.setPassword("");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
        Jdbi.create(ds).useHandle(h -> {
            h.execute("INSERT INTO account (id, external_id, name) VALUES (1, 'A1', 'Alpha'), (2, 'A2', 'Beta')");
            h.execute("INSERT INTO revenue_year (account_id, currency, period_year, m01, n01, m03, n03) "
                    + "VALUES (1, 'EUR', 2023, 1234.5678, 2, -10, 1)");
            h.execute("INSERT INTO revenue_year (account_id, currency, period_year, m12, n12, m02, n02) "
                    + "VALUES (2, 'USD', 2024, 99.99, 1, 0, 1)");
        });

        try (Workspace ws = Workspace.open(base, null)) {
            List<RevenueCell> cells = new ArrayList<>();
            new RevenueStore(ws.jdbi()).forEachCell(cells::add);
            assertThat(cells).containsExactlyInAnyOrder(
                    new RevenueCell(1, "EUR", 2023, 1, 12_345_678L, 2),
                    new RevenueCell(1, "EUR", 2023, 3, -100_000L, 1),
                    new RevenueCell(2, "USD", 2024, 2, 0L, 1),
                    new RevenueCell(2, "USD", 2024, 12, 999_900L, 1));
            assertThat(new RevenueStore(ws.jdbi()).monthsWithRevenue()).containsExactly(202301, 202303, 202402, 202412);
            int oldTables = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'REVENUE_YEAR'").mapTo(Integer.class).one());
            assertThat(oldTables).isZero();
        }
    }
}
