package org.kamworkbench.service.imports.mapping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.PeriodParser;
import org.kamworkbench.service.imports.parse.Text;

/**
 * Fields a header names by its shape rather than by a known word: a wide-form revenue year ("FY2024") or an
 * exchange rate to a currency ("rate_to_EUR", "EUR per unit").
 */
final class HeaderPatterns {
    private static final Pattern RATE_TO = Pattern.compile("(?:rateto|ratein|rate|in)([a-z]{3})|([a-z]{3})per(?:1)?unit");
    private static final Set<String> WIDE_WORDS = Set.of("fy", "revenue", "revenues", "sales", "net", "netsales",
            "turnover", "amount", "total", "actual", "actuals", "umsatz", "betrag", "ist", "gj", "fatturato",
            "ricavi", "vendite", "importo", "esercizio", "es", "chiffre", "d", "affaires", "ca", "ventes", "montant",
            "exercice", "year", "jahr", "anno", "annee");

    private HeaderPatterns() {
    }

    /**
     * The field a header's shape names, or null.
     *
     * @param key               the header's {@link Text#key}
     * @param reportingCurrency the workspace's, or null to accept a rate to any currency
     * @throws ImportInputException for rates to a currency other than the reporting one
     */
    static String field(ImportKind kind, String header, String key, String reportingCurrency) {
        if (kind == ImportKind.REVENUE) {
            int year = wideYear(header);
            return year > 0 ? Fields.AMOUNT_OF_YEAR + year : null;
        }
        if (kind == ImportKind.FX) {
            Matcher m = RATE_TO.matcher(key);
            if (m.matches()) {
                String code = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
                if (!Currencies.isCode(code)) {
                    return null;
                }
                if (reportingCurrency != null && !code.equals(reportingCurrency)) {
                    throw new ImportInputException("import.ratesToOther", header, code, reportingCurrency);
                }
                return Fields.RATE;
            }
        }
        return null;
    }

    /** The year of a wide-form header ("2023", "FY2024", "FY 2024", "2024 revenue", "Umsatz 2024"), or -1. */
    static int wideYear(String header) {
        String[] tokens = Text.strip(header).split("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
        int year = -1;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            int y = t.length() == 4 ? PeriodParser.year(t) : -1;
            if (y > 0) {
                if (year > 0) {
                    return -1;
                }
                year = y;
            } else if (!WIDE_WORDS.contains(Text.key(t))) {
                return -1;
            }
        }
        return year;
    }
}
