package org.kamworkbench.service.criteria;

import java.util.List;

/** A criteria set as written in a file, before validation; null fields take their defaults. */
public record CriteriaDraft(String name, Double quadrantCut, Integer reviewIntervalMonths, Integer keyReviewMonths,
                            List<CriterionDraft> criteria) {
}
