package org.kamworkbench.service.portfolio;

import java.util.Objects;

/**
 * What to analyse: a period, optionally a dimension to break down by (null for none), and the
 * ABC thresholds (default 80/15/5).
 */
public record AnalysisRequest(PeriodSpec period, Dimension dimension, AbcThresholds thresholds) {
    public AnalysisRequest {
        Objects.requireNonNull(period, "period");
        thresholds = thresholds == null ? AbcThresholds.DEFAULT : thresholds;
    }

    public static AnalysisRequest of(PeriodSpec period) {
        return new AnalysisRequest(period, null, AbcThresholds.DEFAULT);
    }

    public AnalysisRequest by(Dimension breakdown) {
        return new AnalysisRequest(period, breakdown, thresholds);
    }

    public AnalysisRequest withThresholds(AbcThresholds abc) {
        return new AnalysisRequest(period, dimension, abc);
    }
}
