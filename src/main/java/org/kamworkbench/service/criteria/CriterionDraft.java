package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion as written in a file, before validation: every field may be missing (null) or wrong.
 * {@code levels} is "thresholds" (the default) or "quantiles"; {@code growth} "nominal" (default) or "real".
 */
public record CriterionDraft(String name, String description, String axis, Double weight, Integer scale,
                             String source, List<BigDecimal> thresholds, String levels, String growth,
                             List<String> anchors) {
}
