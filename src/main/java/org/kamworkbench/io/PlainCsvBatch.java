package org.kamworkbench.io;

import java.util.Arrays;

/**
 * A chunk of a plain CSV file and the records found in it, as the reading thread hands them to the
 * import: each record's trimmed field ranges (the header's width of them, one after the other), its line
 * and where the bytes after it start. Reused from chunk to chunk once the import has moved on.
 */
final class PlainCsvBatch {
    byte[] bytes;
    /** Where {@code bytes[0]} is in the file, and how many bytes of the buffer hold the file. */
    long offset;
    int limit;
    int count;
    int[] starts;
    int[] ends;
    long[] lines;
    /** Where the bytes after each record start in {@link #bytes} (its progress through the file). */
    int[] after;

    /** A batch of {@code length} bytes, with room for the fields of {@code records} records of {@code width}. */
    PlainCsvBatch(int length, int records, int width) {
        bytes = new byte[length];
        lines = new long[records];
        after = new int[records];
        starts = new int[records * width];
        ends = new int[records * width];
    }

    /** Empties the batch for the bytes of the file from {@code offset} on, with room for at least {@code length}. */
    void reset(long offset, int length) {
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        this.offset = offset;
        limit = 0;
        count = 0;
    }

    /** Makes room for the fields of one more record. */
    void ensureRoom(int width) {
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(64, count * 2));
            after = Arrays.copyOf(after, lines.length);
        }
        int fields = (count + 1) * width;
        if (fields > starts.length) {
            int length = Math.max(fields, lines.length * width);
            starts = Arrays.copyOf(starts, length);
            ends = Arrays.copyOf(ends, length);
        }
    }

    /** Keeps the record whose fields were just written at {@code count * width}. */
    void add(long line, int next) {
        lines[count] = line;
        after[count] = next;
        count++;
    }
}
