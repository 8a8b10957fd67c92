package org.kamworkbench.service.imports;

import java.util.Locale;
import org.kamworkbench.service.message.Sentence;

/**
 * A value that was imported without its meaning (e.g. a country we do not know: the account is imported with no
 * country). Listed once per column and value, with how many rows held it; the reason is a sentence of the service
 * bundle completing "'value' …", so the desktop shows it in the user's language.
 */
public record ImportWarning(String column, String value, long count, Sentence because) {
    /** The reason in English (the command line). */
    public String reason() {
        return because.toString();
    }

    /** The reason in {@code locale}'s language. */
    public String reason(Locale locale) {
        return because.text(locale);
    }

    /** "Column 'BillingCountry': 'Unspecified' (3 rows) is not a country — imported with no country". */
    public String describe() {
        return "Column '" + column + "': '" + value + "' (" + count + (count == 1 ? " row" : " rows") + ") " + reason();
    }
}
