package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;

/**
 * The rules of a criteria set (issue 4 §1), every broken rule as a sentence: 3 to 8 criteria with
 * distinct names, positive weights adding up to 100, a 1–5 or 1–10 scale, at least one criterion per
 * axis, ascending thresholds (at most scale − 1) for data criteria, a cut strictly between 0 and 100.
 */
public final class CriteriaValidator {
    public static final int MIN_CRITERIA = 3;
    public static final int MAX_CRITERIA = 8;
    private static final double WEIGHT_TOLERANCE = 1e-6;
    private static final String SOURCES = "manual, revenue, growth, annualRevenue, employees or shareOfWallet";

    private CriteriaValidator() {
    }

    /** The problems of a set (empty when it can be saved). */
    public static List<String> problems(CriteriaSet set) {
        List<String> problems = new ArrayList<>();
        if (set.name() == null || set.name().isBlank()) {
            problems.add("The criteria set needs a name.");
        }
        checkSettings(set.quadrantCut(), set.reviewIntervalMonths(), set.keyReviewMonths(), problems);
        checkCount(set.criteria().size(), problems);
        Set<String> names = new HashSet<>();
        double total = 0;
        for (Criterion c : set.criteria()) {
            String label = label(c.name());
            if (c.name() == null || c.name().isBlank()) {
                problems.add("Every criterion needs a name.");
            } else if (!names.add(c.name().trim().toLowerCase(Locale.ROOT))) {
                problems.add("Two criteria are named '" + c.name() + "': names must differ.");
            }
            if (!(c.weight() > 0) || c.weight() > 100) {
                problems.add(label + ": the weight " + number(c.weight()) + " must be more than 0 and at most 100.");
            }
            total += c.weight();
            checkScale(label, c.scale(), problems);
            if (c.anchors().size() > c.scale()) {
                problems.add(label + ": " + c.anchors().size() + " anchor texts for a scale of " + c.scale()
                        + " levels.");
            }
            checkMapping(label, c, problems);
        }
        if (!set.criteria().isEmpty() && Math.abs(total - 100) > WEIGHT_TOLERANCE) {
            problems.add("The weights add up to " + number(total) + "; they must add up to 100.");
        }
        for (Axis axis : Axis.values()) {
            if (!set.criteria().isEmpty() && set.criteria().stream().noneMatch(c -> c.axis() == axis)) {
                problems.add("No criterion measures " + axis.code() + ": the matrix needs at least one per axis.");
            }
        }
        return problems;
    }

