package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;

/**
 * One ABC class of a segment.
 *
 * @param upperBound the cumulative share (fraction) the class reaches up to; null for the last class
 */
public record AbcClass(String name, int accounts, BigDecimal revenue, double revenueShare, BigDecimal upperBound) {
}
