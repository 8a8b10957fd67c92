package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;

/**
 * Revenue recorded in one original currency during the period.
 *
 * @param originalRevenue net revenue in that currency, exact
 * @param revenue         the same converted into the reporting currency, exact
 * @param share           fraction of the net revenue of all currencies
 * @param growth          nominal growth at actual rates, at constant FX (the period's rates applied
 *                        to the previous period too) and real (the currency's inflation)
 */
public record CurrencyExposure(String currency, BigDecimal originalRevenue, BigDecimal revenue, double share,
                               Growth growth) {
}
