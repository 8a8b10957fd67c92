package org.kamworkbench.service.imports;

import java.util.Map;
import org.kamworkbench.domain.RevenueMode;

/**
 * What the user chose (or left to detection: null fields are detected).
 *
 * @param preset       accounts only: auto, salesforce, hubspot, zoho or generic (null = auto)
 * @param mapping      source header → field key (e.g. "Kunden-Nr" → "externalId"); overrides the
 *                     preset for those headers; a field key of "" ignores the column
 * @param delimiter    CSV delimiter, null = detect
 * @param decimal      decimal separator '.' or ',', null = detect from the values
 * @param datePattern  java.time pattern such as dd/MM/yyyy, null = detect
 * @param encoding     charset name, null = detect
 * @param sheet        XLSX sheet name, null = the first sheet
 * @param skipInvalid  import the valid rows and report the others, instead of all-or-nothing
 * @param revenueMode  revenue only: what to do with months that already hold revenue
 * @param inverseRates FX only: the file gives units of foreign currency per 1 reporting unit
 * @param currency     revenue only: the ISO 4217 currency of lines that have none (no currency column, or
 *                     an empty cell), before the account's own currency; null = none given
 * @param createAccounts revenue only: a line whose account is unknown creates the account (in the same
 *                     transaction as the revenue) instead of being a problem
 */
public record ImportOptions(
        String preset,
        Map<String, String> mapping,
        Character delimiter,
        Character decimal,
        String datePattern,
        String encoding,
        String sheet,
        boolean skipInvalid,
        RevenueMode revenueMode,
        boolean inverseRates,
        String currency,
        boolean createAccounts) {

    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        revenueMode = revenueMode == null ? RevenueMode.NEW_PERIODS_ONLY : revenueMode;
    }

    /** Without the revenue-only currency and create-accounts choices. */
    public ImportOptions(String preset, Map<String, String> mapping, Character delimiter, Character decimal,
                         String datePattern, String encoding, String sheet, boolean skipInvalid,
                         RevenueMode revenueMode, boolean inverseRates) {
        this(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid, revenueMode, inverseRates,
                null, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, Map.of(), null, null, null, null, null, false, null, false);
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skip,
                revenueMode, inverseRates, currency, createAccounts);
    }

    public ImportOptions withRevenueMode(RevenueMode mode) {
        return new ImportOptions(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid,
                mode, inverseRates, currency, createAccounts);
    }

    public ImportOptions withMapping(Map<String, String> newMapping) {
        return new ImportOptions(preset, newMapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid,
                revenueMode, inverseRates, currency, createAccounts);
    }

    public ImportOptions withCurrency(String code) {
        return new ImportOptions(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid,
                revenueMode, inverseRates, code, createAccounts);
    }

    public ImportOptions withCreateAccounts(boolean create) {
        return new ImportOptions(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid,
                revenueMode, inverseRates, currency, create);
    }
}
