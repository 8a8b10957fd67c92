package org.kamworkbench.service.kpi;

import java.util.List;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ProblemList;

/**
 * The outcome of a KPI import: nothing is written when any row has a problem.
 *
 * @param kpisCreated manual KPIs defined because the file named them (with --create)
 * @param added       periods that had no entry before
 * @param updated     periods whose entry changed
 * @param unchanged   periods the file held identical
 */
public record KpiImportReport(boolean applied, long rowsRead, long kpisCreated, long added, long updated,
                              long unchanged, long problemCount, List<ImportProblem> problems)
        implements ProblemList {
    public KpiImportReport {
        problems = List.copyOf(problems);
    }
}
