package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import org.kamworkbench.domain.Account;

/**
 * An account whose loss would hurt its group: its share of the group's revenue and the group's
 * HHI and band if it alone were lost (NaN / null when it is the group's only account).
 */
public record LossCandidate(Account account, BigDecimal revenue, double share, double hhiAfterLoss,
                            ConcentrationBand bandAfterLoss) {
}
