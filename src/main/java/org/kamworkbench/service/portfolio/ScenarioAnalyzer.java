package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** "Lose accounts" scenarios and the ranking of the accounts each group depends on most. */
final class ScenarioAnalyzer {
    private static final Dimension[] HOME_GROUPS = {Dimension.REGION, Dimension.DIVISION, Dimension.COUNTRY};

    private ScenarioAnalyzer() {
    }

    /** @param before the analysis without losses, reused: only the portfolio after the loss is computed */
    static ScenarioResult loseAccounts(PortfolioAnalysis before, Collection<String> externalIds, int rankingSize) {
        PortfolioData data = before.data();
        boolean[] lost = lostMask(data, externalIds);
        PortfolioAnalysis after = PortfolioAnalyzer.analyze(data, before.request(), lost);
        BigDecimal totalBefore = before.metrics().totalRevenue();
        BigDecimal atRisk = totalBefore.subtract(after.metrics().totalRevenue()).stripTrailingZeros();
        List<GroupImpact> impacts = new ArrayList<>();
        for (int g = 0; g < before.groups().size(); g++) {
            impacts.add(impact(before.groups().get(g), after.groups().get(g)));
        }
        return new ScenarioResult(before, after, lostAccounts(data, before, lost), atRisk,
                ratio(atRisk, totalBefore), impacts, lossRanking(before, rankingSize));
    }

    /**
     * Per group of the analysis' dimension (or for the whole portfolio without one, key null), its
     * {@code size} largest accounts with the group's HHI if each alone were lost.
     */
    static List<GroupLossRanking> lossRanking(PortfolioAnalysis analysis, int size) {
        List<GroupLossRanking> result = new ArrayList<>();
        if (analysis.dimension() == null) {
            result.add(ranking(null, analysis.curve(), size));
        } else {
            for (GroupSummary group : analysis.groups()) {
                result.add(ranking(group.key(), group.curve(), size));
            }
        }
        return result;
    }

    private static GroupLossRanking ranking(String key, ParetoCurve curve, int size) {
        List<LossCandidate> candidates = new ArrayList<>();
        double hhi = curve.metrics().hhi();
        for (int r = 0; r < Math.min(size, curve.size()); r++) {
            double share = curve.share(r);
            double hhiAfter = curve.size() == 1 ? Double.NaN
                    : (hhi - 10_000 * share * share) / ((1 - share) * (1 - share));
            candidates.add(new LossCandidate(curve.account(r), curve.revenue(r), share, hhiAfter,
                    ConcentrationBand.of(hhiAfter)));
        }
        return new GroupLossRanking(key, curve.metrics().band(), candidates);
    }

    private static boolean[] lostMask(PortfolioData data, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            throw new PortfolioInputException("Name at least one account to lose.");
        }
        boolean[] lost = new boolean[data.accounts.length];
        LinkedHashSet<String> unknown = new LinkedHashSet<>();
        for (String id : externalIds) {
            int index = data.indexOf(id);
            if (index < 0) {
                unknown.add(id);
            } else {
                lost[index] = true;
            }
        }
        if (!unknown.isEmpty()) {
            throw new PortfolioInputException((unknown.size() == 1 ? "There is no account with the id "
                    : "There are no accounts with the ids ") + String.join(", ", unknown) + ".");
        }
        return lost;
    }

    private static GroupImpact impact(GroupSummary before, GroupSummary after) {
        BigDecimal revenueBefore = before.metrics().totalRevenue();
        BigDecimal revenueAfter = after.metrics().totalRevenue();
        BigDecimal atRisk = revenueBefore.subtract(revenueAfter).stripTrailingZeros();
        return new GroupImpact(before.key(), revenueBefore, revenueAfter, atRisk, ratio(atRisk, revenueBefore),
                before.metrics().hhi(), after.metrics().hhi(), before.metrics().band(), after.metrics().band());
    }

    private static List<LostAccount> lostAccounts(PortfolioData data, PortfolioAnalysis before, boolean[] lost) {
        PeriodRevenue revenue = before.curve().periodRevenue();
        double total = before.metrics().totalRevenue().doubleValue();
        Map<Dimension, double[]> groupTotals = new EnumMap<>(Dimension.class);
        for (Dimension d : HOME_GROUPS) {
            groupTotals.put(d, groupTotals(data, revenue, data.groups(d)));
        }
        List<LostAccount> result = new ArrayList<>();
        for (int a = 0; a < lost.length; a++) {
            if (!lost[a]) {
                continue;
            }
            double value = revenue.signum(a) > 0 ? revenue.value[a] : 0;
            Map<Dimension, LostAccount.GroupShare> shares = new EnumMap<>(Dimension.class);
            for (Dimension d : HOME_GROUPS) {
                GroupIndex index = data.groups(d);
                int code = index.codeOf[a];
                double groupTotal = groupTotals.get(d)[code];
                shares.put(d, new LostAccount.GroupShare(index.keys[code],
                        groupTotal > 0 ? value / groupTotal : Double.NaN));
            }
            result.add(new LostAccount(data.accounts[a], revenue.money(a), total > 0 ? value / total : Double.NaN,
                    shares));
        }
        return result;
    }

    private static double[] groupTotals(PortfolioData data, PeriodRevenue revenue, GroupIndex index) {
        double[] totals = new double[index.groupCount()];
        for (int a = 0; a < data.accounts.length; a++) {
            if (revenue.signum(a) > 0) {
                totals[index.codeOf[a]] += revenue.value[a];
            }
        }
        return totals;
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Double.NaN : part.doubleValue() / whole.doubleValue();
    }
}
