package org.kamworkbench.io;

import org.kamworkbench.service.port.UnreadableFileException;
import org.kamworkbench.service.message.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * One sheet of an XLSX workbook, streamed row by row (fastexcel-reader). The header is the first
 * non-blank row; {@link TableRow#line()} is the spreadsheet's row number.
 */
final class XlsxTableSource implements TableSource {
    /** Cell formats are needed to tell dates from numbers. */
    static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final long lastRow;
    private final List<String> header;
    private long currentRow;
    private boolean finished;

    private XlsxTableSource(Path file, ReadableWorkbook workbook, Sheet sheet) throws IOException {
        this.file = file;
        this.workbook = workbook;
        this.lastRow = XlsxDimension.lastRow(file, sheet.getId());
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
        TableRow first = read();
        this.header = first == null ? List.of() : first.cells();
    }

    /** Opens the sheet named {@code sheetName}, or the first sheet when it is null. */
    static XlsxTableSource open(Path file, String sheetName) throws IOException {
        ReadableWorkbook workbook = openWorkbook(file);
        try {
            return new XlsxTableSource(file, workbook, sheet(file, workbook, sheetName));
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    static ReadableWorkbook openWorkbook(Path file) throws IOException {
        try {
            new ZipExpansionCap().check(file);
        } catch (ZipExpansionCap.TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file.getFileName() + " is a ZIP archive but not an Excel workbook (.xlsx): "
                    + e.getMessage(), e);
        }
        try {
            return new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.getFileName() + " is a ZIP archive but not an Excel workbook (.xlsx): "
                    + e.getMessage(), e);
        }
    }

    static List<String> sheetNames(ReadableWorkbook workbook) {
        return workbook.getSheets().map(Sheet::getName).toList();
    }

    /** The named sheet (exact name first, then ignoring case), or the first one. */
    private static Sheet sheet(Path file, ReadableWorkbook workbook, String name) throws IOException {
        if (name == null || name.isBlank()) {
            return workbook.getSheet(0).orElseThrow(() -> new UnreadableFileException(
                    Sentence.of("file.noSheets", String.valueOf(file.getFileName()))));
        }
        Optional<Sheet> exact = workbook.findSheet(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        return workbook.getSheets().filter(s -> s.getName().equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> new UnreadableFileException(Sentence.of("file.noSuchSheet", name,
                        String.join(", ", sheetNames(workbook)))));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() throws IOException {
        TableRow row = read();
        if (row == null) {
            finished = true;
        }
        return row;
    }

    /** The next row with any non-blank cell; cells as text, trimmed. */
    private TableRow read() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                currentRow = row.getRowNum();
                String[] cells = new String[row.getCellCount()];
                boolean blank = true;
                BitSet numeric = null;
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = ExcelCellText.of(row.getCell(i), workbook.isDate1904()).trim();
                    blank &= cells[i].isEmpty();
                    if (ExcelCellText.isNumber(row.getCell(i))) {
                        numeric = numeric == null ? new BitSet(cells.length) : numeric;
                        numeric.set(i);
                    }
                }
                if (!blank) {
                    return new TableRow(row.getRowNum(), new Cells(cells), numeric);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw new IOException("Cannot read " + file.getFileName() + " after row " + currentRow + ": "
                    + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + file.getFileName() + " after row " + currentRow + ": "
                    + e.getMessage(), e);
        }
    }

    /** Rows read of the rows the sheet declares; unknown (0 until the end) when it declares none. */
    @Override
    public double progress() {
        if (finished) {
            return 1.0;
        }
        return lastRow > 1 ? Math.min(0.99, (double) currentRow / lastRow) : 0.0;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
