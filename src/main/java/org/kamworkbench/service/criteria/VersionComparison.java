package org.kamworkbench.service.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.service.message.Sentence;

/**
 * What changes between two versions (or two drafts) of a criteria set: the changes to the set
 * itself, and the accounts that change quadrant with the criteria that moved their scores.
 */
public final class VersionComparison {
    /** Contributions that moved less than this (in points) are not worth a reason. */
    private static final double NOTICEABLE = 0.05;

    private final List<Sentence> setChanges;
    private final List<QuadrantMove> moves;

    private VersionComparison(List<Sentence> setChanges, List<QuadrantMove> moves) {
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

    /** Changes to the set: criteria added or removed, weights, scales, thresholds, the cut (sentences of the service bundle). */
    public List<Sentence> setChanges() {
        return setChanges;
    }

    /** The accounts complete under both sets whose quadrant differs, in the newer ranking's order. */
    public List<QuadrantMove> moves() {
        return moves;
    }

    static List<Sentence> setChanges(CriteriaSet before, CriteriaSet after) {
        List<Sentence> changes = new ArrayList<>();
        if (before.quadrantCut() != after.quadrantCut()) {
            changes.add(Sentence.of("criteria.change.cut", before.quadrantCut(), after.quadrantCut()));
        }
        for (Criterion b : before.criteria()) {
            Criterion a = after.criterion(b.name());
            if (a == null) {
                changes.add(Sentence.of("criteria.change.removed", b.name()));
                continue;
            }
            if (a.weight() != b.weight()) {
                changes.add(Sentence.of("criteria.change.weight", b.name(), b.weight(), a.weight()));
            }
            if (a.axis() != b.axis()) {
                changes.add(Sentence.of("criteria.change.axis", b.name(), axis(a.axis())));
            }
            if (a.scale() != b.scale()) {
                changes.add(Sentence.of("criteria.change.scale", b.name(), b.scale(), a.scale()));
            }
            if (a.source() != b.source() || !a.thresholds().equals(b.thresholds()) || a.byQuantiles() != b.byQuantiles()
                    || a.growthKind() != b.growthKind()) {
                changes.add(Sentence.of("criteria.change.levels", b.name()));
            }
        }
        for (Criterion a : after.criteria()) {
            if (before.criterion(a.name()) == null) {
                changes.add(Sentence.of("criteria.change.added", a.name(), axis(a.axis()), a.weight()));
            }
        }
        return changes;
    }

    /** The criteria whose contribution to an axis moved, largest move first. */
    private static List<Sentence> reasons(CriteriaSet before, AccountScore was, CriteriaSet after, AccountScore now) {
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
        List<Sentence> reasons = new ArrayList<>();
        if (before.quadrantCut() != after.quadrantCut()) {
            reasons.add(Sentence.of("criteria.move.cut", before.quadrantCut(), after.quadrantCut()));
        }
        for (Map.Entry<String, double[]> e : entries) {
            double delta = e.getValue()[2] - e.getValue()[1];
            Axis axis = Axis.values()[(int) e.getValue()[0]];
            reasons.add(Sentence.of(delta > 0 ? "criteria.move.up" : "criteria.move.down", display.get(e.getKey()),
                    axis(axis), Math.abs(delta)));
        }
        return reasons;
    }

    /** The axis' name as a phrase of the sentence ("strength", "forza"). */
    static Sentence axis(Axis axis) {
        return Sentence.of("criteria.axis." + axis.code());
    }
}
