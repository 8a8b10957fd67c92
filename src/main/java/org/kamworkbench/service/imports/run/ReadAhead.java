package org.kamworkbench.service.imports.run;

import java.io.IOException;
import java.util.List;
import org.kamworkbench.service.port.ReadAheadQueue;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * Reads a table on a second thread, a batch of rows ahead of the import: splitting a big file into
 * cells and checking the cells' values then run side by side, on two cores. Rows, the end and a
 * read error reach the reader in the file's order, as from the source itself.
 */
final class ReadAhead implements TableSource {
    private static final int BATCH = 2048;
    private static final int BATCHES_AHEAD = 4;

    /** Rows read together, and the progress after them. */
    private record Batch(TableRow[] rows, int size, double progress) {
    }

    private final TableSource source;
    private final ReadAheadQueue<Batch> batches;
    /** For the reading thread: the source has ended, or failed after the rows handed with the last batch. */
    private boolean sourceEnded;
    private Exception sourceFailure;
    private Batch current;
    private int next;
    private double progress;

    ReadAhead(TableSource source) {
        this.source = source;
        this.batches = new ReadAheadQueue<>("table-read-ahead", BATCHES_AHEAD, this::readBatch);
    }

    /**
     * On the reading thread: the next rows (the last batch may hold none: it carries the progress at the
     * end), null after the end; a read error after the rows read before it.
     */
    private Batch readBatch() throws IOException {
        if (sourceFailure instanceof IOException io) {
            throw io;
        }
        if (sourceFailure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (sourceEnded) {
            return null;
        }
        TableRow[] rows = new TableRow[BATCH];
        int size = 0;
        try {
            TableRow row = null;
            while (size < BATCH && (row = source.next()) != null) {
                rows[size++] = row;
            }
            sourceEnded = row == null;
        } catch (IOException | RuntimeException e) {
            if (size == 0) {
                throw e;
            }
            sourceFailure = e; // handed over after the rows read before it
        }
        // an Error (out of memory on a huge cell) goes straight through: the rows read are dropped to free
        // their memory, and the queue hands the taker a sentence instead
        return new Batch(rows, size, source.progress());
    }

    @Override
    public List<String> header() {
        return source.header(); // read when the source opened, before this thread started
    }

    @Override
    public TableRow next() throws IOException {
        while (current == null || next == current.size()) {
            Batch batch = batches.take();
            if (batch == null) {
                return null;
            }
            current = batch;
            next = 0;
            progress = batch.progress();
        }
        return current.rows()[next++];
    }

    @Override
    public double progress() {
        return progress;
    }

    @Override
    public void close() throws IOException {
        batches.close();
        source.close();
    }
}
