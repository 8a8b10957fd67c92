package org.kamworkbench.domain;

import java.math.BigDecimal;

/** Inflation of a year for a scope: an ISO currency code or a region name; percent, e.g. 2.5. */
public record InflationRate(String scope, int year, BigDecimal percent) {
}
