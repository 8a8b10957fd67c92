package org.kamworkbench.service.imports.run;

import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.TableRow;

/**
 * Streams every row of a table through a {@link RowImport}, reporting progress and honouring
 * cancellation, then writes everything in one go only when the rows allow it: with a problem and
 * skip-invalid off nothing is written.
 */
public final class ImportRunner {
    /** Rows between two looks at the cancel flag (a power of two minus one, used as a mask). */
    private static final int CHECK_MASK = 4095;

    private ImportRunner() {
    }

    public static ImportReport run(ImportKind kind, ImportTable table, RowImport rows, Problems problems,
                                   boolean skipInvalid, boolean write, ProgressMonitor monitor) {
        long read = 0;
        long valid = 0;
        monitor.progress(0, "Reading");
        TableRow row;
        while ((row = table.next()) != null) {
            read++;
            if ((read & CHECK_MASK) == 0) {
                checkCancelled(monitor);
                monitor.progress(table.progress(), "Read " + read + " rows");
            }
            if (rows.accept(row)) {
                valid++;
            }
        }
        checkCancelled(monitor);
        boolean blocked = problems.count() > 0 && !skipInvalid;
        RowImport.Counts counts = rows.plan(!blocked);
        boolean applied = false;
        if (write && !blocked) {
            checkCancelled(monitor);
            monitor.progress(-1, "Writing");
            rows.write();
            applied = true;
        }
        monitor.progress(1, applied ? "Imported" : "Checked");
        return new ImportReport(kind, applied, read, valid, counts.added(), counts.updated(), counts.unchanged(),
                problems.count(), problems.first());
    }

    private static void checkCancelled(ProgressMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
