package org.kamworkbench.service.criteria;

import java.util.List;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Quadrant;

/**
 * The scoring formula of ARCHITECTURE §4, unrounded: axis score = Σ wᵢ·(rᵢ − 1)/(r_maxᵢ − 1) / Σ wᵢ · 100
 * over the axis' criteria (with one scale per set this is Σ wᵢ·(rᵢ − 1) / ((r_max − 1)·Σ wᵢ) · 100); the
 * total score the same over all criteria; the quadrant by the cut, "high" meaning ≥ the cut.
 */
public final class Scorer {
    private Scorer() {
    }

    /** The score over the criteria on {@code axis} (all criteria when null); levels in the criteria's order. */
    public static double score(List<Criterion> criteria, int[] levels, Axis axis) {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (axis == null || c.axis() == axis) {
                weighted += c.weight() * (levels[i] - 1) / (c.scale() - 1);
                weights += c.weight();
            }
        }
        return weighted * 100 / weights; // × 100 first: hand-computed scores come out exact more often
    }

    /**
     * What one criterion adds to its axis score, in points: wᵢ·(rᵢ − 1)/(r_maxᵢ − 1) / Σ w(axis) · 100.
     * The contributions of an axis add up to its score.
     */
    public static double contribution(List<Criterion> criteria, int[] levels, int index) {
        Criterion c = criteria.get(index);
        double weights = criteria.stream().filter(o -> o.axis() == c.axis()).mapToDouble(Criterion::weight).sum();
        return c.weight() * (levels[index] - 1) / (c.scale() - 1) * 100 / weights;
    }

    public static Quadrant quadrant(double attractiveness, double strength, double cut) {
        return Quadrant.of(attractiveness, strength, cut);
    }
}
