package org.kamworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.ByteRecords;
import org.kamworkbench.service.port.TableFormat;

/**
 * A UTF-8 CSV file read as byte ranges, with no String, char or cell object per field: the way through a
 * big invoice file. It reads only what {@link CsvTableSource} would read to the very same rows: fields
 * without quotes, each record as wide as the header, LF or CRLF line ends, valid UTF-8 (an optional byte
 * order mark skipped); cells trimmed, blank records skipped and an Excel-safe apostrophe dropped as
 * {@link TableRowHandler} does. Anything else stops the read with {@link ByteRecords.NotPlain}, and the
 * file is read the full way, which knows every rule of the format and names what is wrong where.
 */
final class PlainCsvRecords implements ByteRecords {
    private static final int CHUNK = 1 << 20;
    /** A record longer than this is no invoice line: left to the full reader and its limits. */
    private static final int MAX_RECORD = 64 << 20;
    private static final String FORMULA_STARTS = "=+-@";

    private final InputStream in;
    private final long size;
    private final byte delimiter;
    private final ByteRecord record = new ByteRecord();
    private byte[] buffer = new byte[CHUNK];
    /** Valid bytes in the buffer, where the next record starts, and bytes of the file before the buffer. */
    private int limit;
    private int position;
    private long consumedBefore;
    private boolean eof;
    private long line = 1;
    private final int width;

    private PlainCsvRecords(InputStream in, long size, byte delimiter) throws IOException {
        this.in = in;
        this.size = size;
        this.delimiter = delimiter;
        fill();
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        this.width = read() ? record.fields() : 0;
    }

    /** The file's records, when its format lets it be read this way (CSV in UTF-8 or ASCII, an ASCII delimiter). */
    static Optional<ByteRecords> open(Path file, TableFormat format) throws IOException {
        char d = format.delimiter();
        boolean utf8 = StandardCharsets.UTF_8.equals(format.charset()) || StandardCharsets.US_ASCII.equals(format.charset());
        if (format.kind() != TableFormat.Kind.CSV || !utf8 || d == '\0' || d >= 128 || d == '"' || d == '\r'
                || d == '\n') {
            return Optional.empty();
        }
        InputStream in = Files.newInputStream(file);
        try {
            return Optional.of(new PlainCsvRecords(in, Files.size(file), (byte) d));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public ByteRecord next() throws IOException {
        if (!read()) {
            return null;
        }
        if (record.fields() != width) {
            throw new NotPlain("line " + record.line() + " has " + record.fields() + " fields, the header " + width);
        }
        return record;
    }

    /** Reads the next record that is not blank into {@link #record}; false at the end of the file. */
    private boolean read() throws IOException {
        while (true) {
            if (position >= limit) {
                if (eof) {
                    return false;
                }
                fill();
                continue;
            }
            int end = scan(position);
            if (end < 0) { // the record runs past the buffer: make room, read on, scan it again
                fill();
                continue;
            }
            int next = end < limit ? end + 1 : end;
            boolean blank = true;
            for (int f = 0; f < record.fields(); f++) {
                if (record.start(f) != record.end(f)) {
                    blank = false;
                    break;
                }
            }
            position = next;
            line++;
            if (!blank) {
                return true;
            }
        }
    }

    /**
     * Splits the record starting at {@code from} into {@link #record}; returns the index of its line feed
     * (or of the end of the file), or -1 when the buffer ends first.
     */
    private int scan(int from) throws IOException {
        record.begin(line, buffer);
        byte[] b = buffer;
        byte d = delimiter;
        int fieldStart = from;
        boolean ascii = true;
        int i = from;
        for (; i < limit; i++) {
            byte c = b[i];
            if (c == d) {
                addField(fieldStart, i);
                fieldStart = i + 1;
            } else if (c == '\n') {
                break;
            } else if (c == '"') {
                throw new NotPlain("a quoted field at line " + line);
            } else if (c == '\r') {
                if (i + 1 >= limit && !eof) {
                    return -1;
                }
                if (i + 1 >= limit || b[i + 1] != '\n') {
                    throw new NotPlain("a carriage return without a line feed at line " + line);
                }
            } else if (c < 0) {
                ascii = false;
            }
        }
        if (i == limit && !eof) {
            return -1;
        }
        addField(fieldStart, i);
        if (!ascii) {
            requireUtf8(from, i);
        }
        return i;
    }

    private void addField(int start, int end) {
        byte[] b = buffer;
        while (start < end && (b[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (b[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        if (end - start >= 2 && b[start] == '\'' && FORMULA_STARTS.indexOf(b[start + 1]) >= 0) {
            start++;
        }
        record.field(start, end);
    }

    private void requireUtf8(int from, int to) throws NotPlain {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buffer, from, to - from));
        } catch (CharacterCodingException e) {
            throw new NotPlain("bytes that are not UTF-8 at line " + line);
        }
    }

    /** Moves the unread bytes to the front (growing the buffer when one record fills it) and reads more. */
    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            consumedBefore += position;
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_RECORD) {
                throw new NotPlain("a record longer than " + MAX_RECORD + " bytes at line " + line);
            }
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.readNBytes(buffer, limit, buffer.length - limit);
        limit += n;
        if (limit < buffer.length) {
            eof = true;
        }
    }

    @Override
    public double progress() {
        return size == 0 ? 1.0 : Math.min(1.0, (double) (consumedBefore + position) / size);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
