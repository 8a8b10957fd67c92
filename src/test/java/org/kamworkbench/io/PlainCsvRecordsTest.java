package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.ByteRecords;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;
import org.kamworkbench.service.port.UnreadableFileException;

/** The byte reader gives exactly the rows of the full CSV reader, or declines the file. */
class PlainCsvRecordsTest {
    private final TableFileReader reader = new TableFileReader();

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<TableRow> fullRows(Path file) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (TableSource source = reader.open(file, reader.detect(file, null))) {
            for (TableRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<TableRow> byteRows(Path file) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (ByteRecords records = reader.openRecords(file, reader.detect(file, null)).orElseThrow()) {
            for (ByteRecord r = records.next(); r != null; r = records.next()) {
                rows.add(r.toRow());
            }
            assertThat(records.progress()).isEqualTo(1.0);
        }
        return rows;
    }

    @Test
    void givesTheRowsOfTheFullReaderWithBomCrlfBlankLinesSpacesAndApostrophes() throws IOException {
        Path file = write("a.csv", "\uFEFFdate;account;amount;product\r\n"
                + "2024-01-02; A1 ;10.5;Training\r\n"
                + "\r\n"
                + "2024-01-03;A2;'-5;'=SUM(A1)\r\n"
                + ";;;\r\n"
                + "2024-02-01;Ünïcödé;7;Café crème\r\n"
                + "2024-02-02;A3;;\r\n"
                + "2024-02-03;A4;1;x"); // no line end at the end of the file
        List<TableRow> rows = byteRows(file);
        assertThat(rows).isEqualTo(fullRows(file));
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L, 6L, 7L, 8L);
        assertThat(rows.get(0).cells()).containsExactly("2024-01-02", "A1", "10.5", "Training");
        assertThat(rows.get(1).cells()).containsExactly("2024-01-03", "A2", "-5", "=SUM(A1)");
        assertThat(rows.get(2).cell(3)).isEqualTo("Café crème");
    }

