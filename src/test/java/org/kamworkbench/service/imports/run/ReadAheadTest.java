package org.kamworkbench.service.imports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    /** Rows numbered from line 2; fails instead of giving row {@code failAt} when it is positive. */
    private static class Numbered implements TableSource {
        private final int rows;
        private final int failAt;
        private volatile int given;
        volatile boolean closed;

        Numbered(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public List<String> header() {
            return List.of("n");
        }

        @Override
        public TableRow next() throws IOException {
            if (given + 1 == failAt) {
                throw new IOException("broken at row " + failAt);
            }
            if (given == rows) {
                return null;
            }
            given++;
            return new TableRow(given + 1L, List.of(String.valueOf(given)));
        }

        @Override
        public double progress() {
            return (double) given / rows;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void givesEveryRowInOrderThenTheEndAgainAndAgain() throws IOException {
        try (ReadAhead ahead = new ReadAhead(new Numbered(10_000, 0))) {
            assertThat(ahead.header()).containsExactly("n");
            List<Long> lines = new ArrayList<>();
            TableRow row;
            while ((row = ahead.next()) != null) {
                lines.add(row.line());
            }
            assertThat(lines).hasSize(10_000).startsWith(2L, 3L).endsWith(10_001L);
            assertThat(ahead.next()).isNull();
            assertThat(ahead.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void aReadErrorComesAfterTheRowsBeforeIt() throws IOException {
        try (ReadAhead ahead = new ReadAhead(new Numbered(10_000, 5000))) {
            List<Long> lines = new ArrayList<>();
            assertThatThrownBy(() -> {
                TableRow row;
                while ((row = ahead.next()) != null) {
                    lines.add(row.line());
                }
            }).isInstanceOf(IOException.class).hasMessage("broken at row 5000");
            assertThat(lines).hasSize(4999).endsWith(5000L);
        }
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheSource() throws IOException {
        Numbered source = new Numbered(1_000_000, 0);
        ReadAhead ahead = new ReadAhead(source);
        assertThat(ahead.next().line()).isEqualTo(2L);
        ahead.close();
        assertThat(source.closed).isTrue();
        assertThat(source.given).as("the reader stopped a few batches ahead").isLessThan(1_000_000);
    }

    @Test
    void anErrorInTheReaderThreadEndsTheReadWithAMessageInsteadOfAHang() {
        TableSource exhausted = new Numbered(10, 0) {
            @Override
            public TableRow next() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ReadAhead ahead = new ReadAhead(exhausted);
        // before the fix the reader thread died and next() waited forever: bounded by the test's timeout
        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), ahead::next))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("The file is too large to read:")
                .hasMessageNotContaining("OutOfMemoryError")
                .satisfies(e -> assertThat(((org.kamworkbench.service.message.LocalizedRefusal) e)
                        .message(java.util.Locale.ITALY)).startsWith("Il file è troppo grande da leggere: per leggerlo "
                        + "servono più dei ").endsWith(" MB di memoria che questo processo può usare."));
    }
}
