package org.kamworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.port.RevenueRepository;

/**
 * Revenue in {@code revenue_year}: one row per (account, currency, year) with the twelve months as
 * columns, so a year of an account is one row however many invoice lines made it.
 */
public final class RevenueStore implements RevenueRepository {
    private static final String AMOUNTS = "m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12";
    private static final String RECORDS = "n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12";
    private static final int BATCH = 1_000;
    private final Jdbi jdbi;

    public RevenueStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void forEachCell(Consumer<RevenueCell> sink) {
        jdbi.useHandle(h -> h.createQuery("SELECT account_id, currency, period_year, " + AMOUNTS + ", " + RECORDS
                        + " FROM revenue_year")
                .setFetchSize(10_000)
                .map((rs, ctx) -> {
                    emitCells(rs, sink);
                    return Boolean.TRUE;
                })
                .forEach(ignored -> { }));
    }

    private static void emitCells(ResultSet rs, Consumer<RevenueCell> sink) throws SQLException {
        long account = rs.getLong(1);
        String currency = rs.getString(2);
        int year = rs.getInt(3);
        for (int m = 1; m <= 12; m++) {
            int records = rs.getInt(15 + m);
            if (records > 0) {
                BigDecimal amount = rs.getBigDecimal(3 + m);
                sink.accept(new RevenueCell(account, currency, year, m, amount.movePointRight(4).longValueExact(),
                        records));
            }
        }
    }

    @Override
    public List<Integer> monthsWithRevenue() {
        return jdbi.withHandle(h -> {
            StringBuilder sql = new StringBuilder("SELECT period_year");
            for (int m = 1; m <= 12; m++) {
                sql.append(String.format(", MAX(n%02d)", m));
            }
            sql.append(" FROM revenue_year GROUP BY period_year");
            TreeSet<Integer> months = new TreeSet<>();
            h.createQuery(sql.toString()).map((rs, ctx) -> {
                int year = rs.getInt(1);
                for (int m = 1; m <= 12; m++) {
                    if (rs.getInt(1 + m) > 0) {
                        months.add(year * 100 + m);
                    }
                }
                return year;
            }).list();
            return new ArrayList<>(months);
        });
    }

    @Override
    public void write(List<RevenueCell> cells, Set<Integer> coveredMonths, RevenueMode mode) {
        Map<RowKey, long[]> amounts = new HashMap<>();
        Map<RowKey, int[]> records = new HashMap<>();
        Set<Integer> covered = new TreeSet<>(coveredMonths);
        for (RevenueCell c : cells) {
            RowKey key = new RowKey(c.accountId(), c.currency(), c.year());
            amounts.computeIfAbsent(key, k -> new long[12])[c.month() - 1] += c.amountE4();
            records.computeIfAbsent(key, k -> new int[12])[c.month() - 1] += c.records();
        }
        Transactions.inTransaction(jdbi, "Writing revenue", h -> writeRows(h, amounts, records, covered, mode));
    }

    private static void writeRows(Handle h, Map<RowKey, long[]> amounts, Map<RowKey, int[]> records,
                                  Set<Integer> covered, RevenueMode mode) throws SQLException {
        if (mode == RevenueMode.REPLACE) {
            emptyMonths(h, covered);
        }
        Set<RowKey> existing = existingKeys(h, amounts.keySet());
        StringBuilder set = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            set.append(String.format("m%1$02d = m%1$02d + ?, n%1$02d = n%1$02d + ?, ", m));
        }
        Connection c = h.getConnection();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO revenue_year (account_id, currency, "
                + "period_year, " + AMOUNTS + ", " + RECORDS + ") VALUES (" + "?, ".repeat(26) + "?)");
             PreparedStatement update = c.prepareStatement("UPDATE revenue_year SET "
                     + set.substring(0, set.length() - 2)
                     + " WHERE account_id = ? AND currency = ? AND period_year = ?")) {
            int pendingInserts = 0;
            int pendingUpdates = 0;
            // primary-key order: the B-tree grows at its end instead of splitting pages everywhere
            List<Map.Entry<RowKey, long[]>> rows = new ArrayList<>(amounts.entrySet());
            rows.sort(Map.Entry.comparingByKey(ROW_ORDER));
            for (Map.Entry<RowKey, long[]> e : rows) {
                RowKey key = e.getKey();
                long[] a = e.getValue();
                int[] n = records.get(key);
                if (existing.contains(key)) {
                    for (int m = 0; m < 12; m++) {
                        update.setBigDecimal(2 * m + 1, BigDecimal.valueOf(a[m], 4));
                        update.setInt(2 * m + 2, n[m]);
                    }
                    update.setLong(25, key.account);
                    update.setString(26, key.currency);
                    update.setInt(27, key.year);
                    update.addBatch();
                    pendingUpdates = flushIfFull(update, pendingUpdates + 1);
                } else {
                    insert.setLong(1, key.account);
                    insert.setString(2, key.currency);
                    insert.setInt(3, key.year);
                    for (int m = 0; m < 12; m++) {
                        insert.setBigDecimal(4 + m, BigDecimal.valueOf(a[m], 4));
                        insert.setInt(16 + m, n[m]);
                    }
                    insert.addBatch();
                    pendingInserts = flushIfFull(insert, pendingInserts + 1);
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        if (mode == RevenueMode.REPLACE) {
            h.createUpdate("DELETE FROM revenue_year WHERE " + RECORDS.replace(", ", " + ") + " = 0").execute();
        }
    }

    /** Empties the covered months for every account: one statement per year, touching only rows with data there. */
    private static void emptyMonths(Handle h, Set<Integer> covered) {
        Map<Integer, List<Integer>> monthsByYear = new java.util.TreeMap<>();
        for (int period : covered) {
            monthsByYear.computeIfAbsent(period / 100, y -> new ArrayList<>()).add(period % 100);
        }
        monthsByYear.forEach((year, months) -> {
            StringBuilder set = new StringBuilder();
            StringBuilder holds = new StringBuilder();
            for (int m : months) {
                set.append(set.length() == 0 ? "" : ", ").append(String.format("m%1$02d = 0, n%1$02d = 0", m));
                holds.append(holds.length() == 0 ? "" : " OR ").append(String.format("n%02d <> 0", m));
            }
            h.createUpdate("UPDATE revenue_year SET " + set + " WHERE period_year = :year AND (" + holds + ")")
                    .bind("year", year).execute();
        });
    }

    private static int flushIfFull(PreparedStatement statement, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }

    private static Set<RowKey> existingKeys(Handle h, Set<RowKey> wanted) {
        Set<RowKey> existing = new HashSet<>();
        h.createQuery("SELECT account_id, currency, period_year FROM revenue_year")
                .setFetchSize(10_000)
                .map((rs, ctx) -> new RowKey(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .forEach(k -> {
                    if (wanted.contains(k)) {
                        existing.add(k);
                    }
                });
        return existing;
    }

    private static final java.util.Comparator<RowKey> ROW_ORDER = java.util.Comparator
            .comparingLong(RowKey::account).thenComparing(RowKey::currency).thenComparingInt(RowKey::year);

    private record RowKey(long account, String currency, int year) {
    }
}
