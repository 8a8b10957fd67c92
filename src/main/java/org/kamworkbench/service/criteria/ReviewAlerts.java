package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * The review alert (issue 4 §2): accounts designated key without interruption for at least N
 * months whose real revenue growth over that span is ≤ 0 while effort was spent on them. The span
 * runs from the month of the (first uninterrupted) key designation to the last month holding
 * revenue; its growth is the portfolio analysis' real growth against the same number of months
 * before. Effort counts the years the span touches. An account whose real growth cannot be computed
 * (no revenue before, no inflation rate) is not alerted.
 */
final class ReviewAlerts {
    private ReviewAlerts() {
    }

    static List<ReviewAlert> find(PortfolioService portfolio, PortfolioData data, List<Designation> history,
                                  List<Effort> efforts, int minMonths, LocalDate today) {
        if (!data.hasRevenue()) {
            return List.of();
        }
        YearMonth lastMonth = data.lastMonthWithRevenue();
        Map<Long, LocalDate> keySince = keySince(history);
        Map<YearMonth, PortfolioAnalysis> analyses = new HashMap<>();
        List<ReviewAlert> alerts = new ArrayList<>();
        for (int i = 0; i < data.accountCount(); i++) {
            Account account = data.account(i);
            LocalDate since = keySince.get(account.id());
            if (since == null) {
                continue;
            }
            long months = ChronoUnit.MONTHS.between(since, today);
            YearMonth first = YearMonth.from(since);
            if (months < minMonths || first.isAfter(lastMonth)) {
                continue;
            }
            PortfolioAnalysis analysis = analyses.computeIfAbsent(first, f -> analyse(portfolio, data, f, lastMonth));
            if (analysis == null) {
                continue;
            }
            OptionalDouble real = analysis.growthOf(i).real();
            BigDecimal[] effort = effort(efforts, account.id(), first.getYear(), lastMonth.getYear());
            boolean spent = effort[0].signum() > 0 || effort[1].signum() > 0;
            if (real.isPresent() && real.getAsDouble() <= 0 && spent) {
                alerts.add(new ReviewAlert(account, since, months, analysis.period(), real.getAsDouble(), effort[0],
                        effort[1]));
            }
        }
        alerts.sort(Comparator.comparingDouble(ReviewAlert::realGrowth)
                .thenComparing(a -> a.account().externalId()));
        return alerts;
    }

    private static PortfolioAnalysis analyse(PortfolioService portfolio, PortfolioData data, YearMonth first,
                                             YearMonth last) {
        try {
            return portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.range(first.atDay(1), last.atEndOfMonth())));
        } catch (PortfolioInputException | MissingRateException e) {
            return null; // no revenue or no rate in the span: growth unknown, nothing to alert on
        }
    }

    /** Per account whose latest designation is key: the date the uninterrupted run of key designations began. */
    static Map<Long, LocalDate> keySince(List<Designation> history) {
        Map<Long, List<Designation>> byAccount = new HashMap<>();
        history.forEach(d -> byAccount.computeIfAbsent(d.accountId(), k -> new ArrayList<>()).add(d));
        Map<Long, LocalDate> since = new HashMap<>();
        byAccount.forEach((account, list) -> {
            list.sort(Comparator.comparing(Designation::date));
            LocalDate start = null;
            for (Designation d : list) {
                if (d.status() == DesignationStatus.KEY) {
                    start = start == null ? d.date() : start;
                } else {
                    start = null;
                }
            }
            if (start != null) {
                since.put(account, start);
            }
        });
        return since;
    }

    private static BigDecimal[] effort(List<Effort> efforts, long accountId, int fromYear, int toYear) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        for (Effort e : efforts) {
            if (e.accountId() == accountId && e.year() >= fromYear && e.year() <= toYear) {
                hours = e.hours() == null ? hours : hours.add(e.hours());
                budget = e.budget() == null ? budget : budget.add(e.budget());
            }
        }
        return new BigDecimal[]{hours, budget};
    }
}
