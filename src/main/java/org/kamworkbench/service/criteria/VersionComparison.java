package org.kamworkbench.service.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;

/**
 * What changes between two versions (or two drafts) of a criteria set: the changes to the set
 * itself, and the accounts that change quadrant with the criteria that moved their scores.
 */
public final class VersionComparison {
    /** Contributions that moved less than this (in points) are not worth a reason. */
    private static final double NOTICEABLE = 0.05;

    private final List<String> setChanges;
    private final List<QuadrantMove> moves;

    private VersionComparison(List<String> setChanges, List<QuadrantMove> moves) {
        this.setChanges = List.copyOf(setChanges);
        this.moves = List.copyOf(moves);
    }

    /** Scores both sets on the same data and compares them. */
    public static VersionComparison compare(ScoringData data, CriteriaSet before, CriteriaSet after) {
        return compare(data.score(before), data.score(after));
    }

    public static VersionComparison compare(Scoreboard before, Scoreboard after) {
        List<QuadrantMove> moves = new ArrayList<>();
        for (AccountScore now : after.ranked()) {
            AccountScore was = before.of(now.account().id());
            if (was != null && was.complete() && was.quadrant() != now.quadrant()) {
                moves.add(new QuadrantMove(now.account(), was.quadrant(), now.quadrant(), was.attractiveness(),
                        now.attractiveness(), was.strength(), now.strength(),
                        reasons(before.set(), was, after.set(), now)));
            }
        }
        return new VersionComparison(setChanges(before.set(), after.set()), moves);
    }

    /** Changes to the set: criteria added or removed, weights, scales, thresholds, the cut. */
    public List<String> setChanges() {
        return setChanges;
    }

    /** The accounts complete under both sets whose quadrant differs, in the newer ranking's order. */
    public List<QuadrantMove> moves() {
        return moves;
    }

    static List<String> setChanges(CriteriaSet before, CriteriaSet after) {
        List<String> changes = new ArrayList<>();
        if (before.quadrantCut() != after.quadrantCut()) {
            changes.add("Quadrant cut " + CriteriaValidator.number(before.quadrantCut()) + " → "
                    + CriteriaValidator.number(after.quadrantCut()));
        }
        for (Criterion b : before.criteria()) {
            Criterion a = after.criterion(b.name());
            if (a == null) {
                changes.add("Removed '" + b.name() + "'");
                continue;
            }
            if (a.weight() != b.weight()) {
                changes.add("'" + b.name() + "' weight " + CriteriaValidator.number(b.weight()) + " → "
                        + CriteriaValidator.number(a.weight()));
            }
            if (a.axis() != b.axis()) {
                changes.add("'" + b.name() + "' moved to " + a.axis().code());
            }
            if (a.scale() != b.scale()) {
                changes.add("'" + b.name() + "' scale 1–" + b.scale() + " → 1–" + a.scale());
            }
            if (a.source() != b.source() || !a.thresholds().equals(b.thresholds()) || a.byQuantiles() != b.byQuantiles()
                    || a.growthKind() != b.growthKind()) {
                changes.add("'" + b.name() + "' source or levels changed");
            }
        }
        for (Criterion a : after.criteria()) {
            if (before.criterion(a.name()) == null) {
                changes.add("Added '" + a.name() + "' (" + a.axis().code() + ", weight "
                        + CriteriaValidator.number(a.weight()) + ")");
            }
        }
        return changes;
    }

    /** The criteria whose contribution to an axis moved, largest move first. */
    private static List<String> reasons(CriteriaSet before, AccountScore was, CriteriaSet after, AccountScore now) {
        Map<String, double[]> moved = new HashMap<>(); // name → {axis ordinal, before, after}
        for (int i = 0; i < before.criteria().size(); i++) {
            Criterion c = before.criteria().get(i);
            moved.put(c.name().toLowerCase(Locale.ROOT), new double[]{c.axis().ordinal(),
                    Scorer.contribution(before.criteria(), was.levels(), i), 0});
        }
        for (int i = 0; i < after.criteria().size(); i++) {
            Criterion c = after.criteria().get(i);
            double[] entry = moved.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new double[3]);
            entry[0] = c.axis().ordinal();
            entry[2] = Scorer.contribution(after.criteria(), now.levels(), i);
        }
        Map<String, String> display = new HashMap<>();
        before.criteria().forEach(c -> display.put(c.name().toLowerCase(Locale.ROOT), c.name()));
        after.criteria().forEach(c -> display.put(c.name().toLowerCase(Locale.ROOT), c.name()));
        List<Map.Entry<String, double[]>> entries = new ArrayList<>(moved.entrySet());
        entries.removeIf(e -> Math.abs(e.getValue()[2] - e.getValue()[1]) < NOTICEABLE);
        entries.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) ->
                -Math.abs(e.getValue()[2] - e.getValue()[1])).thenComparing(Map.Entry::getKey));
        List<String> reasons = new ArrayList<>();
        if (before.quadrantCut() != after.quadrantCut()) {
            reasons.add("cut " + CriteriaValidator.number(before.quadrantCut()) + " → "
                    + CriteriaValidator.number(after.quadrantCut()));
        }
        for (Map.Entry<String, double[]> e : entries) {
            double delta = e.getValue()[2] - e.getValue()[1];
            String axis = org.kamworkbench.domain.Axis.values()[(int) e.getValue()[0]].code();
            reasons.add(display.get(e.getKey()) + ": " + axis + " " + (delta > 0 ? "+" : "−")
                    + String.format(Locale.ROOT, "%.1f", Math.abs(delta)) + " points");
        }
        return reasons;
    }
}
