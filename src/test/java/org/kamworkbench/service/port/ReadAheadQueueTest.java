package org.kamworkbench.service.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The reading thread behind both read-aheads: order, the end, failures, Errors and a prompt close. */
class ReadAheadQueueTest {

    @Test
    void givesTheBatchesInOrderThenTheEndOnEveryLaterCall() throws IOException {
        AtomicInteger n = new AtomicInteger();
        try (ReadAheadQueue<Integer> queue = new ReadAheadQueue<>("test-read-ahead", 2,
                () -> n.get() == 1000 ? null : n.incrementAndGet())) {
            for (int i = 1; i <= 1000; i++) {
                assertThat(queue.take()).isEqualTo(i);
            }
            assertThat(queue.take()).isNull();
            assertThat(queue.take()).isNull();
        }
    }

    @Test
    void aFailureComesAfterTheBatchesBeforeItAndStays() throws IOException {
        AtomicInteger n = new AtomicInteger();
        try (ReadAheadQueue<Integer> queue = new ReadAheadQueue<>("test-read-ahead", 2, () -> {
            if (n.get() == 3) {
                throw new UncheckedIOException(new IOException("no more"));
            }
            return n.incrementAndGet();
        })) {
            assertThat(queue.take()).isEqualTo(1);
            assertThat(queue.take()).isEqualTo(2);
            assertThat(queue.take()).isEqualTo(3);
            assertThatThrownBy(queue::take).isInstanceOf(UncheckedIOException.class).hasMessageContaining("no more");
            assertThatThrownBy(queue::take).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void anErrorOnTheReadingThreadReachesTheTakerAsASentence() {
        try (ReadAheadQueue<Integer> queue = new ReadAheadQueue<>("test-read-ahead", 2, () -> {
            throw new StackOverflowError();
        })) {
            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), queue::take))
                    .isInstanceOf(UnreadableFileException.class)
                    .satisfies(e -> assertThat(((UnreadableFileException) e).sentence().key())
                            .isEqualTo("file.runtimeFailed"));
        }
    }

    @Test
    void closingStopsTheReadingThreadWhileItWaitsForRoom() throws InterruptedException {
        AtomicReference<Thread> reading = new AtomicReference<>();
        AtomicInteger n = new AtomicInteger();
        ReadAheadQueue<Integer> queue = new ReadAheadQueue<>("test-read-ahead", 2, () -> {
            reading.set(Thread.currentThread());
            return n.incrementAndGet();
        });
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (reading.get() == null || reading.get().getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(5);
            }
        });
        assertThat(n.get()).as("two batches ahead and the one waiting for room").isEqualTo(3);
        assertTimeoutPreemptively(Duration.ofSeconds(5), queue::close);
        reading.get().join(5000);
        assertThat(reading.get().isAlive()).isFalse();
        assertThat(n.get()).isEqualTo(3);
    }
}
