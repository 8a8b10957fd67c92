package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.ByteRecords;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

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
