package org.kamworkbench.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One selection criterion of a criteria set. {@code anchors} has one text per level (index 0 =
 * level 1; empty texts when none was given). Data-derived criteria map their value to a level by
 * ascending {@code thresholds} (level = 1 + number of thresholds ≤ value) or, when
 * {@code byQuantiles}, by the account's rank in the portfolio. {@code growthKind} matters for
 * {@link CriterionSource#GROWTH} only.
 */
public record Criterion(String name, String description, Axis axis, double weight, int scale, List<String> anchors,
                        CriterionSource source, List<BigDecimal> thresholds, boolean byQuantiles,
                        GrowthKind growthKind) {
    public static final int DEFAULT_SCALE = 5;

    public Criterion {
        description = description == null ? "" : description;
        anchors = List.copyOf(anchors);
        thresholds = List.copyOf(thresholds);
        growthKind = growthKind == null ? GrowthKind.NOMINAL : growthKind;
    }

    /** A manual criterion without anchors. */
    public static Criterion manual(String name, Axis axis, double weight, int scale) {
        return new Criterion(name, "", axis, weight, scale, blankAnchors(scale), CriterionSource.MANUAL, List.of(),
                false, GrowthKind.NOMINAL);
    }

    public static List<String> blankAnchors(int scale) {
        return java.util.Collections.nCopies(scale, "");
    }

    /** The anchor text of a level (1-based), "" when none. */
    public String anchor(int level) {
        return level >= 1 && level <= anchors.size() ? anchors.get(level - 1) : "";
    }

    public Criterion withWeight(double newWeight) {
        return new Criterion(name, description, axis, newWeight, scale, anchors, source, thresholds, byQuantiles,
                growthKind);
    }
}
