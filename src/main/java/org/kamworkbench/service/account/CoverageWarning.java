package org.kamworkbench.service.account;

import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.message.Sentence;

/**
 * A gap in our coverage of an account's people. {@code code} is stable (JSON, tests);
 * {@code stakeholderIds} are the people it is about (empty for account-wide warnings); {@code sentence} says it,
 * from the service bundle, in the reader's language (reports in Italian) or in English ({@link #message()}).
 */
public record CoverageWarning(Code code, Sentence sentence, List<Long> stakeholderIds) {
    public CoverageWarning {
        stakeholderIds = List.copyOf(stakeholderIds);
    }

    /** The warning in English (the command line, JSON). */
    public String message() {
        return sentence.toString();
    }

    public String message(Locale locale) {
        return sentence.text(locale);
    }

    public enum Code { NO_ECONOMIC_BUYER, WEAK_DECISION_MAKER, STALE_CONTACT, SINGLE_THREADED }
}
