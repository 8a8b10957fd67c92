package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.kamworkbench.domain.RevenueCell;

/**
 * Schema version 6: revenue moves from {@code revenue_year} (a row per account, currency and year
 * with twelve month columns) to {@code revenue_segment} (a compact value per year, see
 * {@link RevenueSegment}). Written in Java because the new form is binary; the rows are converted,
 * then their table is dropped, all in the migration's transaction.
 */
final class RevenueSegmentsMigration implements JavaMigration {
    static final String VERSION = "6";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "revenue segments";
    }

    @Override
    public Integer getChecksum() {
        return 6_001; // bump if this class ever changes what it does (it must not, once released)
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            // BYTEA: H2's and PostgreSQL's name for a variable-length binary value
            st.execute("CREATE TABLE revenue_segment ("
                    + " period_year INTEGER NOT NULL PRIMARY KEY,"
                    + " month_mask  INTEGER NOT NULL,"
                    + " cells       BYTEA   NOT NULL)");
        }
        Map<Integer, List<RevenueCell>> byYear = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM revenue_year")) {
            while (rs.next()) {
                int year = rs.getInt("period_year");
                for (int m = 1; m <= 12; m++) {
                    int records = rs.getInt(String.format("n%02d", m));
                    if (records > 0) {
                        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new RevenueCell(
                                rs.getLong("account_id"), rs.getString("currency").trim(), year, m,
                                rs.getBigDecimal(String.format("m%02d", m)).movePointRight(4).longValueExact(),
                                records));
                    }
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO revenue_segment (period_year, month_mask, cells) VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, List<RevenueCell>> year : byYear.entrySet()) {
                List<RevenueCell> cells = year.getValue();
                RevenueSegment.sort(cells);
                insert.setInt(1, year.getKey());
                insert.setInt(2, RevenueSegment.monthMask(cells));
                insert.setBytes(3, RevenueSegment.encode(cells));
                insert.executeUpdate();
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE revenue_year");
        }
    }
}
