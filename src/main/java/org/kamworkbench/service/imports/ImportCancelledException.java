package org.kamworkbench.service.imports;

/** The user cancelled; nothing was written. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("Import cancelled; the workspace is unchanged.");
    }
}
