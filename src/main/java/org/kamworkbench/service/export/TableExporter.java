package org.kamworkbench.service.export;

import java.io.IOException;
import java.nio.file.Path;

/** Writes an {@link ExportTable} to a file (implemented in {@code io}). The file is replaced whole or left as it was. */
public interface TableExporter {
    void write(ExportTable table, Path file, ExportFormat format) throws IOException;
}
