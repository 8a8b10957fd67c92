package org.kamworkbench.service.imports;

import java.nio.file.Path;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * Imports accounts, revenue, FX and inflation files into the workspace. Each import is one
 * transaction: with any invalid row (and skip-invalid off) nothing changes and the report lists
 * the problems; a cancelled import ({@link ImportCancelledException}) leaves nothing behind.
 * Input that cannot be imported at all raises {@link ImportInputException} with a user sentence.
 */
public interface ImportService {
    /** Detects format, preset and mapping, and reads the first rows. */
    ImportPreview preview(Path file, ImportKind kind, ImportOptions options);

    /** Reads and checks the whole file without writing: the validation report. */
    ImportReport validate(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor);

    /** Imports the file (one transaction). */
    ImportReport importFile(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor);
}
