package org.kamworkbench.service.imports.run;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;

/** Collects the problems of an import: every one is counted, the first 100 are kept. */
public final class Problems {
    private final List<ImportProblem> first = new ArrayList<>();
    private long count;

    public void add(long line, String column, String value, String reason) {
        count++;
        if (first.size() < ImportReport.MAX_PROBLEMS) {
            first.add(new ImportProblem(line, column, value, reason));
        }
    }

    public long count() {
        return count;
    }

    public List<ImportProblem> first() {
        return first;
    }
}