    @Test
    void readsRecordsAcrossTheBufferSEdgeAndALongRecord() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append(i).append(",value number ").append(i).append('\n');
        }
        csv.append("long,").append("x".repeat(3 << 20)).append('\n');
        Path file = write("big.csv", csv.toString());
        assertThat(byteRows(file)).isEqualTo(fullRows(file)).hasSize(60_001);
    }

    @Test
    void declinesQuotesRaggedRowsLoneCarriageReturnsAndBytesThatAreNotUtf8() throws IOException {
        assertDeclines(write("q.csv", "a,b\n1,\"x, y\"\n"));
        assertDeclines(write("open.csv", "a,b\n1,x\n2,\"never closed\n3,z\n"));
        assertDeclines(write("wide.csv", "a,b\n1,x,\n"));
        assertDeclines(write("short.csv", "a,b\n1,x\n2\n"));
        assertDeclines(write("cr.csv", "a,b\r1,x\r"));
        byte[] latin1 = "a,b\n1,caf\u00E9\n".getBytes(Charset.forName("windows-1252"));
        Path file = write("latin1.csv", latin1);
        assertThatThrownBy(() -> {
            try (ByteRecords r = PlainCsvRecords.open(file, TableFormat.csv(StandardCharsets.UTF_8, false, ',')).orElseThrow()) {
                while (r.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(ByteRecords.NotPlain.class);
    }

    @Test
    void isOnlyForCsvInUtf8() throws IOException {
        Path file = write("w.csv", "a,b\n1,2\n");
        assertThat(reader.openRecords(file, TableFormat.csv(Charset.forName("windows-1252"), false, ','))).isEmpty();
        assertThat(reader.openRecords(file, TableFormat.xlsx("Sheet1"))).isEmpty();
    }

    @Test
    void readsRecordsThatSpanTheBatchesWhateverTheChunkSize() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFid; name ;amount\r\n");
        for (int i = 0; i < 400; i++) {
            String eol = i % 3 == 0 ? "\r\n" : "\n";
            csv.append(i).append("; Caf\u00E9 cr\u00E8me \u20AC").append("x".repeat(i % 37)).append(" ;'-").append(i)
                    .append(eol);
            if (i % 50 == 7) {
                csv.append(" ; ;").append(eol).append(eol); // blank records, skipped
            }
            if (i % 97 == 5) {
                csv.append(i).append(";").append("long ".repeat(40)).append(";1").append(eol); // longer than a chunk
            }
        }
        csv.append("last;\uD83D\uDE00;9"); // no line end at the end, a 4-byte character
        Path file = write("span.csv", csv.toString());
        List<TableRow> expected = fullRows(file);
        assertThat(expected).hasSize(406);
        for (int chunk = 8; chunk <= 80; chunk++) {
            assertThat(byteRows(file, chunk)).as("chunk of %d bytes", chunk).isEqualTo(expected);
        }
    }

    @Test
    void aBigFileGivesTheRowsOfTheFullReaderRecordForRecord() throws IOException {
        java.util.Random random = new java.util.Random(11);
        StringBuilder csv = new StringBuilder("invoice_id,account_id,date,amount,product_line\n");
        String[] products = {"Training", " Professional Services ", "Licences", "'=Formula", "Ma\u00DFarbeit", ""};
        for (int i = 0; i < 300_000; i++) {
            csv.append("INV").append(i).append(',').append(random.nextBoolean() ? " " : "").append('A')
                    .append(random.nextInt(20_000)).append(",2022-").append(1 + random.nextInt(12)).append("-01,")
                    .append(random.nextInt(100_000)).append('.').append(random.nextInt(100)).append(',')
                    .append(products[random.nextInt(products.length)]).append(random.nextInt(50) == 0 ? "\r\n" : "\n");
            if (random.nextInt(1000) == 0) {
                csv.append(",,,,\n");
            }
        }
        Path file = write("big-random.csv", csv.toString());
        List<TableRow> expected = fullRows(file);
        assertThat(byteRows(file)).isEqualTo(expected);
        assertThat(byteRows(file, 4096)).isEqualTo(expected);
    }

    @Test
    void progressGrowsWithTheRecordsHandedOutAndEndsAtOne() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",x\n");
        }
        Path file = write("progress.csv", csv.toString());
        try (ByteRecords records = PlainCsvRecords.open(file, TableFormat.csv(StandardCharsets.UTF_8, false, ','), 1000)
                .orElseThrow()) {
            double before = records.progress();
            assertThat(before).isEqualTo(4.0 / Files.size(file)); // the header
            for (ByteRecord r = records.next(); r != null; r = records.next()) {
                double now = records.progress();
                assertThat(now).isGreaterThan(before);
                before = now;
                if (r.line() == 10_001) {
                    // bytes handed out so far: the header and 10 000 records, not the batches read ahead
                    long bytes = 4 + 10 * 4 + 90 * 5 + 900 * 6 + 9000 * 7;
                    assertThat(now).isEqualTo((double) bytes / Files.size(file));
                }
            }
            assertThat(records.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void whatIsNotPlainLateInALongFileComesAfterTheRecordsBeforeIt() throws IOException {
        assertDeclinesAfter("a quote", ascii("\"q\",1"), "a quoted field at line 150002");
        assertDeclinesAfter("a wider record", ascii("q,1,2"), "line 150002 has 3 fields, the header 2");
        assertDeclinesAfter("a lone carriage return", ascii("q\r1"),
                "a carriage return without a line feed at line 150002");
        assertDeclinesAfter("bytes that are not UTF-8", "caf\u00E9,1".getBytes(Charset.forName("ISO-8859-1")),
                "bytes that are not UTF-8 at line 150002");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** 150 000 good records (lines 2 to 150 001), then the bad one and one more good record. */
    private void assertDeclinesAfter(String what, byte[] bad, String message) throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 150_000; i++) {
            csv.append(i).append(",x\n");
        }
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        content.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        content.writeBytes(bad);
        content.writeBytes(ascii("\n2,y\n"));
        Path file = write("late.csv", content.toByteArray());
        List<Long> lines = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (ByteRecords r = PlainCsvRecords.open(file, TableFormat.csv(StandardCharsets.UTF_8, false, ','), 64 << 10)
                    .orElseThrow()) {
                for (ByteRecord record = r.next(); record != null; record = r.next()) {
                    lines.add(record.line());
                }
            }
        }).as(what).isInstanceOf(ByteRecords.NotPlain.class).hasMessage(message);
        assertThat(lines).as(what).hasSize(150_000).endsWith(150_001L);
    }

    @Test
    void closingEarlyStopsTheReadingThreadWaitingForRoomAndClosesTheFile() throws Exception {
        Set<Thread> before = readingThreads();
        ClosingStream in = new ClosingStream(endless());
        PlainCsvRecords records = new PlainCsvRecords(in, Long.MAX_VALUE, (byte) ',', 4096);
        assertThat(records.next().line()).isEqualTo(2L);
        Set<Thread> started = readingThreads();
        started.removeAll(before);
        assertThat(started).hasSize(1);
        Thread thread = started.iterator().next();
        // the import stopped: the reading thread fills the few batches ahead, then waits for room
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (thread.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(5);
            }
        });
        long read = in.read;
        Thread.sleep(300);
        assertThat(in.read).as("a bounded read ahead").isEqualTo(read).isLessThan(10 * 4096 + 4096);
        assertTimeoutPreemptively(Duration.ofSeconds(5), records::close);
        thread.join(5000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(in.closed).isTrue();
    }

    @Test
    void aReadErrorOfTheStreamComesAfterTheRecordsBeforeIt() throws IOException {
        InputStream failing = new FilterInputStream(endless()) {
            private long left = 200_000;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("the disk went away");
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= n;
                return n;
            }
        };
        List<Long> lines = new ArrayList<>();
        try (PlainCsvRecords records = new PlainCsvRecords(failing, Long.MAX_VALUE, (byte) ',', 4096)) {
            assertThatThrownBy(() -> {
                for (ByteRecord r = records.next(); r != null; r = records.next()) {
                    lines.add(r.line());
                }
            }).isInstanceOf(IOException.class).isNotInstanceOf(ByteRecords.NotPlain.class)
                    .hasMessage("the disk went away");
            assertThatThrownBy(records::next).as("and again").hasMessage("the disk went away");
        }
        assertThat(lines).isNotEmpty().isEqualTo(LongStream.rangeClosed(2, lines.size() + 1).boxed().toList());
        // every whole record of the chunks read before the error
        assertThat((long) lines.size()).isBetween(recordsIn(200_000 - 4096), recordsIn(200_000));
    }

    /** Whole records in the first bytes of {@link #endless()}, after its header. */
    private static long recordsIn(int bytes) throws IOException {
        byte[] start = endless().readNBytes(bytes);
        long lineFeeds = 0;
        for (byte b : start) {
            if (b == '\n') {
                lineFeeds++;
            }
        }
        return lineFeeds - 1;
    }

    @Test
    void anErrorInTheReadingThreadEndsTheReadWithAMessageInsteadOfAHang() throws IOException {
        InputStream exhausted = new FilterInputStream(endless()) {
            private int reads;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++reads > 20) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return super.read(b, off, len);
            }
        };
        try (PlainCsvRecords records = new PlainCsvRecords(exhausted, Long.MAX_VALUE, (byte) ',', 4096)) {
            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                while (records.next() != null) {
                    // read on
                }
            })).isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("The file is too large to read:");
        }
    }

    /** The threads reading a CSV file ahead now alive. */
    private static Set<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(PlainCsvRecords.THREAD))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** A header "n,text" and numbered records after it (record n on line n + 1), never ending. */
    private static InputStream endless() {
        return new InputStream() {
            private byte[] pending = "n,text\n".getBytes(StandardCharsets.US_ASCII);
            private int at;
            private long n;

            @Override
            public int read() {
                if (at == pending.length) {
                    pending = (++n + ",record " + n + "\n").getBytes(StandardCharsets.US_ASCII);
                    at = 0;
                }
                return pending[at++];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    private static final class ClosingStream extends FilterInputStream {
        volatile boolean closed;
        volatile long read;

        ClosingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private List<TableRow> byteRows(Path file, int chunk) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (ByteRecords records = PlainCsvRecords.open(file, reader.detect(file, null), chunk).orElseThrow()) {
            for (ByteRecord r = records.next(); r != null; r = records.next()) {
                rows.add(r.toRow());
            }
            assertThat(records.next()).isNull();
            assertThat(records.progress()).isEqualTo(1.0);
        }
        return rows;
    }

    private void assertDeclines(Path file) {
        assertThatThrownBy(() -> {
            try (ByteRecords r = reader.openRecords(file, TableFormat.csv(StandardCharsets.UTF_8, false, ',')).orElseThrow()) {
                while (r.next() != null) {
                    // read to the end
                }
            }
        }).as(file.getFileName().toString()).isInstanceOf(ByteRecords.NotPlain.class);
    }
}
