package org.kamworkbench.store;

import java.util.List;
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
        jdbi.useTransaction(h -> KeyedRows.replace(h, rates, r -> List.of(r.currency(), r.year(), r.month()),
                "DELETE FROM fx_rate WHERE currency = :currency AND period_year = :year AND period_month = :month",
                "INSERT INTO fx_rate (currency, period_year, period_month, rate) VALUES (:currency, :year, :month, :rate)",
                PreparedBatch::bindMethods));
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
        jdbi.useTransaction(h -> KeyedRows.replace(h, rates, r -> List.of(r.scope(), r.year()),
                "DELETE FROM inflation_rate WHERE scope = :scope AND period_year = :year",
                "INSERT INTO inflation_rate (scope, period_year, percent_rate) VALUES (:scope, :year, :percent)",
                PreparedBatch::bindMethods));
    }

    @Override
    public void deleteInflationRate(String scope, int year) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM inflation_rate WHERE scope = :scope AND period_year = :year")
                .bind("scope", scope).bind("year", year).execute());
    }
}
