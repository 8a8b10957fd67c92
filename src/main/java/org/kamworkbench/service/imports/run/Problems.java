package org.kamworkbench.service.imports.run;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.message.Sentence;

/** Collects the problems of an import: every one is counted, the first 100 are kept. */
public final class Problems {
    private final List<ImportProblem> first = new ArrayList<>();
    private long count;

    public void add(long line, String column, String value, String reason) {
        add(line, column, value, Sentence.of(reason));
    }

    /** A problem whose reason is a sentence of the service bundle (shown in the user's language). */
    public void add(long line, String column, String value, Sentence because) {
        count++;
        if (first.size() < ImportReport.MAX_PROBLEMS) {
            first.add(ImportProblem.of(line, column, value, because));
        }
    }

    public long count() {
        return count;
    }

    public List<ImportProblem> first() {
        return first;
    }
}
