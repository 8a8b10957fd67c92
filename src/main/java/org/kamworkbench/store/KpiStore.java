package org.kamworkbench.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.service.port.KpiRepository;

/** KPIs in {@code kpi_definition} and {@code kpi_entry}; estimated spend in {@code client_spend}. */
public final class KpiStore implements KpiRepository {
    private static final String AT_RISK = "kpiAtRiskPercent";
    private static final BigDecimal DEFAULT_AT_RISK = BigDecimal.TEN;
    private static final String KPI_COLUMNS = "SELECT id, account_id, name, unit, direction, frequency, baseline, "
            + "source FROM kpi_definition ";

    private final Jdbi jdbi;

    public KpiStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<KpiDefinition> kpisOf(long accountId) {
        return jdbi.withHandle(h -> h.createQuery(KPI_COLUMNS + "WHERE account_id = :id ORDER BY LOWER(name), id")
                .bind("id", accountId).map((rs, ctx) -> kpi(rs)).list());
    }

    @Override
    public List<KpiDefinition> allKpis() {
        return jdbi.withHandle(h -> h.createQuery(KPI_COLUMNS + "ORDER BY account_id, LOWER(name), id")
                .map((rs, ctx) -> kpi(rs)).list());
    }

    @Override
    public Optional<KpiDefinition> kpi(long id) {
        return jdbi.withHandle(h -> h.createQuery(KPI_COLUMNS + "WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> kpi(rs)).findOne());
    }

    @Override
    public KpiDefinition saveKpi(KpiDefinition kpi) {
        return jdbi.inTransaction(h -> {
            if (kpi.id() == 0) {
                return kpi.withId(insertKpi(h, kpi));
            }
            int updated = h.createUpdate("UPDATE kpi_definition SET name = :name, unit = :unit, direction = :direction, "
                            + "frequency = :frequency, baseline = :baseline, source = :source WHERE id = :id")
                    .bindMethods(kpi).bind("direction", kpi.direction().name())
                    .bind("frequency", kpi.frequency().name()).bind("source", kpi.source().name()).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No KPI with id " + kpi.id() + ".");
            }
            return kpi;
        });
    }

    @Override
    public void deleteKpi(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM kpi_definition WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<KpiEntry> entries(long kpiId) {
        return jdbi.withHandle(h -> {
            KpiFrequency frequency = KpiFrequency.valueOf(h.createQuery("SELECT frequency FROM kpi_definition "
                    + "WHERE id = :id").bind("id", kpiId).mapTo(String.class).findOne().orElse("YEARLY"));
            List<KpiEntry> list = new ArrayList<>(h.createQuery("SELECT period_code, target, actual, note "
                            + "FROM kpi_entry WHERE kpi_id = :id").bind("id", kpiId)
                    .map((rs, ctx) -> new KpiEntry(kpiId, KpiPeriod.parse(rs.getString(1)), exact(rs.getBigDecimal(2)),
                            exact(rs.getBigDecimal(3)), rs.getString(4)))
                    .list());
            list.removeIf(e -> e.period() == null || e.period().frequency() != frequency);
            list.sort(java.util.Comparator.comparing(KpiEntry::period));
            return list;
        });
    }

    @Override
    public void saveEntry(KpiEntry entry) {
        jdbi.useTransaction(h -> upsert(h, entry, entry.kpiId()));
    }

    @Override
    public void importEntries(List<KpiDefinition> created, List<KpiEntry> entries) {
        jdbi.useTransaction(h -> {
            long[] ids = new long[created.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = insertKpi(h, created.get(i));
            }
            for (KpiEntry e : entries) {
                upsert(h, e, e.kpiId() < 0 ? ids[(int) (-e.kpiId() - 1)] : e.kpiId());
            }
        });
    }

    @Override
    public Map<Integer, BigDecimal> clientSpend(long accountId) {
        return jdbi.withHandle(h -> {
            Map<Integer, BigDecimal> spend = new TreeMap<>();
            h.createQuery("SELECT period_year, amount FROM client_spend WHERE account_id = :id").bind("id", accountId)
                    .map((rs, ctx) -> spend.put(rs.getInt(1), exact(rs.getBigDecimal(2)))).list();
            return spend;
        });
    }

    @Override
    public void saveClientSpend(long accountId, int year, BigDecimal amount) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM client_spend WHERE account_id = :id AND period_year = :year")
                    .bind("id", accountId).bind("year", year).execute();
            if (amount != null) {
                h.createUpdate("INSERT INTO client_spend (account_id, period_year, amount) VALUES (:id, :year, :amount)")
                        .bind("id", accountId).bind("year", year).bind("amount", amount).execute();
            }
        });
    }

    @Override
    public BigDecimal atRiskPercent() {
        return jdbi.withHandle(h -> h.createQuery("SELECT text_value FROM setting WHERE name = :name")
                .bind("name", AT_RISK).mapTo(String.class).findOne().map(BigDecimal::new).orElse(DEFAULT_AT_RISK));
    }

    @Override
    public void saveAtRiskPercent(BigDecimal percent) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM setting WHERE name = :name").bind("name", AT_RISK).execute();
            h.createUpdate("INSERT INTO setting (name, text_value) VALUES (:name, :text)").bind("name", AT_RISK)
                    .bind("text", percent.toPlainString()).execute();
        });
    }

    private static void upsert(Handle h, KpiEntry e, long kpiId) {
        h.createUpdate("DELETE FROM kpi_entry WHERE kpi_id = :id AND period_code = :period").bind("id", kpiId)
                .bind("period", e.period().toString()).execute();
        if (e.target() != null || e.actual() != null) {
            h.createUpdate("INSERT INTO kpi_entry (kpi_id, period_code, target, actual, note) "
                            + "VALUES (:id, :period, :target, :actual, :note)")
                    .bind("id", kpiId).bind("period", e.period().toString()).bind("target", e.target())
                    .bind("actual", e.actual()).bind("note", e.comment()).execute();
        }
    }

    private static long insertKpi(Handle h, KpiDefinition kpi) {
        return h.createUpdate("INSERT INTO kpi_definition (account_id, name, unit, direction, frequency, baseline, "
                        + "source) VALUES (:accountId, :name, :unit, :direction, :frequency, :baseline, :source)")
                .bindMethods(kpi).bind("direction", kpi.direction().name())
                .bind("frequency", kpi.frequency().name()).bind("source", kpi.source().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static KpiDefinition kpi(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KpiDefinition(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                KpiDirection.valueOf(rs.getString(5)), KpiFrequency.valueOf(rs.getString(6)),
                exact(rs.getBigDecimal(7)), KpiSource.valueOf(rs.getString(8)));
    }

    /** DECIMAL columns hand back their full scale: 12.50000000 is 12.5, and 40.00000000 is 40 (not 4E+1). */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
