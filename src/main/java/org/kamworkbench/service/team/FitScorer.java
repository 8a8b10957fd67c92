package org.kamworkbench.service.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;

/**
 * The manager-fit score of a candidate for an account, 0–100: the points earned over the points
 * at stake. A need the account does not state is not at stake.
 * <ul>
 * <li>industry (25): the account's industry is among the candidate's expertise areas;</li>
 * <li>languages (25) and expertise (25): the share of the required ones the candidate has;</li>
 * <li>competencies (25, 50 for complexity 4–5): the mean level of the competency profile, 1 → 0 and
 *     5 → all points (a missing competency counts 1);</li>
 * <li>complexity 4–5 also asks for strategic thinking and cross-functional leadership of 4 or more
 *     (25).</li>
 * </ul>
 * Texts are compared without case.
 */
public final class FitScorer {
    static final int WEIGHT = 25;
    static final int COMPLEX = 4;

    private FitScorer() {
    }

    /** The score and reasons of one candidate (workload and availability are the caller's). */
    public static Scored score(Colleague c, Account account, AccountProfile needs) {
        double earned = 0;
        double stake = 0;
        List<FitReason> reasons = new ArrayList<>();
        if (account.industry() != null) {
            stake += WEIGHT;
            boolean knows = has(c.expertise(), account.industry());
            earned += knows ? WEIGHT : 0;
            reasons.add(new FitReason(FitReason.Kind.INDUSTRY, knows, account.industry()));
        }
        double[] part = coverage(FitReason.Kind.LANGUAGES, needs.languages(), c.languages(), reasons);
        earned += part[0];
        stake += part[1];
        part = coverage(FitReason.Kind.EXPERTISE, needs.expertise(), c.expertise(), reasons);
        earned += part[0];
        stake += part[1];
        boolean complex = needs.complexity() != null && needs.complexity() >= COMPLEX;
        int competencyWeight = complex ? 2 * WEIGHT : WEIGHT;
        double mean = mean(c.competencies());
        stake += competencyWeight;
        earned += competencyWeight * (mean - 1) / 4;
        reasons.add(new FitReason(FitReason.Kind.COMPETENCIES, mean >= COMPLEX,
                String.format(Locale.ROOT, "%.1f", mean)));
        if (complex) {
            int strategy = c.competencies().getOrDefault(Competency.STRATEGIC_THINKING, 1);
            int leadership = c.competencies().getOrDefault(Competency.CROSS_FUNCTIONAL_LEADERSHIP, 1);
            boolean ready = strategy >= COMPLEX && leadership >= COMPLEX;
            stake += WEIGHT;
            earned += ready ? WEIGHT : 0;
            reasons.add(new FitReason(FitReason.Kind.COMPLEXITY, ready, strategy + "/" + leadership));
        }
        return new Scored((int) Math.round(100 * earned / stake), reasons);
    }

    /** A score with its reasons. */
    public record Scored(int score, List<FitReason> reasons) {
    }

    private static double[] coverage(FitReason.Kind kind, List<String> required, List<String> held,
                                     List<FitReason> reasons) {
        if (required.isEmpty()) {
            return new double[] {0, 0};
        }
        List<String> met = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            (has(held, r) ? met : missing).add(r);
        }
        if (!met.isEmpty()) {
            reasons.add(new FitReason(kind, true, String.join(", ", met)));
        }
        if (!missing.isEmpty()) {
            reasons.add(new FitReason(kind, false, String.join(", ", missing)));
        }
        return new double[] {WEIGHT * (double) met.size() / required.size(), WEIGHT};
    }

    private static boolean has(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted.strip()));
    }

    private static double mean(Map<Competency, Integer> levels) {
        double sum = 0;
        for (Competency c : Competency.values()) {
            sum += levels.getOrDefault(c, 1);
        }
        return sum / Competency.values().length;
    }
}
