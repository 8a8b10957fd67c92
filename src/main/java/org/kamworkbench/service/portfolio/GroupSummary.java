package org.kamworkbench.service.portfolio;

/**
 * One group of a breakdown (e.g. the region EMEA): its own Pareto curve and concentration
 * figures, its share of the portfolio's revenue, and its growth. Dependence on few accounts is
 * {@code metrics().top1Share()} and {@code metrics().top3Share()}.
 *
 * @param revenueShare the group's revenue / the portfolio's (positive-revenue accounts only)
 */
public record GroupSummary(String key, SegmentMetrics metrics, double revenueShare, Growth growth,
                           ParetoCurve curve) {
}
