package org.kamworkbench.service.imports.run;

import java.util.List;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.TableRow;

/** The part of an import that knows one kind of file: reads rows, then plans and writes them. */
public interface RowImport {
    /** Reads one row, reporting its problems; true when the row is valid and will be imported. */
    boolean accept(TableRow row);

    /** Whether this import reads rows faster from their bytes ({@link #acceptBytes}) when the file allows it. */
    default boolean readsBytes() {
        return false;
    }

    /** Reads one row of a plain UTF-8 CSV file from its bytes; the same outcome as {@link #accept} of its row. */
    default boolean acceptBytes(ByteRecord record) {
        return accept(record.toRow());
    }

    /**
     * Works out what writing the valid rows would do, after the last row.
     *
     * @param writable true when the rows will be (or, for a validation, could be) written: checks that
     *               only matter then, such as revenue landing in months that already hold revenue,
     *               run only in that case
     */
    Counts plan(boolean writable);

    /** Writes what {@link #plan} worked out, in one transaction. */
    void write();

    /**
     * The counts of what {@link #write} really did, from those {@link #plan} worked out: they differ when the
     * writer, re-reading inside the write lock, found another writer's changes (an account this file adds that
     * another import stored meanwhile is updated, or left unchanged).
     */
    default Counts written(Counts planned) {
        return planned;
    }

    /** Accounts that writing creates (revenue with create-accounts), known after {@link #plan}. */
    default long accountsCreated() {
        return 0;
    }

    /** Currencies and years of the planned rows that have no FX rate, known after {@link #plan}. */
    default List<MissingRateYears> missingRates() {
        return List.of();
    }

    /** Added, updated and unchanged records (accounts, rates; revenue cells). */
    record Counts(long added, long updated, long unchanged) {
    }
}
