package org.kamworkbench.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.service.export.TableExporter;

/**
 * Writes export tables as XLSX or CSV. The file is written beside its destination under a
 * temporary name and moved into place when complete: a failed export leaves no half file and an
 * existing file as it was.
 */
public final class FileTableExporter implements TableExporter {

    @Override
    public void write(ExportTable table, Path file, ExportFormat format) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist.");
        }
        // a file like any other the user writes (mode by their umask), not createTempFile's 0600
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (format == ExportFormat.XLSX) {
                    XlsxTableWriter.write(table, out);
                } else {
                    CsvTableWriter.write(table, out, format == ExportFormat.CSV);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
