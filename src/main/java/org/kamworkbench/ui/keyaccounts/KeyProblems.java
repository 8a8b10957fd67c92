package org.kamworkbench.ui.keyaccounts;

import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/** The key-account screens' failures as sentences: the service's input problems one per line. */
final class KeyProblems {
    private KeyProblems() {
    }

    static String sentence(Throwable failure, Texts texts) {
        return Problems.sentence(failure, texts);
    }
}
