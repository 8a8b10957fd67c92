package org.kamworkbench.service.export;

import java.math.BigDecimal;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AccountFigures;
import org.kamworkbench.service.portfolio.AnalysisRequest;
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

    static ExportTable of(PortfolioService portfolio, PortfolioData data, int year, ExportTexts t) {
        Map<String, AccountFigures> figures = Map.of();
        String currency = data.reportingCurrency();
        if (data.hasRevenue()) {
            PortfolioAnalysis analysis = portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(year)));
            currency = analysis.reportingCurrency();
            figures = AccountFigures.byExternalId(analysis);
        }
        ExportTable.Builder table = ExportTable.named(t.column("sheet.accounts"))
                .text(t.column("externalId")).text(t.column("name")).text(t.column("owner"))
                .text(t.column("country")).text(t.column("region")).text(t.column("division"))
                .text(t.column("industry")).integer(t.column("rank")).text(t.column("abcClass"))
                .money(t.column("revenueYear", year, currency)).percent(t.column("share"))
                .percent(t.column("cumulativeShare")).percent(t.column("nominalGrowth"))
                .percent(t.column("realGrowth")).text(t.column("reportingCurrency"));
        Map<String, AccountFigures> known = figures;
        java.util.List<Account> ordered = new java.util.ArrayList<>(data.accounts());
        ordered.sort(java.util.Comparator.comparing((Account a) -> rankOf(known.get(a.externalId())))
                .thenComparing(a -> known.containsKey(a.externalId()) ? 0 : 1));
        for (Account a : ordered) {
            AccountFigures f = figures.get(a.externalId());
            table.row(a.externalId(), a.name(), a.owner(), a.country(), a.region(), a.division(), a.industry(),
                    f == null || f.rank() == null ? null : f.rank().longValue(), f == null ? null : f.abcClass(),
                    f == null ? null : f.revenue(), f == null ? null : f.share(), f == null ? null : f.cumulativeShare(),
                    f == null ? null : f.nominalGrowth(), f == null ? null : f.realGrowth(), currency);
        }
        return table.build();
    }

    /** Ranked accounts first in rank order, then those outside the curve, then those without revenue. */
    private static int rankOf(AccountFigures f) {
        return f == null || f.rank() == null ? Integer.MAX_VALUE : f.rank();
    }
}
