package org.kamworkbench.service.criteria;

import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * Input that cannot be used (a bad criteria set, ratings file, missing rate...): one sentence per problem,
 * each from the service bundle, so the desktop shows them in the user's language.
 */
public class CriteriaInputException extends RuntimeException implements LocalizedRefusal {
    private final List<Sentence> problems;

    public CriteriaInputException(List<Sentence> problems) {
        super(String.join("\n", problems.stream().map(Sentence::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public CriteriaInputException(String key, Object... args) {
        this(List.of(Sentence.of(key, args)));
    }

    /** The problems, one sentence of the service bundle each. */
    public List<Sentence> sentences() {
        return problems;
    }

    /** The problems in English, one sentence each. */
    public List<String> problems() {
        return problems(Locale.ROOT);
    }

    public List<String> problems(Locale locale) {
        return problems.stream().map(p -> p.text(locale)).toList();
    }

    @Override
    public String message(Locale locale) {
        return String.join("\n", problems(locale));
    }
}
