package org.kamworkbench.service.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a table is exported to. */
public enum ExportFormat {
    XLSX("xlsx"),
    /** CSV for a spreadsheet: UTF-8 with a byte-order mark, text that looks like a formula neutralised. */
    CSV("csv"),
    /**
     * CSV for a CRM's import tool: UTF-8 without a byte-order mark (which would become part of the first
     * column's name) and values as they are, since the tool stores them verbatim.
     */
    CRM_CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, if it names one. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : new ExportFormat[] {XLSX, CSV}) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code file}, with this format's extension added when it has none of its own. */
    public Path withExtension(Path file) {
        return ofFile(file).isPresent() ? file : file.resolveSibling(file.getFileName() + "." + extension);
    }
}
