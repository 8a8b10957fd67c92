package org.kamworkbench.service.imports.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;
import org.kamworkbench.service.port.UnreadableFileException;

/**
 * Reads a table on a second thread, a batch of rows ahead of the import: splitting a big file into
 * cells and checking the cells' values then run side by side, on two cores. Rows, the end and a
 * read error reach the reader in the file's order, as from the source itself.
 */
final class ReadAhead implements TableSource {
    private static final int BATCH = 2048;
    private static final int BATCHES_AHEAD = 4;

    /** Rows read together, the progress after them, and what ended the read (null while it goes on). */
    private record Batch(TableRow[] rows, int size, double progress, boolean end, Exception failure) {
    }

    private final TableSource source;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int next;
    private double progress;

    ReadAhead(TableSource source) {
        this.source = source;
        this.reader = new Thread(this::readAll, "table-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        boolean end = false;
        while (!closed && !end) {
            TableRow[] rows = new TableRow[BATCH];
            int size = 0;
            Exception failure = null;
            try {
                TableRow row = null;
                while (size < BATCH && (row = source.next()) != null) {
                    rows[size++] = row;
                }
                end = row == null;
            } catch (IOException | RuntimeException e) {
                failure = e; // handed over after the rows read before it
                end = true;
            } catch (Error e) {
                // an OutOfMemoryError on a huge cell, say: this thread must not die silently and leave
                // the import waiting for rows forever; the rows read are dropped to free their memory
                rows = new TableRow[0];
                size = 0;
                failure = new UnreadableFileException(tooLarge(e), e);
                end = true;
            }
            hand(new Batch(rows, size, source.progress(), end, failure));
        }
    }

    /** What the user reads when reading the file ran out of memory or failed deep in the JVM. */
    static Sentence tooLarge(Error error) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return error instanceof OutOfMemoryError ? Sentence.of("file.tooLargeForMemory", String.valueOf(maxMb))
                : Sentence.of("file.runtimeFailed");
    }

    private void hand(Batch batch) {
        try {
            while (!closed && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the import is busy; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<String> header() {
        return source.header(); // read when the source opened, before this thread started
    }

    @Override
    public TableRow next() throws IOException {
        while (current == null || next == current.size()) {
            if (current != null && current.end()) {
                if (current.failure() instanceof IOException io) {
                    throw io;
                }
                if (current.failure() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                return null;
            }
            try {
                current = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading", e);
            }
            next = 0;
            progress = current.progress();
        }
        return current.rows()[next++];
    }

    @Override
    public double progress() {
        return progress;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
