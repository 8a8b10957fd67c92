package org.kamworkbench.service.criteria;

import java.util.List;

/** Input that cannot be used (a bad criteria set, ratings file, missing rate...): one sentence per problem. */
public class CriteriaInputException extends RuntimeException {
    private final List<String> problems;

    public CriteriaInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public CriteriaInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
