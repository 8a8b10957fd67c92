package org.kamworkbench.io.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.export.ExportTable;

/**
 * A table as CSV: UTF-8, comma separated, CRLF, RFC 4180 quoting; the header row first. For a
 * spreadsheet ({@code forExcel}) with a byte-order mark (so that Excel reads accents right) and text
 * that looks like a formula neutralised; for an import tool plain.
 */
final class CsvTableWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTableWriter() {
    }

    static void write(ExportTable table, OutputStream out, boolean forExcel) throws IOException {
        if (forExcel) {
            out.write(BOM);
        }
        CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.CRLF)
                .build(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        table.columns().forEach(c -> header.add(forExcel ? CsvCells.neutralised(c.header()) : c.header()));
        csv.writeRecord(header);
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(CsvCells.of(table.columns().get(i), row.get(i), forExcel));
            }
            csv.writeRecord(cells);
        }
        csv.flush();
    }
}
