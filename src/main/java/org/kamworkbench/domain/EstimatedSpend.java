package org.kamworkbench.domain;

import java.math.BigDecimal;

/** The client's estimated yearly spend in our category, in {@code currency}: the denominator of share of wallet. */
public record EstimatedSpend(long accountId, BigDecimal amount, String currency) {
}
