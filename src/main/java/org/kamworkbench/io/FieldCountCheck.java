package org.kamworkbench.io;

import org.kamworkbench.service.port.UnreadableFileException;
import org.kamworkbench.service.message.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.service.port.TableRow;

/**
 * Rows whose field count differs from the header's, in a CSV file. The rule:
 * <ul>
 *   <li>A row with more fields than the header is refused at once when a field past the header's
 *       holds a value (an unquoted delimiter shifted the values into the wrong columns); extra fields
 *       that are empty ("a,b,c,," from a spreadsheet) are harmless.</li>
 *   <li>A row with fewer fields is refused at the end of the file when only one or two rows of the
 *       whole file are short: the file has a fixed width and those lines are broken (a line cut off, a
 *       line break inside an unquoted value). With three or more short rows the file leaves out empty
 *       trailing fields, as some tools write it, and the missing fields read as empty.</li>
 *   <li>A short or long row that spans several lines is a quote never closed, or closed in the wrong
 *       place, that swallowed the lines after it: refused at once, naming the line where it opened
 *       (a quoted multi-line value such as a Salesforce address keeps the header's width).</li>
 * </ul>
 */
final class FieldCountCheck {
    /** Short rows that still make a fixed-width file with broken lines; more is a ragged file. */
    static final int MAX_BROKEN_SHORT_ROWS = 2;

    private final Path file;
    private final int width;
    private long shortRows;
    private TableRow firstShort;

    FieldCountCheck(Path file, List<String> header) {
        this.file = file;
        this.width = header.size();
    }

    void check(TableRow row) throws IOException {
        int fields = row.cells().size();
        if (width == 0 || fields == width) {
            return;
        }
        if (spansLines(row)) {
            throw new UnreadableFileException(Sentence.of("file.quoteNotClosed", String.valueOf(file.getFileName()),
                    String.valueOf(row.line()), fields, width));
        }
        if (fields > width) {
            for (int i = width; i < fields; i++) {
                if (!row.cell(i).isEmpty()) {
                    throw new UnreadableFileException(Sentence.of("file.fieldsMore", String.valueOf(file.getFileName()),
                            String.valueOf(row.line()), fields, width, row.cell(i)));
                }
            }
            return;
        }
        if (shortRows++ == 0) {
            firstShort = row;
        }
    }

    /** At the end of the file: one or two short rows in a file of full rows are broken lines. */
    void atEnd() throws IOException {
        if (shortRows > 0 && shortRows <= MAX_BROKEN_SHORT_ROWS) {
            throw new UnreadableFileException(Sentence.of("file.fieldsFewer", String.valueOf(file.getFileName()),
                    String.valueOf(firstShort.line()), firstShort.cells().size(), width, shortRows == 2 ? 1 : 0));
        }
    }

    private static boolean spansLines(TableRow row) {
        for (String cell : row.cells()) {
            if (cell != null && (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0)) {
                return true;
            }
        }
        return false;
    }
}
