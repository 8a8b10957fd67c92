package org.kamworkbench.service.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * KPIs computed from the imported revenue through the portfolio analysis (never recomputed here):
 * an account's net revenue in a period (reporting currency), its growth against the previous period
 * of the same length (nominal or real, in percent), and share of wallet (revenue ÷ the client's
 * estimated spend of that year, in percent; yearly KPIs only). Only periods the revenue covers
 * whole are computed: a half-imported year would look like a collapse. One analysis per period,
 * shared by every account asked about while this object lives.
 */
final class ComputedKpis {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PortfolioService portfolio;
    private final PortfolioData data;
    private final Map<KpiPeriod, PortfolioAnalysis> analyses = new HashMap<>();
    /** Why a period has no analysis; kept with the cache so every KPI asking about it hears why. */
    private final Map<KpiPeriod, String> missing = new HashMap<>();
    private final Map<Long, Map<Integer, Set<String>>> productLines = new HashMap<>();

    ComputedKpis(PortfolioService portfolio) {
        this.portfolio = portfolio;
        this.data = portfolio.load();
    }

    /**
     * The value of a computed KPI for an account in a period, or null when there is none; then
     * {@code notes} receives the reason.
     */
    BigDecimal value(KpiDefinition kpi, Account account, KpiPeriod period, Map<Integer, BigDecimal> spend,
                     Set<String> notes) {
        PortfolioAnalysis analysis = analysis(period);
        int index = data.indexOf(account.externalId());
        if (analysis == null) {
            notes.add(missing.get(period));
            return null;
        }
        if (index < 0) {
            return null;
        }
        Growth growth = analysis.growthOf(index);
        return switch (kpi.source()) {
            case REVENUE -> growth.currentRevenue();
            case GROWTH_NOMINAL -> percent(growth.nominal(), period, "growth", notes);
            case GROWTH_REAL -> percent(growth.real(), period, "real growth (is inflation in the table?)", notes);
            case SHARE_OF_WALLET -> shareOfWallet(growth.currentRevenue(), period, spend, notes);
            case PRODUCT_LINES -> productLinesBought(account.id(), period, notes);
            case MANUAL -> throw new IllegalArgumentException("A manual KPI is not computed.");
        };
    }

    private PortfolioAnalysis analysis(KpiPeriod period) {
        if (analyses.containsKey(period)) {
            return analyses.get(period);
        }
        PortfolioAnalysis analysis = null;
        if (!data.hasRevenue()) {
            missing.put(period, "The workspace holds no revenue yet: import revenue to compute revenue KPIs.");
        } else if (period.firstMonth().isBefore(data.firstMonthWithRevenue())
                || period.lastMonth().isAfter(data.lastMonthWithRevenue())) {
            missing.put(period, "Revenue covers " + data.firstMonthWithRevenue() + " to "
                    + data.lastMonthWithRevenue() + ": periods outside it, or only partly inside, are not computed.");
        } else {
            try {
                analysis = portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.range(period.start(), period.end())));
            } catch (PortfolioInputException | MissingRateException e) {
                missing.put(period, period + ": " + e.getMessage());
            }
        }
        analyses.put(period, analysis);
        return analysis;
    }

    /**
     * How many distinct product lines the account's revenue records named in the period's months; null
     * when they name none (revenue imported without a product-line column says nothing about it).
     */
    private BigDecimal productLinesBought(long accountId, KpiPeriod period, Set<String> notes) {
        Map<Integer, Set<String>> byMonth = productLines.computeIfAbsent(accountId, portfolio::productLinesByMonth);
        int from = period.firstMonth().getYear() * 100 + period.firstMonth().getMonthValue();
        int to = period.lastMonth().getYear() * 100 + period.lastMonth().getMonthValue();
        Set<String> bought = new java.util.HashSet<>();
        byMonth.forEach((month, lines) -> {
            if (month >= from && month <= to) {
                bought.addAll(lines);
            }
        });
        if (bought.isEmpty()) {
            notes.add(period + ": the revenue names no product lines (import invoice lines with a product line "
                    + "column to count them).");
            return null;
        }
        return BigDecimal.valueOf(bought.size());
    }

    private static BigDecimal percent(OptionalDouble fraction, KpiPeriod period, String what, Set<String> notes) {
        if (fraction.isEmpty()) {
            notes.add(period + ": no " + what + " — the previous period has no revenue or a rate is missing.");
            return null;
        }
        return BigDecimal.valueOf(fraction.getAsDouble() * 100);
    }

    private static BigDecimal shareOfWallet(BigDecimal revenue, KpiPeriod period, Map<Integer, BigDecimal> spend,
                                            Set<String> notes) {
        BigDecimal estimated = spend.get(period.year());
        if (estimated == null || estimated.signum() <= 0) {
            notes.add(period + ": no estimated client spend for " + period.year() + ", so no share of wallet.");
            return null;
        }
        BigDecimal share = revenue.multiply(HUNDRED).divide(estimated, MathContext.DECIMAL64).stripTrailingZeros();
        return share.scale() < 0 ? share.setScale(0) : share;
    }

    static boolean computable(KpiDefinition kpi) {
        return kpi.source() != KpiSource.MANUAL;
    }
}
