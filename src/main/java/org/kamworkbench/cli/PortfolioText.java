package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.kamworkbench.service.portfolio.AbcClass;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.CurrencyExposure;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.service.portfolio.GroupLossRanking;
import org.kamworkbench.service.portfolio.GroupSummary;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.LossCandidate;
import org.kamworkbench.service.portfolio.LostAccount;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.portfolio.SegmentMetrics;

/** The readable tables of {@code analyze pareto} and {@code scenario lose} (without --json). */
final class PortfolioText {
    private final PrintWriter out;

    PortfolioText(PrintWriter out) {
        this.out = out;
    }

    void analysis(PortfolioAnalysis a) {
        SegmentMetrics m = a.metrics();
        String currency = a.reportingCurrency();
        out.printf("Portfolio %s to %s, in %s%n", a.period().from(), a.period().to(), currency);
        out.printf("  Accounts             %,d (%,d without positive revenue, listed apart)%n", m.accounts(),
                m.excludedAccounts());
        out.printf("  Revenue              %s %s%n", money(m.totalRevenue()), currency);
        out.printf("  Top 20 %% of accounts %s of revenue%n", pct(m.top20Share()));
        out.printf("  Pareto point         %s of accounts make 80 %% of revenue%n", pct(m.paretoAccountShare()));
        out.printf("  Top 1 / 5 / 10       %s / %s / %s%n", pct(m.top1Share()), pct(m.top5Share()),
                pct(m.top10Share()));
        out.printf("  HHI                  %s (%s), effective accounts %s%n", num(m.hhi()), band(m.band()),
                num(m.effectiveAccounts()));
        Growth g = a.growth();
        out.printf("  Growth vs %s to %s: nominal %s, at constant FX %s, real %s%n", a.previousPeriod().from(),
                a.previousPeriod().to(), pct(g.nominal()), pct(g.atConstantFx()), pct(g.real()));
        out.println();
        out.printf("  %-5s %10s %20s %8s%n", "Class", "Accounts", "Revenue", "Share");
        for (AbcClass c : m.classes()) {
            out.printf("  %-5s %,10d %20s %8s%n", c.name(), c.accounts(), money(c.revenue()), pct(c.revenueShare()));
        }
        out.println();
        out.printf("  %-8s %20s %8s %9s %9s%n", "Currency", "Revenue (" + currency + ")", "Share", "Growth",
                "Const. FX");
        for (CurrencyExposure c : a.currencies()) {
            out.printf("  %-8s %20s %8s %9s %9s%n", c.currency(), money(c.revenue()), pct(c.share()),
                    pct(c.growth().nominal()), pct(c.growth().atConstantFx()));
        }
        if (a.dimension() != null) {
            out.println();
            out.printf("  %-20s %8s %18s %7s %7s %7s %9s %-14s %7s %7s%n", "By " + a.dimension().key(), "Accounts",
                    "Revenue", "Share", "Top 20%", "Pareto", "HHI", "Band", "Top 1", "Top 3");
            for (GroupSummary group : a.groups()) {
                SegmentMetrics gm = group.metrics();
                out.printf("  %-20s %,8d %18s %7s %7s %7s %9s %-14s %7s %7s%n", cut(group.key(), 20), gm.accounts(),
                        money(gm.totalRevenue()), pct(group.revenueShare()), pct(gm.top20Share()),
                        pct(gm.paretoAccountShare()), num(gm.hhi()), band(gm.band()), pct(gm.top1Share()),
                        pct(gm.top3Share()));
            }
        }
        a.notes().forEach(note -> out.println("  Note: " + note));
    }

    void scenario(ScenarioResult s) {
        String currency = s.before().reportingCurrency();
        out.printf("Scenario: losing %d account(s), %s to %s%n", s.lost().size(), s.before().period().from(),
                s.before().period().to());
        for (LostAccount lost : s.lost()) {
            out.printf("  %-14s %-30s %18s %s  (%s of the total)%n", lost.account().externalId(),
                    cut(lost.account().name(), 30), money(lost.revenue()), currency, pct(lost.share()));
        }
        out.printf("  Revenue at risk      %s %s (%s)%n", money(s.revenueAtRisk()), currency,
                pct(s.revenueAtRiskShare()));
        SegmentMetrics before = s.before().metrics();
        SegmentMetrics after = s.after().metrics();
        out.printf("  Accounts             %,d -> %,d%n", before.accounts(), after.accounts());
        out.printf("  Top 20 %% share       %s -> %s%n", pct(before.top20Share()), pct(after.top20Share()));
        out.printf("  HHI                  %s (%s) -> %s (%s)%n", num(before.hhi()), band(before.band()),
                num(after.hhi()), band(after.band()));
        if (!s.groups().isEmpty()) {
            out.println();
            out.printf("  %-20s %18s %8s %9s %9s  %s%n", "By " + s.before().dimension().key(), "At risk", "Share",
                    "HHI", "HHI after", "Band");
            for (GroupImpact g : s.groups()) {
                out.printf("  %-20s %18s %8s %9s %9s  %s%s%n", cut(g.key(), 20), money(g.revenueAtRisk()),
                        pct(g.revenueAtRiskShare()), num(g.hhiBefore()), num(g.hhiAfter()), band(g.bandAfter()),
                        g.crossesBand() ? "  (was " + band(g.bandBefore()) + ")" : "");
            }
        }
        out.println();
        out.println("  Accounts whose loss would hurt most:");
        for (GroupLossRanking r : s.ranking()) {
            StringBuilder line = new StringBuilder("  ").append(r.key() == null ? "all" : r.key()).append(':');
            for (LossCandidate c : r.candidates()) {
                line.append(' ').append(c.account().externalId()).append(" (").append(pct(c.share())).append(')');
            }
            out.println(line);
        }
    }

    private static String money(BigDecimal value) {
        return String.format("%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static String pct(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format("%.1f %%", fraction * 100);
    }

    private static String pct(OptionalDouble fraction) {
        return fraction.isPresent() ? String.format("%+.1f %%", fraction.getAsDouble() * 100) : "n/a";
    }

    private static String num(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format("%,.1f", value);
    }

    private static String band(ConcentrationBand band) {
        return band == null ? "n/a" : band.key();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
