package org.kamworkbench.service.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ExcludedAccounts;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * Every account with its attributes and its figures for a calendar year: Pareto rank, ABC class,
 * revenue in the reporting currency (the header names it), share, cumulative share, nominal and real
 * growth against the year before. Accounts with no positive revenue in the year have no rank, class
 * or share (they are outside the curve, as on the portfolio screen).
 */
final class AccountsExport {
    private AccountsExport() {
    }

    /** A figure row of an account on the curve or outside it. */
    private record Figures(Integer rank, String abc, BigDecimal revenue, Double share, Double cumulative,
                           Double nominal, Double real) {
    }

    static ExportTable of(PortfolioService portfolio, PortfolioData data, int year, ExportTexts t) {
        Map<String, Figures> figures = new HashMap<>();
        String currency = data.reportingCurrency();
        if (data.hasRevenue()) {
            PortfolioAnalysis analysis = portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(year)));
            currency = analysis.reportingCurrency();
            ParetoCurve curve = analysis.curve();
            for (int r = 0; r < curve.size(); r++) {
                Growth g = analysis.growthOf(curve.accountIndex(r));
                figures.put(curve.account(r).externalId(), new Figures(r + 1, curve.abcClass(r), curve.revenue(r),
                        curve.share(r), curve.cumulativeShare(r), value(g.nominal()), value(g.real())));
            }
            ExcludedAccounts excluded = analysis.excluded();
            for (int i = 0; i < excluded.size(); i++) {
                Growth g = analysis.growthOf(excluded.accountIndex(i));
                figures.put(excluded.account(i).externalId(), new Figures(null, null, excluded.revenue(i), null, null,
                        value(g.nominal()), value(g.real())));
            }
        }
        ExportTable.Builder table = ExportTable.named(t.column("sheet.accounts"))
                .text(t.column("externalId")).text(t.column("name")).text(t.column("owner"))
                .text(t.column("country")).text(t.column("region")).text(t.column("division"))
                .text(t.column("industry")).integer(t.column("rank")).text(t.column("abcClass"))
                .money(t.column("revenueYear", year, currency)).percent(t.column("share"))
                .percent(t.column("cumulativeShare")).percent(t.column("nominalGrowth"))
                .percent(t.column("realGrowth")).text(t.column("reportingCurrency"));
        java.util.List<Account> ordered = new java.util.ArrayList<>(data.accounts());
        ordered.sort(java.util.Comparator.comparing((Account a) -> rankOf(figures.get(a.externalId())))
                .thenComparing(a -> figures.containsKey(a.externalId()) ? 0 : 1));
        for (Account a : ordered) {
            Figures f = figures.get(a.externalId());
            table.row(a.externalId(), a.name(), a.owner(), a.country(), a.region(), a.division(), a.industry(),
                    f == null || f.rank() == null ? null : f.rank().longValue(), f == null ? null : f.abc(),
                    f == null ? null : f.revenue(), f == null ? null : f.share(), f == null ? null : f.cumulative(),
                    f == null ? null : f.nominal(), f == null ? null : f.real(), currency);
        }
        return table.build();
    }

    /** Ranked accounts first in rank order, then those outside the curve, then those without revenue. */
    private static int rankOf(Figures f) {
        return f == null || f.rank() == null ? Integer.MAX_VALUE : f.rank();
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
