package org.kamworkbench.service.criteria;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;

/**
 * Which accounts change quadrant when one weight moves by ±{@link #STEP} points. The other weights
 * are rescaled in proportion so that the total stays 100: wⱼ' = wⱼ · (100 − wᵢ') / (100 − wᵢ).
 */
public final class Sensitivity {
    public static final double STEP = 10;

    /** One criterion's weight moved: the weights it leads to and the accounts that change quadrant. */
    public record Case(String criterion, double delta, double newWeight, List<QuadrantMove> moves) {
    }

    private Sensitivity() {
    }

    /** Both moves of every criterion's weight (a move below 0 or above 100 is skipped). */
    public static List<Case> analyse(ScoringData data, CriteriaSet set) {
        Scoreboard base = data.score(set);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < set.criteria().size(); i++) {
            for (double delta : new double[]{-STEP, STEP}) {
                double moved = set.criteria().get(i).weight() + delta;
                if (moved <= 0 || moved >= 100) {
                    continue;
                }
                CriteriaSet variant = withWeight(set, i, moved);
                cases.add(new Case(set.criteria().get(i).name(), delta, moved,
                        VersionComparison.compare(base, data.score(variant)).moves()));
            }
        }
        return cases;
    }

    /** The set with criterion {@code index} at {@code weight}, the others rescaled to keep 100. */
    public static CriteriaSet withWeight(CriteriaSet set, int index, double weight) {
        double othersBefore = 100 - set.criteria().get(index).weight();
        double factor = (100 - weight) / othersBefore;
        List<Criterion> criteria = new ArrayList<>();
        for (int j = 0; j < set.criteria().size(); j++) {
            Criterion c = set.criteria().get(j);
            criteria.add(j == index ? c.withWeight(weight) : c.withWeight(c.weight() * factor));
        }
        return set.withCriteria(criteria);
    }
}
