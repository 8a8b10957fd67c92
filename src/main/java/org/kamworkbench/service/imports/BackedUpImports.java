package org.kamworkbench.service.imports;

import java.nio.file.Path;
import org.kamworkbench.service.port.ProgressMonitor;

/** Takes an automatic backup of the workspace before each import, so that "Undo last import" can restore it. */
public final class BackedUpImports implements ImportService {
    private final ImportService imports;
    private final Runnable backUp;

    public BackedUpImports(ImportService imports, Runnable backUp) {
        this.imports = imports;
        this.backUp = backUp;
    }

    @Override
    public ImportPreview preview(Path file, ImportKind kind, ImportOptions options) {
        return imports.preview(file, kind, options);
    }

    @Override
    public ImportReport validate(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        return imports.validate(file, kind, options, monitor);
    }

    @Override
    public ImportReport importFile(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        backUp.run();
        return imports.importFile(file, kind, options, monitor);
    }
}
