package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;

/** Criteria sets to start from (issue 4 §1). Each is valid as it stands; users rename and adjust them. */
public final class CriteriaTemplates {
    public static final String KAM_PORTFOLIO = "KAM portfolio (attractiveness × strength)";
    public static final String REVENUE_FIRST = "Revenue-first (simple)";

    private CriteriaTemplates() {
    }

    public static List<String> names() {
        return List.of(KAM_PORTFOLIO, REVENUE_FIRST);
    }

    public static CriteriaSet template(String name) {
        return switch (name) {
            case KAM_PORTFOLIO -> set(name, List.of(
                    manual("Potential", Axis.ATTRACTIVENESS, 20, "The client's spend we could still win",
                            "Tiny", "Small", "Medium", "Large", "Very large"),
                    data("Growth", Axis.ATTRACTIVENESS, 10, CriterionSource.GROWTH, "Our revenue growth in percent",
                            -10, 0, 5, 15),
                    manual("Profitability", Axis.ATTRACTIVENESS, 15, "Margin we earn with the client",
                            "Loss-making", "Below average", "Average", "Above average", "Excellent"),
                    manual("Cultural fit", Axis.ATTRACTIVENESS, 10, "How well we work together",
                            "Clash", "Difficult", "Neutral", "Good", "Excellent"),
                    manual("Strategic fit", Axis.ATTRACTIVENESS, 10, "Fit with our strategy and offer",
                            "None", "Low", "Partial", "Good", "Core"),
                    data("Our revenue", Axis.STRENGTH, 15, CriterionSource.REVENUE,
                            "Our revenue with the client, reporting currency", 10_000, 50_000, 200_000, 1_000_000),
                    data("Share of wallet", Axis.STRENGTH, 10, CriterionSource.SHARE_OF_WALLET,
                            "Our revenue ÷ the client's estimated spend, percent", 5, 15, 30, 50),
                    manual("Relationship history", Axis.STRENGTH, 10, "Length and quality of the relationship",
                            "New", "Occasional", "Established", "Trusted", "Partner")));
            case REVENUE_FIRST -> set(name, List.of(
                    data("Client size", Axis.ATTRACTIVENESS, 30, CriterionSource.ANNUAL_REVENUE,
                            "The client's annual revenue, reporting currency",
                            1_000_000, 10_000_000, 100_000_000, 1_000_000_000),
                    manual("Potential", Axis.ATTRACTIVENESS, 20, "The client's spend we could still win",
                            "Tiny", "Small", "Medium", "Large", "Very large"),
                    data("Our revenue", Axis.STRENGTH, 50, CriterionSource.REVENUE,
                            "Our revenue with the client, reporting currency", 10_000, 50_000, 200_000, 1_000_000)));
            default -> throw new IllegalArgumentException("No template named " + name);
        };
    }

    /**
     * The template fitted to the workspace: a data-derived criterion whose data the workspace does not
     * hold ({@code available} false: no estimated spend for share of wallet...) is left out and its weight
     * shared among the remaining criteria of its axis, in proportion to their weights, in whole points
     * (largest remainders; all criteria when none of its axis is left). When leaving out would leave
     * fewer than {@link CriteriaValidator#MIN_CRITERIA}, the criterion stays as a manual rating instead.
     */
    public static CriteriaSet template(String name, Predicate<CriterionSource> available) {
        CriteriaSet full = template(name);
        List<Criterion> kept = new ArrayList<>();
        List<Criterion> dropped = new ArrayList<>();
        for (Criterion c : full.criteria()) {
            (c.source().manual() || available.test(c.source()) ? kept : dropped).add(c);
        }
        if (dropped.isEmpty()) {
            return full;
        }
        if (kept.size() < CriteriaValidator.MIN_CRITERIA) {
            return full.withCriteria(full.criteria().stream()
                    .map(c -> c.source().manual() || available.test(c.source()) ? c : asManual(c)).toList());
        }
        for (Criterion d : dropped) {
            kept = share(kept, d);
        }
        return full.withCriteria(kept);
    }

    /** Gives {@code dropped}'s weight to the criteria of its axis (or all), proportionally, in whole points. */
    static List<Criterion> share(List<Criterion> criteria, Criterion dropped) {
        List<Integer> receivers = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).axis() == dropped.axis()) {
                receivers.add(i);
            }
        }
        if (receivers.isEmpty()) {
            for (int i = 0; i < criteria.size(); i++) {
                receivers.add(i);
            }
        }
        double base = receivers.stream().mapToDouble(i -> criteria.get(i).weight()).sum();
        long points = Math.round(dropped.weight());
        double[] exact = new double[receivers.size()];
        long given = 0;
        for (int k = 0; k < exact.length; k++) {
            exact[k] = points * criteria.get(receivers.get(k)).weight() / base;
            given += (long) Math.floor(exact[k]);
        }
        long[] extra = new long[exact.length];
        for (int k = 0; k < exact.length; k++) {
            extra[k] = (long) Math.floor(exact[k]);
        }
        // the points left by rounding down go to the largest remainders, earlier criteria first on ties
        Integer[] order = new Integer[exact.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(exact[b] - Math.floor(exact[b]),
                exact[a] - Math.floor(exact[a])));
        for (int k = 0; given < points; k++, given++) {
            extra[order[k]]++;
        }
        List<Criterion> result = new ArrayList<>(criteria);
        for (int k = 0; k < exact.length; k++) {
            Criterion c = criteria.get(receivers.get(k));
            result.set(receivers.get(k), c.withWeight(c.weight() + extra[k]));
        }
        return result;
    }

    private static Criterion asManual(Criterion c) {
        return new Criterion(c.name(), c.description(), c.axis(), c.weight(), c.scale(),
                List.of("Very low", "Low", "Medium", "High", "Very high"), CriterionSource.MANUAL, List.of(), false,
                GrowthKind.NOMINAL);
    }

    private static CriteriaSet set(String name, List<Criterion> criteria) {
        return new CriteriaSet(name, 0, null, CriteriaSet.DEFAULT_CUT, CriteriaSet.DEFAULT_REVIEW_MONTHS,
                CriteriaSet.DEFAULT_REVIEW_MONTHS, criteria);
    }

    private static Criterion manual(String name, Axis axis, double weight, String description, String... anchors) {
        return new Criterion(name, description, axis, weight, 5, List.of(anchors), CriterionSource.MANUAL, List.of(),
                false, GrowthKind.NOMINAL);
    }

    private static Criterion data(String name, Axis axis, double weight, CriterionSource source, String description,
                                  long... thresholds) {
        return new Criterion(name, description, axis, weight, 5, Criterion.blankAnchors(5), source,
                java.util.Arrays.stream(thresholds).mapToObj(BigDecimal::valueOf).toList(), false,
                GrowthKind.NOMINAL);
    }
}