    /** Turns a file's draft into a set (version 0, not yet saved), or throws every problem found. */
    public static CriteriaSet toSet(CriteriaDraft draft) {
        List<String> problems = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<CriterionDraft> drafts = draft.criteria() == null ? List.of() : draft.criteria();
        for (int i = 0; i < drafts.size(); i++) {
            Criterion c = toCriterion(i + 1, drafts.get(i), problems);
            if (c != null) {
                criteria.add(c);
            }
        }
        CriteriaSet set = new CriteriaSet(draft.name(), 0, null,
                draft.quadrantCut() == null ? CriteriaSet.DEFAULT_CUT : draft.quadrantCut(),
                draft.reviewIntervalMonths() == null ? CriteriaSet.DEFAULT_REVIEW_MONTHS : draft.reviewIntervalMonths(),
                draft.keyReviewMonths() == null ? CriteriaSet.DEFAULT_REVIEW_MONTHS : draft.keyReviewMonths(),
                criteria);
        if (problems.isEmpty()) {
            problems.addAll(problems(set));
        } else {
            // the count and the weights still matter when some criterion could not be read
            checkCount(drafts.size(), problems);
            double total = drafts.stream().mapToDouble(d -> d.weight() == null ? 0 : d.weight()).sum();
            if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
                problems.add("The weights add up to " + number(total) + "; they must add up to 100.");
            }
        }
        if (!problems.isEmpty()) {
            throw new CriteriaInputException(problems);
        }
        return set;
    }

    private static Criterion toCriterion(int position, CriterionDraft d, List<String> problems) {
        String label = d.name() == null || d.name().isBlank() ? "Criterion " + position : label(d.name());
        int before = problems.size();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(label + " has no name.");
        }
        Axis axis = Axis.fromCode(d.axis());
        if (axis == null) {
            problems.add(label + ": " + (d.axis() == null ? "no axis" : "unknown axis '" + d.axis() + "'")
                    + " (use attractiveness or strength).");
        }
        CriterionSource source = d.source() == null ? CriterionSource.MANUAL : CriterionSource.fromCode(d.source());
        if (source == null) {
            problems.add(label + ": unknown source '" + d.source() + "' (use " + SOURCES + ").");
        }
        if (d.weight() == null) {
            problems.add(label + " has no weight.");
        }
        boolean quantiles = "quantiles".equalsIgnoreCase(d.levels());
        if (d.levels() != null && !quantiles && !"thresholds".equalsIgnoreCase(d.levels())) {
            problems.add(label + ": unknown levels '" + d.levels() + "' (use thresholds or quantiles).");
        }
        GrowthKind growth = GrowthKind.NOMINAL;
        if (d.growth() != null) {
            try {
                growth = GrowthKind.valueOf(d.growth().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": unknown growth '" + d.growth() + "' (use nominal or real).");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        int scale = d.scale() == null ? Criterion.DEFAULT_SCALE : d.scale();
        List<String> anchors = new ArrayList<>(d.anchors() == null ? List.of() : d.anchors());
        while (anchors.size() < scale) {
            anchors.add("");
        }
        return new Criterion(d.name().trim(), d.description(), axis, d.weight(), scale, anchors, source,
                d.thresholds() == null ? List.of() : d.thresholds(), quantiles, growth);
    }

    private static void checkSettings(double cut, int reviewMonths, int keyMonths, List<String> problems) {
        if (!(cut > 0 && cut < 100)) {
            problems.add("The quadrant cut " + number(cut) + " must lie between 0 and 100.");
        }
        if (reviewMonths < 1) {
            problems.add("The review interval must be at least 1 month.");
        }
        if (keyMonths < 1) {
            problems.add("The review alert needs at least 1 month as key account.");
        }
    }

    private static void checkCount(int count, List<String> problems) {
        if (count < MIN_CRITERIA || count > MAX_CRITERIA) {
            problems.add("A criteria set needs " + MIN_CRITERIA + " to " + MAX_CRITERIA + " criteria; this one has "
                    + count + ".");
        }
    }

    private static void checkScale(String label, int scale, List<String> problems) {
        if (scale != 5 && scale != 10) {
            problems.add(label + ": the scale " + scale + " is not supported (use 5 or 10 levels).");
        }
    }

    private static void checkMapping(String label, Criterion c, List<String> problems) {
        List<BigDecimal> t = c.thresholds();
        if (c.source().manual()) {
            if (!t.isEmpty() || c.byQuantiles()) {
                problems.add(label + ": a manual criterion is rated by people; thresholds and quantiles apply to "
                        + "data criteria only.");
            }
            return;
        }
        if (c.byQuantiles()) {
            if (!t.isEmpty()) {
                problems.add(label + ": use either thresholds or quantiles, not both.");
            }
            return;
        }
        if (t.isEmpty()) {
            problems.add(label + ": a " + c.source().code() + " criterion needs ascending thresholds (or quantiles).");
        } else if (t.size() > c.scale() - 1) {
            problems.add(label + ": " + t.size() + " thresholds for a scale of " + c.scale() + " levels (at most "
                    + (c.scale() - 1) + ").");
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).compareTo(t.get(i - 1)) <= 0) {
                problems.add(label + ": the thresholds must ascend, but " + t.get(i).toPlainString()
                        + " follows " + t.get(i - 1).toPlainString() + ".");
                break;
            }
        }
    }

    private static String label(String name) {
        return "Criterion '" + name + "'";
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
