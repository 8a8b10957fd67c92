package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Revenue growth against the previous period of the same length, as fractions (0.05 = +5 %).
 * Each figure is empty when it cannot be computed honestly: no previous period in the data,
 * previous revenue not positive, a missing FX rate, or (for {@code real}) a missing inflation rate.
 *
 * @param currentRevenue  net revenue in the period, reporting currency, exact
 * @param previousRevenue net revenue in the previous period at its own rates; null when unavailable
 * @param nominal         current / previous − 1
 * @param atConstantFx    current / (previous converted at the current period's rates) − 1
 * @param real            (1 + nominal) / (1 + inflation) − 1
 */
public record Growth(BigDecimal currentRevenue, BigDecimal previousRevenue, OptionalDouble nominal,
                     OptionalDouble atConstantFx, OptionalDouble real) {

    static Growth of(BigDecimal current, double currentValue, BigDecimal previous, double previousValue,
                     double previousAtConstantFx, double currentDeflated) {
        if (previous == null || !(previousValue > 0)) {
            return new Growth(current, previous, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        return new Growth(current, previous, OptionalDouble.of(currentValue / previousValue - 1),
                previousAtConstantFx > 0 ? OptionalDouble.of(currentValue / previousAtConstantFx - 1)
                        : OptionalDouble.empty(),
                Double.isNaN(currentDeflated) ? OptionalDouble.empty()
                        : OptionalDouble.of(currentDeflated / previousValue - 1));
    }
}
