package org.kamworkbench.service.criteria;

import org.kamworkbench.domain.CriterionSource;

/**
 * Why an account has no level on a criterion: the data its source needs is missing for that
 * account. The UI words each kind in the user's language ("no rating for Cultural fit", "no
 * estimated spend").
 */
public enum MissingData {
    /** A manual criterion nobody rated yet for the account. */
    NO_RATING,
    /** Share of wallet: no estimated spend entered or imported for the client. */
    NO_ESTIMATED_SPEND,
    /** Growth: no revenue the year before (or no inflation rate for real growth). */
    NO_GROWTH,
    /** Client size: no annual revenue in the account data. */
    NO_ANNUAL_REVENUE,
    /** No employee count in the account data. */
    NO_EMPLOYEES,
    /** Our revenue: no revenue value. */
    NO_REVENUE;

    public static MissingData of(CriterionSource source) {
        return switch (source) {
            case MANUAL -> NO_RATING;
            case SHARE_OF_WALLET -> NO_ESTIMATED_SPEND;
            case GROWTH -> NO_GROWTH;
            case ANNUAL_REVENUE -> NO_ANNUAL_REVENUE;
            case EMPLOYEES -> NO_EMPLOYEES;
            case REVENUE -> NO_REVENUE;
        };
    }

    /** True when the accounts can be completed in the rating grid. */
    public boolean rateable() {
        return this == NO_RATING;
    }
}
