package org.kamworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.ByteRecords;
import org.kamworkbench.service.port.ReadAheadQueue;
import org.kamworkbench.service.port.TableFormat;

/**
 * A UTF-8 CSV file read as byte ranges, with no String, char or cell object per field: the way through a
 * big invoice file. It reads only what {@link CsvTableSource} would read to the very same rows: fields
 * without quotes, each record as wide as the header, LF or CRLF line ends, valid UTF-8 (an optional byte
 * order mark skipped); cells trimmed, blank records skipped and an Excel-safe apostrophe dropped as
 * {@link TableRowHandler} does. Anything else stops the read with {@link ByteRecords.NotPlain}, and the
 * file is read the full way, which knows every rule of the format and names what is wrong where.
 *
 * <p>The header is read at once; the records after it are read and split on a second thread
 * ({@link PlainCsvScanner}), a few chunks ahead of the import, which takes them one by one through a
 * reused {@link ByteRecord}: reading the file and checking its values run side by side, on two cores.
 */
final class PlainCsvRecords implements ByteRecords {
    /** The name of the reading thread. */
    static final String THREAD = "plain-csv-read-ahead";
    /**
     * Bytes read at a time. Small enough that the few chunks alive at once (read ahead, being read and being
     * split, with their field ranges) add little to the import's memory: the quick-start JVM's 256 MB young
     * generation held a whole medium import (1M lines) without a collection, and still does; with 1 MB
     * chunks (about 20 MB of batches) it collected once, for about 0.1 s.
     */
    private static final int CHUNK = 256 << 10;
    /** Chunks read ahead of the import: with the one it reads and the one being split, about 2 MB at most. */
    private static final int BATCHES_AHEAD = 3;

    private final InputStream in;
    private final long size;
    private final int width;
    private final BlockingQueue<PlainCsvBatch> free = new ArrayBlockingQueue<>(BATCHES_AHEAD + 2);
    private final ReadAheadQueue<PlainCsvBatch> batches;
    private final ByteRecord record = new ByteRecord();
    private PlainCsvBatch current;
    private int next;
    /** Bytes of the file up to the end of the last record handed out; all of them after the end. */
    private long handed;
    private boolean ended;

    PlainCsvRecords(InputStream in, long size, byte delimiter, int chunk) throws IOException {
        this.in = in;
        this.size = size;
        PlainCsvScanner scanner = new PlainCsvScanner(in, delimiter, chunk, free);
        this.width = scanner.readHeader();
        this.handed = scanner.offset();
        this.batches = new ReadAheadQueue<>(THREAD, BATCHES_AHEAD, scanner::next);
    }

    /** The file's records, when its format lets it be read this way (CSV in UTF-8 or ASCII, an ASCII delimiter). */
    static Optional<ByteRecords> open(Path file, TableFormat format) throws IOException {
        return open(file, format, CHUNK);
    }

    /** The same, read in chunks of that many bytes (small ones in tests). */
    static Optional<ByteRecords> open(Path file, TableFormat format, int chunk) throws IOException {
        char d = format.delimiter();
        boolean utf8 = StandardCharsets.UTF_8.equals(format.charset()) || StandardCharsets.US_ASCII.equals(format.charset());
        if (format.kind() != TableFormat.Kind.CSV || !utf8 || d == '\0' || d >= 128 || d == '"' || d == '\r'
                || d == '\n') {
            return Optional.empty();
        }
        InputStream in = Files.newInputStream(file);
        try {
            return Optional.of(new PlainCsvRecords(in, Files.size(file), (byte) d, chunk));
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
        while (current == null || next == current.count) {
            PlainCsvBatch batch = batches.take(); // a NotPlain or a read error found ahead comes out here
            if (current != null) {
                free.offer(current); // the record handed out last pointed into it: the caller has moved on
            }
            current = batch;
            next = 0;
            if (batch == null) {
                ended = true;
                return null;
            }
        }
        PlainCsvBatch b = current;
        int i = next++;
        record.begin(b.lines[i], b.bytes);
        int[] starts = b.starts;
        int[] ends = b.ends;
        for (int f = i * width, last = f + width; f < last; f++) {
            record.field(starts[f], ends[f]);
        }
        handed = b.offset + b.after[i];
        return record;
    }

    @Override
    public double progress() {
        return size == 0 || ended ? 1.0 : Math.min(1.0, (double) handed / size);
    }

    /** Stops the reading thread (even while it waits for room ahead of an import that stopped) and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            batches.close();
        } finally {
            in.close();
        }
    }
}
