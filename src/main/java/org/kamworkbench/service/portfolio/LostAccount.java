package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import org.kamworkbench.domain.Account;

/**
 * An account of a scenario, with what it carries before it is lost.
 *
 * @param revenue       its net revenue in the period (at risk only when positive)
 * @param share         its share of the portfolio's revenue (0 when not positive)
 * @param groupShares   its share of its own region, division and country
 */
public record LostAccount(Account account, BigDecimal revenue, double share, Map<Dimension, GroupShare> groupShares) {
    public LostAccount {
        groupShares = Map.copyOf(groupShares);
    }

    /** The account's share of the revenue of its group {@code key}. */
    public record GroupShare(String key, double share) {
    }
}
