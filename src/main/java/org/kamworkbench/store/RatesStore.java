package org.kamworkbench.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.service.port.RatesRepository;

/** The FX and inflation tables. */
public final class RatesStore implements RatesRepository {
    private final Jdbi jdbi;

    public RatesStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<FxRate> fxRates() {
        return jdbi.withHandle(h -> h.createQuery("SELECT currency, period_year, period_month, rate FROM fx_rate "
                        + "ORDER BY currency, period_year, period_month")
                .map((rs, ctx) -> new FxRate(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getBigDecimal(4).stripTrailingZeros()))
                .list());
    }

    @Override
    public void saveFxRates(List<FxRate> rates) {
        replace(rates, r -> List.of(r.currency(), r.year(), r.month()),
                "DELETE FROM fx_rate WHERE currency = :currency AND period_year = :year AND period_month = :month",
                "INSERT INTO fx_rate (currency, period_year, period_month, rate) VALUES (:currency, :year, :month, :rate)");
    }

    @Override
    public void deleteFxRate(String currency, int year, int month) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM fx_rate WHERE currency = :currency "
                        + "AND period_year = :year AND period_month = :month")
                .bind("currency", currency).bind("year", year).bind("month", month).execute());
    }

    @Override
    public List<InflationRate> inflationRates() {
        return jdbi.withHandle(h -> h.createQuery("SELECT scope, period_year, percent_rate FROM inflation_rate "
                        + "ORDER BY scope, period_year")
                .map((rs, ctx) -> new InflationRate(rs.getString(1), rs.getInt(2),
                        rs.getBigDecimal(3).stripTrailingZeros()))
                .list());
    }

    @Override
    public void saveInflationRates(List<InflationRate> rates) {
        replace(rates, r -> List.of(r.scope(), r.year()), "DELETE FROM inflation_rate WHERE scope = :scope AND period_year = :year",
                "INSERT INTO inflation_rate (scope, period_year, percent_rate) VALUES (:scope, :year, :percent)");
    }

    /**
     * Inserts {@code rates}, each replacing the one stored under the same key: a delete and an insert in
     * one transaction (under the workspace's write lock), which H2 and PostgreSQL both accept, where an
     * upsert is spelled differently on each. Of two rates with the same key, the later one is kept.
     */
    private <R> void replace(List<R> rates, Function<R, List<Object>> key, String deleteByKey, String insert) {
        if (rates.isEmpty()) {
            return;
        }
        Map<List<Object>, R> lastByKey = new LinkedHashMap<>();
        rates.forEach(r -> lastByKey.put(key.apply(r), r));
        jdbi.useTransaction(h -> {
            for (String sql : List.of(deleteByKey, insert)) {
                PreparedBatch batch = h.prepareBatch(sql);
                lastByKey.values().forEach(r -> batch.bindMethods(r).add());
                batch.execute();
            }
        });
    }

    @Override
    public void deleteInflationRate(String scope, int year) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM inflation_rate WHERE scope = :scope AND period_year = :year")
                .bind("scope", scope).bind("year", year).execute());
    }
}
