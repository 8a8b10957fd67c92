package org.kamworkbench.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.kamworkbench.domain.Account;

/** An account as {@code accounts list --json} prints it; annualRevenue exact, in the account's currency. */
@JsonPropertyOrder({"externalId", "name", "owner", "country", "region", "division", "industry", "type", "currency",
        "annualRevenue", "employees", "parentExternalId", "website"})
record AccountJson(String externalId, String name, String owner, String country, String region, String division,
                   String industry, String type, String currency, BigDecimal annualRevenue, Long employees,
                   String parentExternalId, String website) {

    static AccountJson of(Account a) {
        BigDecimal revenue = a.annualRevenue() == null ? null : a.annualRevenue().stripTrailingZeros();
        return new AccountJson(a.externalId(), a.name(), a.owner(), a.country(), a.region(), a.division(),
                a.industry(), a.type(), a.currency(), revenue, a.employees(), a.parentExternalId(), a.website());
    }
}
