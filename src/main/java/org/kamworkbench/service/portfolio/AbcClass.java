package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;

/**
 * One ABC class of a segment.
 *
 * @param upperBound the class's threshold (fraction): its accounts are those whose preceding accounts make
 *                   less than this (and not less than the previous class's); null for the last class
 */
public record AbcClass(String name, int accounts, BigDecimal revenue, double revenueShare, BigDecimal upperBound) {
}
