package org.kamworkbench.service.port;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kamworkbench.service.message.Sentence;

/**
 * Reads a file on a second thread, a few batches ahead of the one who takes them: reading and checking
 * run side by side, on two cores. The batches, the end and what stopped the read reach {@link #take()} in
 * the order they happened. Whatever the reading thread throws ends the read for the taker: an
 * {@link IOException} or a {@link RuntimeException} as it is, an {@link Error} (an OutOfMemoryError on a
 * huge cell, say) as an {@link UnreadableFileException} with a sentence for the user; the thread never dies
 * silently and leaves the taker waiting. {@link #close()} stops the thread promptly, even while it waits
 * for room.
 *
 * @param <B> a batch of what was read
 */
public final class ReadAheadQueue<B> implements AutoCloseable {
    /** Reads the next batch, on the reading thread. */
    @FunctionalInterface
    public interface Reader<B> {
        /** The next batch, or null at the end of the file. */
        B next() throws IOException;
    }

    /** A batch, or the end of the read (no batch) and what stopped it (null at the end of the file). */
    private record Item<B>(B batch, Exception failure) {
    }

    private final Reader<B> reader;
    private final BlockingQueue<Item<B>> items;
    private final Thread thread;
    private volatile boolean closed;
    /** For the taker: the last item once the read has ended. */
    private Item<B> end;

    /** Starts reading on a daemon thread of that name, at most {@code ahead} batches ahead of the taker. */
    public ReadAheadQueue(String name, int ahead, Reader<B> reader) {
        this.reader = reader;
        this.items = new ArrayBlockingQueue<>(ahead);
        this.thread = new Thread(this::readAll, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll() {
        while (!closed) {
            Item<B> item;
            try {
                B batch = reader.next();
                item = new Item<>(batch, null);
            } catch (IOException | RuntimeException e) {
                item = new Item<>(null, e);
            } catch (Error e) {
                item = new Item<>(null, new UnreadableFileException(tooLarge(e), e));
            }
            hand(item);
            if (item.batch() == null) {
                return;
            }
        }
    }

    /** What the user reads when reading the file ran out of memory or failed deep in the JVM. */
    public static Sentence tooLarge(Error error) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return error instanceof OutOfMemoryError ? Sentence.of("file.tooLargeForMemory", String.valueOf(maxMb))
                : Sentence.of("file.runtimeFailed");
    }

    private void hand(Item<B> item) {
        try {
            while (!closed && !items.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the taker is busy; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // only close() interrupts: the loop ends on closed
        }
    }

    /**
     * The next batch, waiting for it; null at the end of the file, and again on every later call.
     *
     * @throws IOException what stopped the read (again on every later call), or an interrupt while waiting
     */
    public B take() throws IOException {
        Item<B> item = end;
        if (item == null) {
            try {
                item = items.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading", e);
            }
            if (item.batch() != null) {
                return item.batch();
            }
            end = item;
        }
        if (item.failure() instanceof IOException io) {
            throw io;
        }
        if (item.failure() instanceof RuntimeException runtime) {
            throw runtime;
        }
        return null;
    }

    /** Stops the reading thread: it ends within moments, whether it was reading or waiting for room. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
