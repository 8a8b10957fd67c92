package org.kamworkbench.service.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.message.Sentence;

/**
 * What the workspace holds.
 *
 * @param revenueRecords    source revenue records imported (invoice lines or period totals)
 * @param revenueByCurrency net revenue per original currency, exact
 * @param years             the years that hold revenue, ascending
 * @param totalRevenue      all revenue in the reporting currency, or null when a rate is missing
 * @param missingRate       why {@code totalRevenue} is null, else null
 */
public record WorkspaceStatus(
        String reportingCurrency,
        long accounts,
        long revenueRecords,
        Map<String, BigDecimal> revenueByCurrency,
        List<Integer> years,
        BigDecimal totalRevenue,
        Sentence missingRate) {
}
