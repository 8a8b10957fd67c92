package org.kamworkbench.ui.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AbcClass;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.CurrencyExposure;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.service.portfolio.GroupSummary;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.portfolio.SegmentMetrics;

/** The rows the portfolio screen's tiles and tables show, made from one analysis. */
public final class PortfolioRows {
    private PortfolioRows() {
    }

    /**
     * A headline figure with its change against the previous period.
     *
     * @param direction 1 up, -1 down, 0 unchanged or unknown
     */
    public record Tile(String id, String title, String value, String change, int direction, String detail) {
        /** Figures whose rise means more dependence on few accounts: a risk, shown as bad news. */
        private static final java.util.Set<String> CONCENTRATION = java.util.Set.of("top20", "hhi");

        /** 1 good news, -1 bad news, 0 neither: the direction, read the way a KAM reads that figure. */
        public int tone() {
            return CONCENTRATION.contains(id) ? -direction : direction;
        }
    }

    public record AbcRow(String name, int accounts, BigDecimal revenue, double share) {
    }

    /** One group of the breakdown; growth figures are null where unavailable. */
    public record GroupRow(String key, BigDecimal revenue, double share, int accounts, double top20Share, double hhi,
                           ConcentrationBand band, double top1Share, double top3Share, Double growthNominal,
                           Double growthConstantFx, Double growthReal) {
    }

    /** One original currency: its revenue and how much of its growth was the exchange rate. */
    public record CurrencyRow(String currency, BigDecimal originalRevenue, BigDecimal revenue, double share,
                              Double growthNominal, Double growthConstantFx, Double growthReal) {
        /** Nominal minus constant-FX growth: the part of the change that is exchange rate. */
        public Double fxEffect() {
            return growthNominal == null || growthConstantFx == null ? null : growthNominal - growthConstantFx;
        }
    }

    /** An account of the ranked curve, for the details panel. */
    public record AccountDetail(Account account, int rank, BigDecimal revenue, double share, double cumulativeShare,
                                String abcClass, Growth growth) {
    }

    public static List<Tile> tiles(PortfolioAnalysis analysis, PortfolioFormats f) {
        var texts = f.texts();
        SegmentMetrics now = analysis.metrics();
        SegmentMetrics was = analysis.previousMetrics();
        String currency = analysis.reportingCurrency();
        List<Tile> tiles = new ArrayList<>();
        String revenueChange = f.texts().get("portfolio.noPrevious");
        int revenueDirection = 0;
        if (was != null && was.totalRevenue().signum() > 0) {
            double growth = now.totalRevenue().divide(was.totalRevenue(), 12, RoundingMode.HALF_EVEN)
                    .doubleValue() - 1;
            revenueChange = f.change(growth, f.percent(Math.abs(growth)));
            revenueDirection = direction(growth);
        }
        tiles.add(new Tile("revenue", texts.get("portfolio.tile.revenue"), f.money(now.totalRevenue(), currency),
                revenueChange, revenueDirection, was == null ? "" : texts.format("portfolio.tile.previous",
                f.money(was.totalRevenue(), currency))));
        tiles.add(countTile("accounts", texts.get("portfolio.tile.accounts"), now.accounts(),
                was == null ? null : was.accounts(), f,
                texts.format("portfolio.tile.excluded", f.count(now.excludedAccounts()))));
        tiles.add(shareTile("top20", texts.get("portfolio.tile.top20"), now.top20Share(),
                was == null ? Double.NaN : was.top20Share(), f, ""));
        tiles.add(shareTile("pareto", texts.get("portfolio.tile.pareto"), now.paretoAccountShare(),
                was == null ? Double.NaN : was.paretoAccountShare(), f,
                texts.format("portfolio.tile.paretoDetail", f.percent(now.paretoAccountShare()))));
        tiles.add(numberTile("hhi", texts.get("portfolio.tile.hhi"), now.hhi(), was == null ? Double.NaN : was.hhi(),
                0, f, f.band(now.band())));
        tiles.add(numberTile("effective", texts.get("portfolio.tile.effective"), now.effectiveAccounts(),
                was == null ? Double.NaN : was.effectiveAccounts(), 1, f,
                texts.get("portfolio.tile.effectiveDetail")));
        return tiles;
    }

    private static int direction(double delta) {
        return delta > 0 ? 1 : delta < 0 ? -1 : 0;
    }

    private static Tile countTile(String id, String title, int now, Integer was, PortfolioFormats f, String detail) {
        if (was == null) {
            return new Tile(id, title, f.count(now), f.texts().get("portfolio.noPrevious"), 0, detail);
        }
        int delta = now - was;
        return new Tile(id, title, f.count(now), f.change(delta, f.count(Math.abs(delta))), direction(delta), detail);
    }

