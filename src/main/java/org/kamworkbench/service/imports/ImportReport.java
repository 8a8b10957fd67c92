package org.kamworkbench.service.imports;

import java.util.List;
import org.kamworkbench.service.fx.MissingRate;

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
 * @param problems     the first 100 problems
 * @param accountsCreated revenue with create-accounts: the accounts the file's unknown customers created
 *                     (or would create, for a validation run)
 * @param missingRates revenue: the currencies and years of the file's revenue with no FX rate to the
 *                     reporting currency (a warning: the revenue is imported all the same)
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
        List<ImportProblem> problems,
        long accountsCreated,
        List<MissingRate> missingRates) {

    public static final int MAX_PROBLEMS = 100;

    public ImportReport {
        problems = List.copyOf(problems);
        missingRates = missingRates == null ? List.of() : List.copyOf(missingRates);
    }

    /** A report of an import that creates no accounts and needs no FX rates. */
    public ImportReport(ImportKind kind, boolean applied, long rowsRead, long rowsImported, long added, long updated,
                        long unchanged, long problemCount, List<ImportProblem> problems) {
        this(kind, applied, rowsRead, rowsImported, added, updated, unchanged, problemCount, problems, 0, List.of());
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }
}
