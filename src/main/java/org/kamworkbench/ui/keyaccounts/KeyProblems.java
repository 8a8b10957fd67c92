package org.kamworkbench.ui.keyaccounts;

import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/** The key-account screens' failures as sentences: the service's input problems one per line. */
final class KeyProblems {
    private KeyProblems() {
    }

    static String sentence(Throwable failure, Texts texts) {
        if (failure instanceof CriteriaInputException e) {
            return String.join("\n", e.problems());
        }
        if (failure instanceof PortfolioInputException) {
            return failure.getMessage();
        }
        return Problems.sentence(failure, texts);
    }
}
