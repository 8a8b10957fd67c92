package org.kamworkbench.domain;

import java.util.Objects;

/**
 * What a version is kept for: a kind of thing several people may edit, and its key — an id, or for the
 * things stored by account and criterion (ratings), by account (designations) or by KPI and period (KPI
 * values), those parts joined. An account's own fields and its needs and notes (its profile) are kept apart.
 */
public record VersionKey(Kind kind, String key) {
    /** The kinds of things saved with a version. */
    public enum Kind { PLAN, OBJECTIVE, ACTION, STAKEHOLDER, RATING, DESIGNATION, KPI_VALUE, ACCOUNT, ACCOUNT_PROFILE, INTERACTION }

    public VersionKey {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
    }

    public static VersionKey plan(long id) {
        return new VersionKey(Kind.PLAN, Long.toString(id));
    }

    public static VersionKey objective(long id) {
        return new VersionKey(Kind.OBJECTIVE, Long.toString(id));
    }

    public static VersionKey action(long id) {
        return new VersionKey(Kind.ACTION, Long.toString(id));
    }

    public static VersionKey stakeholder(long id) {
        return new VersionKey(Kind.STAKEHOLDER, Long.toString(id));
    }

    public static VersionKey rating(long accountId, String criterion) {
        return new VersionKey(Kind.RATING, accountId + "/" + criterion);
    }

    public static VersionKey designation(long accountId) {
        return new VersionKey(Kind.DESIGNATION, Long.toString(accountId));
    }

    public static VersionKey kpiValue(long kpiId, KpiPeriod period) {
        return new VersionKey(Kind.KPI_VALUE, kpiId + "/" + period);
    }

    /** An account's own fields (name, owner, country, ...). */
    public static VersionKey account(long accountId) {
        return new VersionKey(Kind.ACCOUNT, Long.toString(accountId));
    }

    /** An account's needs (languages, expertise, complexity) and notes. */
    public static VersionKey accountProfile(long accountId) {
        return new VersionKey(Kind.ACCOUNT_PROFILE, Long.toString(accountId));
    }

    /** A logged meeting (interaction) with a client. */
    public static VersionKey interaction(long id) {
        return new VersionKey(Kind.INTERACTION, Long.toString(id));
    }

    /** The start of the keys of every period's value of KPI {@code kpiId}. */
    public static String kpiValuesOf(long kpiId) {
        return kpiId + "/";
    }
}
