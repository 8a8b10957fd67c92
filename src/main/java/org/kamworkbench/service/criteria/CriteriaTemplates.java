package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.util.List;
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
