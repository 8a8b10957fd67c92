package org.kamworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import org.kamworkbench.service.port.ByteRecords.NotPlain;

/**
 * Reads a plain CSV file chunk by chunk and splits it into records of trimmed field ranges, for
 * {@link PlainCsvRecords}: the header in the constructor's thread, then a {@link PlainCsvBatch} at a time on
 * the reading thread. A record that runs past the end of a chunk is carried over to the start of the next
 * batch. Whatever is not plain (a quote, a lone carriage return, bytes that are not UTF-8, a record of
 * another width than the header's or longer than {@link #MAX_RECORD}) stops the read with
 * {@link NotPlain}, handed over after the records before it.
 */
final class PlainCsvScanner {
    /** A record longer than this is no invoice line: left to the full reader and its limits. */
    static final int MAX_RECORD = 64 << 20;
    private static final String FORMULA_STARTS = "=+-@";
    private static final int RECORD = 0;
    private static final int END = 1;
    private static final int FULL = 2;

    private final InputStream in;
    private final byte delimiter;
    private final int chunk;
    /** Batches the import has finished with, to fill again. */
    private final BlockingQueue<PlainCsvBatch> free;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** The batch being filled (null once the read has ended), and where its next record starts. */
    private PlainCsvBatch batch;
    private int position;
    private boolean eof;
    private long line = 1;
    /** The header's field count: fields past it are counted, not kept. */
    private int width;
    /** What went wrong after the records of the last batch handed over. */
    private IOException failure;
    /** The record just scanned: its line, its field count, and whether every field is empty. */
    private long recordLine;
    private int fields;
    private boolean blank;
    private int base;

    PlainCsvScanner(InputStream in, byte delimiter, int chunk, BlockingQueue<PlainCsvBatch> free) {
        this.in = in;
        this.delimiter = delimiter;
        this.chunk = chunk;
        this.free = free;
        this.batch = new PlainCsvBatch(chunk, 0, 0);
    }

    /** Reads the header (after a byte order mark): its field count, 0 when the file holds no record. */
    int readHeader() throws IOException {
        refill();
        byte[] b = batch.bytes;
        if (batch.limit >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        width = advance() == RECORD ? fields : 0;
        return width;
    }

    /** Bytes of the file read so far up to the next record (for progress before the first batch). */
    long offset() {
        return batch == null ? 0 : batch.offset + position;
    }

    /**
     * On the reading thread: the next batch of records, null after the end of the file.
     *
     * @throws IOException what stopped the read, once the records before it were handed over
     */
    PlainCsvBatch next() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (batch == null) {
            return null;
        }
        try {
            while (true) {
                int found = advance();
                if (found == RECORD) {
                    if (fields != width) {
                        throw new NotPlain("line " + recordLine + " has " + fields + " fields, the header " + width);
                    }
                    batch.add(recordLine, position);
                } else if (found == FULL) {
                    return handOver();
                } else {
                    PlainCsvBatch last = batch;
                    batch = null;
                    return last.count == 0 ? null : last;
                }
            }
        } catch (IOException e) {
            PlainCsvBatch held = batch;
            batch = null;
            if (held == null || held.count == 0) {
                throw e;
            }
            failure = e;
            return held;
        }
    }

    /** Hands the full batch over and starts the next one with the record that runs past its end. */
    private PlainCsvBatch handOver() {
        PlainCsvBatch full = batch;
        int tail = full.limit - position;
        PlainCsvBatch next = free.poll();
        if (next == null) { // as big as this one grew: the next chunk holds about as many records
            next = new PlainCsvBatch(Math.max(chunk, tail), full.lines.length, width);
        }
        next.reset(full.offset + position, tail);
        System.arraycopy(full.bytes, position, next.bytes, 0, tail);
        next.limit = tail;
        batch = next;
        position = 0;
        return full;
    }

    /**
     * Scans on to the next record that is not blank and moves past it; reads more of the file while the
     * batch holds no record yet. END at the end of the file; FULL when the batch holds records and the
     * next one needs more of the file.
     */
    private int advance() throws IOException {
        while (true) {
            PlainCsvBatch b = batch;
            if (position >= b.limit) {
                if (eof) {
                    return END;
                }
                if (b.count > 0) {
                    return FULL;
                }
                refill();
                continue;
            }
            b.ensureRoom(width);
            int end = scan(position);
            if (end < 0) {
                if (b.count > 0) {
                    return FULL;
                }
                refill();
                continue;
            }
            recordLine = line;
            position = end < b.limit ? end + 1 : end;
            line++;
            if (!blank) {
                return RECORD;
            }
        }
    }

    /**
     * Splits the record starting at {@code from} into trimmed fields; returns the index of its line feed (or
     * of the end of the file), or -1 when the batch's bytes end first.
     */
    private int scan(int from) throws NotPlain {
        byte[] b = batch.bytes;
        int limit = batch.limit;
        byte d = delimiter;
        fields = 0;
        blank = true;
        base = batch.count * width;
        int fieldStart = from;
        boolean ascii = true;
        int i = from;
        for (; i < limit; i++) {
            byte c = b[i];
            if (c == d) {
                addField(b, fieldStart, i);
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
        addField(b, fieldStart, i);
        if (!ascii) {
            requireUtf8(b, from, i);
        }
        return i;
    }

    /** Trims the field as the table reader does, drops an Excel-safe apostrophe, and keeps its range. */
    private void addField(byte[] b, int start, int end) {
        while (start < end && (b[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (b[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        if (end - start >= 2 && b[start] == '\'' && FORMULA_STARTS.indexOf(b[start + 1]) >= 0) {
            start++;
        }
        if (start != end) {
            blank = false;
        }
        if (fields < width) {
            batch.starts[base + fields] = start;
            batch.ends[base + fields] = end;
        }
        fields++;
    }

    private void requireUtf8(byte[] b, int from, int to) throws NotPlain {
        try {
            utf8.decode(ByteBuffer.wrap(b, from, to - from));
        } catch (CharacterCodingException e) {
            throw new NotPlain("bytes that are not UTF-8 at line " + line);
        }
    }

    /**
     * Moves the unread bytes to the front of the batch (growing it when one record fills it) and reads more;
     * only while the batch holds no record yet.
     */
    private void refill() throws IOException {
        PlainCsvBatch b = batch;
        if (position > 0) {
            System.arraycopy(b.bytes, position, b.bytes, 0, b.limit - position);
            b.offset += position;
            b.limit -= position;
            position = 0;
        }
        if (b.limit == b.bytes.length) {
            if (b.bytes.length >= MAX_RECORD) {
                throw new NotPlain("a record longer than " + MAX_RECORD + " bytes at line " + line);
            }
            b.bytes = Arrays.copyOf(b.bytes, b.bytes.length * 2);
        }
        int n = in.readNBytes(b.bytes, b.limit, b.bytes.length - b.limit);
        b.limit += n;
        if (b.limit < b.bytes.length) {
            eof = true;
        }
    }
}
