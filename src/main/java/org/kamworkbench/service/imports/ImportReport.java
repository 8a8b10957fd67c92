package org.kamworkbench.service.imports;

import java.util.List;
import org.kamworkbench.service.fx.MissingRateYears;

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
 * @param accountsCreated revenue with create-accounts: the accounts the file's unknown customers created
 *                     (or would create, for a validation run)
 * @param missingRates revenue: the currencies and years of the file's revenue with no FX rate to the
 *                     reporting currency (a warning: the revenue is imported all the same)
 * @param preset       the CRM preset the columns were read with ("generic" when none)
 * @param columns      each column that was read and its field, in file order
 * @param ignoredColumns the columns no field reads, in file order
 * @param warnings     values imported without their meaning (a country we do not know), each once with its count
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
        List<MissingRateYears> missingRates,
        String preset,
        List<MappedColumn> columns,
        List<String> ignoredColumns,
        List<ImportWarning> warnings) implements ProblemList {

    public static final int MAX_PROBLEMS = 100;

    public ImportReport {
        problems = List.copyOf(problems);
        missingRates = missingRates == null ? List.of() : List.copyOf(missingRates);
        columns = List.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
        warnings = List.copyOf(warnings);
    }

    /** A report before the mapping is attached (see {@link #withMapping}). */
    public ImportReport(ImportKind kind, boolean applied, long rowsRead, long rowsImported, long added, long updated,
                        long unchanged, long problemCount, List<ImportProblem> problems, long accountsCreated,
                        List<MissingRateYears> missingRates) {
        this(kind, applied, rowsRead, rowsImported, added, updated, unchanged, problemCount, problems,
                accountsCreated, missingRates, "generic", List.of(), List.of(), List.of());
    }

    /** A report of an import that creates no accounts and needs no FX rates, before the mapping is attached. */
    public ImportReport(ImportKind kind, boolean applied, long rowsRead, long rowsImported, long added, long updated,
                        long unchanged, long problemCount, List<ImportProblem> problems) {
        this(kind, applied, rowsRead, rowsImported, added, updated, unchanged, problemCount, problems, 0, List.of());
    }

    /** This report, saying how the file's columns were read and what was imported without its meaning. */
    public ImportReport withMapping(String preset, List<MappedColumn> columns, List<String> ignoredColumns,
                                    List<ImportWarning> warnings) {
        return new ImportReport(kind, applied, rowsRead, rowsImported, added, updated, unchanged, problemCount,
                problems, accountsCreated, missingRates, preset, columns, ignoredColumns, warnings);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }
}
