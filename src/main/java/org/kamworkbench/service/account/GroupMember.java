package org.kamworkbench.service.account;

import java.math.BigDecimal;
import org.kamworkbench.domain.Account;

/** An account of a group with its revenue rolled up (itself and everything below it, all years). */
public record GroupMember(Account account, BigDecimal rolledUpRevenue) {
}
