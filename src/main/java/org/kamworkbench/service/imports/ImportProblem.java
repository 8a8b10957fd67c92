package org.kamworkbench.service.imports;

import java.util.Locale;
import org.kamworkbench.service.message.Sentence;

/**
 * One invalid value or row. {@code line} counts as an editor does (the header is line 1);
 * {@code column} is the source header (null when the problem is the whole row). {@code reason} completes
 * "'value' …" in English; {@code because} is the same from the service bundle, for the user's language.
 */
public record ImportProblem(long line, String column, String value, String reason, Sentence because) {
    public ImportProblem {
        if (because == null) {
            because = Sentence.of(reason);
        }
    }

    /** A problem whose reason is an English sentence only (no translation). */
    public ImportProblem(long line, String column, String value, String reason) {
        this(line, column, value, reason, null);
    }

    /** A problem whose reason comes from the service bundle. */
    public static ImportProblem of(long line, String column, String value, Sentence because) {
        return new ImportProblem(line, column, value, because.toString(), because);
    }

    /** The reason in {@code locale}'s language. */
    public String reason(Locale locale) {
        return because.text(locale);
    }

    /** "Line 1204, column 'Amount': 'abc' is not an amount". */
    public String describe() {
        return describe(Locale.ROOT);
    }

    /** The same in {@code locale}'s language ("Riga 1204, colonna 'Amount': 'abc' non è un importo"). */
    public String describe(Locale locale) {
        return sentence().text(locale);
    }

    /** The whole problem as one sentence: where, the value and why. */
    public Sentence sentence() {
        String at = String.valueOf(line);
        if (column == null) {
            return value == null ? Sentence.of("import.problem.l", at, because)
                    : Sentence.of("import.problem.lv", at, value, because);
        }
        return value == null ? Sentence.of("import.problem.lc", at, column, because)
                : Sentence.of("import.problem.lcv", at, column, value, because);
    }
}