    private static Tile shareTile(String id, String title, double now, double was, PortfolioFormats f,
                                  String detail) {
        if (Double.isNaN(was) || Double.isNaN(now)) {
            return new Tile(id, title, f.percent(now), f.texts().get("portfolio.noPrevious"), 0, detail);
        }
        return new Tile(id, title, f.percent(now), f.pointsChange(now - was), direction(now - was), detail);
    }

    private static Tile numberTile(String id, String title, double now, double was, int digits, PortfolioFormats f,
                                   String detail) {
        if (Double.isNaN(was) || Double.isNaN(now)) {
            return new Tile(id, title, f.decimal(now, digits), f.texts().get("portfolio.noPrevious"), 0, detail);
        }
        double delta = now - was;
        return new Tile(id, title, f.decimal(now, digits), f.change(delta, f.decimal(Math.abs(delta), digits)),
                direction(delta), detail);
    }

    public static List<AbcRow> abc(SegmentMetrics metrics) {
        List<AbcRow> rows = new ArrayList<>();
        for (AbcClass c : metrics.classes()) {
            rows.add(new AbcRow(c.name(), c.accounts(), c.revenue(), c.revenueShare()));
        }
        return rows;
    }

    public static List<GroupRow> groups(PortfolioAnalysis analysis) {
        List<GroupRow> rows = new ArrayList<>();
        for (GroupSummary g : analysis.groups()) {
            SegmentMetrics m = g.metrics();
            rows.add(new GroupRow(g.key(), m.totalRevenue(), g.revenueShare(), m.accounts(), m.top20Share(), m.hhi(),
                    m.band(), m.top1Share(), m.top3Share(), boxed(g.growth().nominal()),
                    boxed(g.growth().atConstantFx()), boxed(g.growth().real())));
        }
        return rows;
    }

    public static List<CurrencyRow> currencies(PortfolioAnalysis analysis) {
        List<CurrencyRow> rows = new ArrayList<>();
        for (CurrencyExposure c : analysis.currencies()) {
            rows.add(new CurrencyRow(c.currency(), c.originalRevenue(), c.revenue(), c.share(),
                    boxed(c.growth().nominal()), boxed(c.growth().atConstantFx()), boxed(c.growth().real())));
        }
        return rows;
    }

    public static AccountDetail detail(PortfolioAnalysis analysis, int rank) {
        ParetoCurve curve = analysis.curve();
        return new AccountDetail(curve.account(rank), rank, curve.revenue(rank), curve.share(rank),
                curve.cumulativeShare(rank), curve.abcClass(rank), analysis.growthOf(curve.accountIndex(rank)));
    }

    /** The groups a loss moves into another concentration band, as "APAC: moderate → high". */
    public static List<String> crossings(List<GroupImpact> impacts, PortfolioFormats f) {
        List<String> lines = new ArrayList<>();
        for (GroupImpact g : impacts) {
            if (g.crossesBand()) {
                lines.add(f.texts().format("portfolio.scenario.crossing", g.key(), f.band(g.bandBefore()),
                        f.band(g.bandAfter())));
            }
        }
        return lines;
    }

    /** The scenario's headline: revenue at risk, top-20 % and HHI before → after, band crossings. */
    public record ScenarioSummary(String atRisk, String top20, String hhi, String crossings) {
    }

    public static ScenarioSummary summary(ScenarioResult s, PortfolioFormats f) {
        var texts = f.texts();
        SegmentMetrics before = s.before().metrics();
        SegmentMetrics after = s.after().metrics();
        String currency = s.before().reportingCurrency();
        List<String> crossing = new ArrayList<>();
        if (s.crossesBand()) {
            crossing.add(texts.format("portfolio.scenario.crossing", texts.get("portfolio.scenario.portfolio"),
                    f.band(before.band()), f.band(after.band())));
        }
        crossing.addAll(crossings(s.groups(), f));
        return new ScenarioSummary(
                texts.format("portfolio.scenario.atRiskValue", f.money(s.revenueAtRisk(), currency),
                        f.percent(s.revenueAtRiskShare())),
                f.percent(before.top20Share()) + " \u2192 " + f.percent(after.top20Share()),
                f.hhi(before.hhi()) + " (" + f.band(before.band()) + ") \u2192 " + f.hhi(after.hhi()) + " ("
                        + f.band(after.band()) + ")",
                crossing.isEmpty() ? texts.get("portfolio.scenario.noCrossing") : String.join("\n", crossing));
    }

    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
