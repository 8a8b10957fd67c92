package org.kamworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.kamworkbench.service.portfolio.AbcClass;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.CurrencyExposure;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.service.portfolio.GroupLossRanking;
import org.kamworkbench.service.portfolio.GroupSummary;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.LossCandidate;
import org.kamworkbench.service.portfolio.LostAccount;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.portfolio.SegmentMetrics;

/**
 * The JSON of {@code analyze pareto} and {@code scenario lose}: ordered maps of plain values.
 * Numbers are unrounded; shares are fractions 0–1; money is exact; an unavailable figure is null.
 */
final class PortfolioJson {
    private PortfolioJson() {
    }

    static Map<String, Object> analysis(PortfolioAnalysis a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportingCurrency", a.reportingCurrency());
        json.put("from", a.period().from());
        json.put("to", a.period().to());
        metrics(json, a.metrics());
        json.put("abcThresholds", a.thresholds().label());
        json.put("growth", growth(a.growth(), a));
        json.put("currencies", a.currencies().stream().map(PortfolioJson::currency).toList());
        if (a.dimension() != null) {
            json.put("dimension", a.dimension().key());
            json.put("groups", a.groups().stream().map(PortfolioJson::group).toList());
        }
        json.put("notes", a.notes());
        return json;
    }

    static Map<String, Object> scenario(ScenarioResult s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportingCurrency", s.before().reportingCurrency());
        json.put("from", s.before().period().from());
        json.put("to", s.before().period().to());
        json.put("lost", s.lost().stream().map(PortfolioJson::lost).toList());
        json.put("revenueAtRisk", s.revenueAtRisk());
        json.put("revenueAtRiskShare", number(s.revenueAtRiskShare()));
        json.put("concentrationBefore", band(s.before().metrics().band()));
        json.put("concentrationAfter", band(s.after().metrics().band()));
        if (s.before().dimension() != null) {
            json.put("dimension", s.before().dimension().key());
            json.put("groups", s.groups().stream().map(PortfolioJson::impact).toList());
            json.put("groupsCrossingBand", s.groupsCrossingBand().stream().map(GroupImpact::key).toList());
        }
        json.put("ranking", s.ranking().stream().map(PortfolioJson::ranking).toList());
        json.put("before", analysis(s.before()));
        json.put("after", analysis(s.after()));
        return json;
    }

    private static void metrics(Map<String, Object> json, SegmentMetrics m) {
        json.put("accounts", m.accounts());
        json.put("excludedAccounts", m.excludedAccounts());
        json.put("totalRevenue", m.totalRevenue());
        json.put("top1Share", number(m.top1Share()));
        json.put("top3Share", number(m.top3Share()));
        json.put("top5Share", number(m.top5Share()));
        json.put("top10Share", number(m.top10Share()));
        json.put("top20Share", number(m.top20Share()));
        json.put("paretoAccountShare", number(m.paretoAccountShare()));
        json.put("hhi", number(m.hhi()));
        json.put("effectiveAccounts", number(m.effectiveAccounts()));
        json.put("concentration", band(m.band()));
        List<Map<String, Object>> classes = new ArrayList<>();
        for (AbcClass c : m.classes()) {
            Map<String, Object> cls = new LinkedHashMap<>();
            cls.put("name", c.name());
            cls.put("accounts", c.accounts());
            cls.put("revenue", c.revenue());
            cls.put("revenueShare", number(c.revenueShare()));
            classes.add(cls);
        }
        json.put("classes", classes);
    }

    private static Map<String, Object> group(GroupSummary g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", g.key());
        json.put("revenueShare", number(g.revenueShare()));
        metrics(json, g.metrics());
        json.put("growth", growthFigures(g.growth()));
        return json;
    }

    private static Map<String, Object> growth(Growth g, PortfolioAnalysis a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("previousFrom", a.previousPeriod().from());
        json.put("previousTo", a.previousPeriod().to());
        json.putAll(growthFigures(g));
        return json;
    }

    private static Map<String, Object> growthFigures(Growth g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currentRevenue", g.currentRevenue());
        json.put("previousRevenue", g.previousRevenue());
        json.put("nominal", number(g.nominal()));
        json.put("atConstantFx", number(g.atConstantFx()));
        json.put("real", number(g.real()));
        return json;
    }

    private static Map<String, Object> currency(CurrencyExposure c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currency", c.currency());
        json.put("originalRevenue", c.originalRevenue());
        json.put("revenue", c.revenue());
        json.put("share", number(c.share()));
        json.put("growth", growthFigures(c.growth()));
        return json;
    }

    private static Map<String, Object> lost(LostAccount l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("externalId", l.account().externalId());
        json.put("name", l.account().name());
        json.put("revenue", l.revenue());
        json.put("share", number(l.share()));
        for (Dimension d : List.of(Dimension.REGION, Dimension.DIVISION, Dimension.COUNTRY)) {
            LostAccount.GroupShare share = l.groupShares().get(d);
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("key", share.key());
            group.put("share", number(share.share()));
            json.put(d.key(), group);
        }
        return json;
    }

    private static Map<String, Object> impact(GroupImpact g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", g.key());
        json.put("revenueBefore", g.revenueBefore());
        json.put("revenueAfter", g.revenueAfter());
        json.put("revenueAtRisk", g.revenueAtRisk());
        json.put("revenueAtRiskShare", number(g.revenueAtRiskShare()));
        json.put("hhiBefore", number(g.hhiBefore()));
        json.put("hhiAfter", number(g.hhiAfter()));
        json.put("concentrationBefore", band(g.bandBefore()));
        json.put("concentrationAfter", band(g.bandAfter()));
        json.put("crossesBand", g.crossesBand());
        return json;
    }

    private static Map<String, Object> ranking(GroupLossRanking r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", r.key());
        json.put("concentration", band(r.bandNow()));
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (LossCandidate c : r.candidates()) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("externalId", c.account().externalId());
            account.put("name", c.account().name());
            account.put("revenue", c.revenue());
            account.put("share", number(c.share()));
            account.put("hhiAfterLoss", number(c.hhiAfterLoss()));
            account.put("concentrationAfterLoss", band(c.bandAfterLoss()));
            accounts.add(account);
        }
        json.put("accounts", accounts);
        return json;
    }

    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : null;
    }

    private static String band(ConcentrationBand band) {
        return band == null ? null : band.key();
    }
}
