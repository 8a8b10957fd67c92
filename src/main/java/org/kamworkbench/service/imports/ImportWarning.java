package org.kamworkbench.service.imports;

/**
 * A value that was imported without its meaning (e.g. a country we do not know: the account is imported with no
 * country). Listed once per column and value, with how many rows held it.
 */
public record ImportWarning(String column, String value, long count, String reason) {
    /** "Column 'BillingCountry': 'Unspecified' (3 rows) is not a country — imported with no country". */
    public String describe() {
        return "Column '" + column + "': '" + value + "' (" + count + (count == 1 ? " row" : " rows") + ") " + reason;
    }
}
