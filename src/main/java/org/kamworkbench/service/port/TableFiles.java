package org.kamworkbench.service.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens CSV and XLSX files as {@link TableSource}s (implemented in {@code io}). */
public interface TableFiles {
    /**
     * Detects how to read the file: XLSX by content; for CSV the charset (UTF-8 with or without
     * BOM, else Windows-1252) and the delimiter (, ; tab |). Fields of {@code overrides} that are
     * non-null win (charset, delimiter, sheet); pass null for pure detection.
     */
    TableFormat detect(Path file, TableFormat overrides) throws IOException;

    TableSource open(Path file, TableFormat format) throws IOException;

    /**
     * The file as {@link ByteRecords}, when it is a CSV file in UTF-8 that can be read that way; empty
     * otherwise (XLSX, another charset), and by default.
     */
    default java.util.Optional<ByteRecords> openRecords(Path file, TableFormat format) throws IOException {
        return java.util.Optional.empty();
    }

    /** Sheet names of an XLSX file, in workbook order; empty for CSV. */
    List<String> sheetNames(Path file) throws IOException;
}
