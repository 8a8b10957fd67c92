package org.kamworkbench.domain;

/**
 * Where a criterion's level comes from: a rating people enter ({@link #MANUAL}), or a value taken
 * from the workspace's data and mapped to a level by thresholds or quantiles.
 */
public enum CriterionSource {
    MANUAL("manual"),
    /** Our revenue with the account in the scoring year, reporting currency. */
    REVENUE("revenue"),
    /** Our revenue growth (nominal or real) in the scoring year against the year before, in percent. */
    GROWTH("growth"),
    /** The client's own size, converted into the reporting currency at the scoring year's rate. */
    ANNUAL_REVENUE("annualRevenue"),
    EMPLOYEES("employees"),
    /** Our revenue ÷ the client's estimated spend, in percent. */
    SHARE_OF_WALLET("shareOfWallet");

    private final String code;

    CriterionSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean manual() {
        return this == MANUAL;
    }

    /** The source with this file name (case-insensitive), or null. */
    public static CriterionSource fromCode(String code) {
        for (CriterionSource s : values()) {
            if (s.code.equalsIgnoreCase(code)) {
                return s;
            }
        }
        return null;
    }
}
