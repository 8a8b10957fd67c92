package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AnalysedPeriod;

/**
 * "Strategic, not growing — review the plan or the criteria": an account designated key since
 * {@code keySince}, whose real revenue growth over {@code span} (against the same number of months
 * before) is {@code realGrowth} ≤ 0 (a fraction), while {@code hours} / {@code budget} were spent on it.
 */
public record ReviewAlert(Account account, LocalDate keySince, long monthsAsKey, AnalysedPeriod span,
                          double realGrowth, BigDecimal hours, BigDecimal budget) {
}
