package org.kamworkbench.service.criteria;

import org.kamworkbench.service.message.Sentence;

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
    public static List<Sentence> problems(CriteriaSet set) {
        List<Sentence> problems = new ArrayList<>();
        if (set.name() == null || set.name().isBlank()) {
            problems.add(Sentence.of("criteria.noSetName"));
        }
        checkSettings(set.quadrantCut(), set.reviewIntervalMonths(), set.keyReviewMonths(), problems);
        checkCount(set.criteria().size(), problems);
        Set<String> names = new HashSet<>();
        double total = 0;
        for (Criterion c : set.criteria()) {
            Sentence label = label(c.name());
            if (c.name() == null || c.name().isBlank()) {
                problems.add(Sentence.of("criteria.noName"));
            } else if (!names.add(c.name().trim().toLowerCase(Locale.ROOT))) {
                problems.add(Sentence.of("criteria.sameName", c.name()));
            }
            if (!(c.weight() > 0) || c.weight() > 100) {
                problems.add(Sentence.of("criteria.weightRange", label, number(c.weight())));
            }
            total += c.weight();
            checkScale(label, c.scale(), problems);
            if (c.anchors().size() > c.scale()) {
                problems.add(Sentence.of("criteria.tooManyAnchors", label, String.valueOf(c.anchors().size()),
                        String.valueOf(c.scale())));
            }
            checkMapping(label, c, problems);
        }
        if (!set.criteria().isEmpty() && Math.abs(total - 100) > WEIGHT_TOLERANCE) {
            problems.add(Sentence.of("criteria.weightSum", number(total)));
        }
        for (Axis axis : Axis.values()) {
            if (!set.criteria().isEmpty() && set.criteria().stream().noneMatch(c -> c.axis() == axis)) {
                problems.add(Sentence.of("criteria.axisEmpty", axis.code()));
            }
        }
        return problems;
    }

    /** Turns a file's draft into a set (version 0, not yet saved), or throws every problem found. */
    public static CriteriaSet toSet(CriteriaDraft draft) {
        List<Sentence> problems = new ArrayList<>();
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
                problems.add(Sentence.of("criteria.weightSum", number(total)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CriteriaInputException(problems);
        }
        return set;
    }

    private static Criterion toCriterion(int position, CriterionDraft d, List<Sentence> problems) {
        Sentence label = d.name() == null || d.name().isBlank()
                ? Sentence.of("criteria.label.position", String.valueOf(position)) : label(d.name());
        int before = problems.size();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(Sentence.of("criteria.labelNoName", label));
        }
        Axis axis = Axis.fromCode(d.axis());
        if (axis == null) {
            problems.add(d.axis() == null ? Sentence.of("criteria.noAxis", label)
                    : Sentence.of("criteria.unknownAxis", label, d.axis()));
        }
        CriterionSource source = d.source() == null ? CriterionSource.MANUAL : CriterionSource.fromCode(d.source());
        if (source == null) {
            problems.add(Sentence.of("criteria.unknownSource", label, d.source(), SOURCES));
        }
        if (d.weight() == null) {
            problems.add(Sentence.of("criteria.noWeight", label));
        }
        boolean quantiles = "quantiles".equalsIgnoreCase(d.levels());
        if (d.levels() != null && !quantiles && !"thresholds".equalsIgnoreCase(d.levels())) {
            problems.add(Sentence.of("criteria.unknownLevels", label, d.levels()));
        }
        GrowthKind growth = GrowthKind.NOMINAL;
        if (d.growth() != null) {
            try {
                growth = GrowthKind.valueOf(d.growth().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Sentence.of("criteria.unknownGrowth", label, d.growth()));
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

    private static void checkSettings(double cut, int reviewMonths, int keyMonths, List<Sentence> problems) {
        if (!(cut > 0 && cut < 100)) {
            problems.add(Sentence.of("criteria.cutRange", number(cut)));
        }
        if (reviewMonths < 1) {
            problems.add(Sentence.of("criteria.reviewInterval"));
        }
        if (keyMonths < 1) {
            problems.add(Sentence.of("criteria.keyReviewMonths"));
        }
    }

    private static void checkCount(int count, List<Sentence> problems) {
        if (count < MIN_CRITERIA || count > MAX_CRITERIA) {
            problems.add(Sentence.of("criteria.count", String.valueOf(MIN_CRITERIA), String.valueOf(MAX_CRITERIA),
                    String.valueOf(count)));
        }
    }

    private static void checkScale(Sentence label, int scale, List<Sentence> problems) {
        if (scale != 5 && scale != 10) {
            problems.add(Sentence.of("criteria.scale", label, String.valueOf(scale)));
        }
    }

    private static void checkMapping(Sentence label, Criterion c, List<Sentence> problems) {
        List<BigDecimal> t = c.thresholds();
        if (c.source().manual()) {
            if (!t.isEmpty() || c.byQuantiles()) {
                problems.add(Sentence.of("criteria.manualWithLevels", label));
            }
            return;
        }
        if (c.byQuantiles()) {
            if (!t.isEmpty()) {
                problems.add(Sentence.of("criteria.levelsBoth", label));
            }
            return;
        }
        if (t.isEmpty()) {
            problems.add(Sentence.of("criteria.noThresholds", label, c.source().code()));
        } else if (t.size() > c.scale() - 1) {
            problems.add(Sentence.of("criteria.tooManyThresholds", label, String.valueOf(t.size()),
                    String.valueOf(c.scale()), String.valueOf(c.scale() - 1)));
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).compareTo(t.get(i - 1)) <= 0) {
                problems.add(Sentence.of("criteria.thresholdsDescend", label, t.get(i).toPlainString(),
                        t.get(i - 1).toPlainString()));
                break;
            }
        }
    }

    private static Sentence label(String name) {
        return Sentence.of("criteria.label.named", name);
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
