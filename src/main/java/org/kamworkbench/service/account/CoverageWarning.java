package org.kamworkbench.service.account;

import java.util.List;

/**
 * A gap in our coverage of an account's people. {@code code} is stable (JSON, tests);
 * {@code stakeholderIds} are the people it is about (empty for account-wide warnings).
 */
public record CoverageWarning(Code code, String message, List<Long> stakeholderIds) {
    public CoverageWarning {
        stakeholderIds = List.copyOf(stakeholderIds);
    }

    public enum Code { NO_ECONOMIC_BUYER, WEAK_DECISION_MAKER, STALE_CONTACT, SINGLE_THREADED }
}
