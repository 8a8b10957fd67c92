package org.kamworkbench.service.port;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record of a plain UTF-8 CSV file (no field in quotes) as byte ranges of the file's text, for an
 * import that reads its values straight from the bytes. Each field's range is trimmed and an Excel-safe
 * apostrophe dropped, exactly as the table reader does for a {@link TableRow}; {@link #toRow()} is the
 * row that reader gives, for everything the byte path leaves to the full one. The reader reuses one
 * record from line to line: read what you need before asking for the next.
 */
public final class ByteRecord {
    private byte[] bytes;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;
    private long line;

    /** Starts a new record (for the reader): its first line and the buffer holding it. */
    public void begin(long line, byte[] bytes) {
        this.line = line;
        this.bytes = bytes;
        this.fields = 0;
    }

    /** Adds the next field's range, already trimmed (for the reader). */
    public void field(int start, int end) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = end;
        fields++;
    }

    /** The line where the record starts (the header is line 1). */
    public long line() {
        return line;
    }

    public int fields() {
        return fields;
    }

    /** The buffer the ranges point into. */
    public byte[] bytes() {
        return bytes;
    }

    /** Where the field starts in {@link #bytes()}; a missing field (past the end, or -1: no column) is empty. */
    public int start(int field) {
        return field >= 0 && field < fields ? starts[field] : 0;
    }

    public int end(int field) {
        return field >= 0 && field < fields ? ends[field] : 0;
    }

    /** Whether the field's bytes are all ASCII (then each byte is one character). */
    public boolean isAscii(int field) {
        for (int i = start(field), end = end(field); i < end; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The field as text, "" when empty or missing. */
    public String text(int field) {
        int start = start(field);
        int end = end(field);
        return start == end ? "" : new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** The same record as the table reader gives it. */
    public TableRow toRow() {
        String[] cells = new String[fields];
        for (int i = 0; i < fields; i++) {
            cells[i] = text(i);
        }
        return new TableRow(line, Arrays.asList(cells));
    }
}
