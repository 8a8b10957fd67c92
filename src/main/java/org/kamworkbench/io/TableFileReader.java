package org.kamworkbench.io;

import org.kamworkbench.service.port.UnreadableFileException;
import org.kamworkbench.service.message.Sentence;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableSource;

/** Reads CSV (FastCSV) and XLSX (fastexcel-reader) files as table sources. */
public final class TableFileReader implements TableFiles {
    @Override
    public TableFormat detect(Path file, TableFormat overrides) throws IOException {
        TableFormat detected = switch (FileSignature.of(file)) {
            case ZIP -> TableFormat.xlsx(firstSheet(file));
            case OLE2 -> throw new UnreadableFileException(Sentence.of("file.oldExcel",
                    String.valueOf(file.getFileName())));
            case TEXT -> CsvSniffer.detect(file);
        };
        return overrides == null ? detected : override(detected, overrides);
    }

    /** The user's choices win over what was detected; the kind and the byte order mark are facts. */
    private static TableFormat override(TableFormat detected, TableFormat overrides) {
        Charset charset = overrides.charset() != null ? overrides.charset() : detected.charset();
        char delimiter = overrides.delimiter() != '\0' ? overrides.delimiter() : detected.delimiter();
        String sheet = overrides.sheet() != null ? overrides.sheet() : detected.sheet();
        if (detected.kind() == TableFormat.Kind.XLSX) {
            return TableFormat.xlsx(sheet);
        }
        return TableFormat.csv(charset, detected.bom(), delimiter);
    }

    @Override
    public TableSource open(Path file, TableFormat format) throws IOException {
        TableFormat complete = format == null || format.kind() == null
                || format.kind() == TableFormat.Kind.CSV && (format.charset() == null || format.delimiter() == '\0')
                ? detect(file, format) : format;
        if (complete.kind() == TableFormat.Kind.XLSX) {
            return XlsxTableSource.open(file, complete.sheet());
        }
        return CsvTableSource.open(file, complete);
    }

    @Override
    public java.util.Optional<org.kamworkbench.service.port.ByteRecords> openRecords(Path file, TableFormat format)
            throws IOException {
        return PlainCsvRecords.open(file, format);
    }

    @Override
    public List<String> sheetNames(Path file) throws IOException {
        if (FileSignature.of(file) != FileSignature.ZIP) {
            return List.of();
        }
        try (ReadableWorkbook workbook = XlsxTableSource.openWorkbook(file)) {
            return XlsxTableSource.sheetNames(workbook);
        }
    }

    private String firstSheet(Path file) throws IOException {
        List<String> sheets = sheetNames(file);
        if (sheets.isEmpty()) {
            throw new UnreadableFileException(Sentence.of("file.noSheets", String.valueOf(file.getFileName())));
        }
        return sheets.get(0);
    }
}
