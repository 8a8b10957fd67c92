package org.kamworkbench.service.imports;

import java.util.List;

/**
 * The outcome of an import (or of a validation run, then {@code applied} is false).
 *
 * @param applied      whether anything was written (false when any row is invalid and
 *                     skip-invalid is off, or for a dry run)
 * @param rowsRead     data records read
 * @param rowsImported valid records that were (or would be) imported
 * @param added        new records in the workspace (accounts, rates; for revenue: cells)
 * @param updated      existing records that changed
 * @param unchanged    existing records the file held identical
 * @param problemCount all problems found
 * @param problems     the first 100 problems ({@link ProblemList#isProblemsTruncated()} says when cut)
 */
public record ImportReport(
        ImportKind kind,
        boolean applied,
        long rowsRead,
        long rowsImported,
        long added,
        long updated,
        long unchanged,
        long problemCount,
        List<ImportProblem> problems) implements ProblemList {

    public static final int MAX_PROBLEMS = 100;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }
}
