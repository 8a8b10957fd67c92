package org.kamworkbench.domain;

import java.math.BigDecimal;

/**
 * A client account as the CRM knows it. {@code id} is the workspace's own key (0 before it is
 * stored); {@code externalId} is the CRM's id and the key imports match on. {@code annualRevenue}
 * is the client's own size, in {@code currency}, never our revenue with the client.
 * Country is ISO 3166-1 alpha-2; optional fields are null when unknown.
 */
public record Account(
        long id,
        String externalId,
        String name,
        String owner,
        String country,
        String region,
        String division,
        String industry,
        String type,
        String currency,
        BigDecimal annualRevenue,
        Long employees,
        String parentExternalId,
        String website) {

    /** The region of an account whose country is unknown and whose region nobody gave. */
    public static final String UNASSIGNED_REGION = "Unassigned";

    public Account withId(long newId) {
        return new Account(newId, externalId, name, owner, country, region, division, industry, type,
                currency, annualRevenue, employees, parentExternalId, website);
    }

    /** Same business content, ignoring the workspace id (and scale-only differences of money). */
    public boolean sameContentAs(Account other) {
        return java.util.Objects.equals(externalId, other.externalId)
                && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(owner, other.owner)
                && java.util.Objects.equals(country, other.country)
                && java.util.Objects.equals(region, other.region)
                && java.util.Objects.equals(division, other.division)
                && java.util.Objects.equals(industry, other.industry)
                && java.util.Objects.equals(type, other.type)
                && java.util.Objects.equals(currency, other.currency)
                && sameAmount(annualRevenue, other.annualRevenue)
                && java.util.Objects.equals(employees, other.employees)
                && java.util.Objects.equals(parentExternalId, other.parentExternalId)
                && java.util.Objects.equals(website, other.website);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
