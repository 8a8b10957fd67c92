package org.kamworkbench.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportTable;

class FileTableExporterTest {
    @TempDir
    Path dir;

    private final FileTableExporter exporter = new FileTableExporter();

    /** Names that a spreadsheet would run as formulas, beside a real negative number. */
    private static ExportTable risky() {
        return ExportTable.named("Accounts").text("Name").money("Revenue (EUR)").percent("Share").date("Since")
                .integer("Rank")
                .row("=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("1234.5"), 0.25, LocalDate.of(2024, 3, 31), 1L)
                .row("@SUM(1)", new BigDecimal("-5"), 0.125, null, 2L)
                .row("-5 apples", new BigDecimal("-1234567.8912"), -0.5, LocalDate.of(2025, 1, 1), 3L)
                .row("+39 02 1234", null, 1.0 / 3, null, 4L)
                .row("\tTabbed", BigDecimal.ZERO, 0.0, null, 5L)
                .row("Müller & Söhne, \"GmbH\"", new BigDecimal("10"), 0.0, null, 6L)
                .build();
    }

    @Test
    void csvNeutralisesFormulasButKeepsNumbersAsNumbers() throws IOException {
        Path file = dir.resolve("accounts.csv");
        exporter.write(risky(), file, ExportFormat.CSV);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Name,Revenue (EUR),Share,Since,Rank",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1234.5,0.25,2024-03-31,1",
                "'@SUM(1),-5,0.125,,2",
                "'-5 apples,-1234567.8912,-0.5,2025-01-01,3",
                "'+39 02 1234,,0.33333,,4",
                "'\tTabbed,0,0,,5",
                "\"Müller & Söhne, \"\"GmbH\"\"\",10,0,,6");
    }

    @Test
    void xlsxHasRealNumberAndDateCellsWithFormats() throws IOException {
        Path file = dir.resolve("accounts.xlsx");
        exporter.write(risky(), file, ExportFormat.XLSX);

        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in,
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Accounts");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(7);
            assertThat(rows.get(0).getCell(1).getRawValue()).isEqualTo("Revenue (EUR)");

            Row first = rows.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).asString()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("1234.5");
            assertThat(first.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("0.25");
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0.0%");
            Cell since = first.getCell(3);
            assertThat(since.getType()).isEqualTo(CellType.NUMBER);
            assertThat(since.getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(since.asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));

            Row third = rows.get(3);
            assertThat(third.getCell(0).asString()).isEqualTo("-5 apples");
            assertThat(third.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(third.getCell(1).asNumber()).isEqualByComparingTo("-1234567.8912");
            assertThat(rows.get(2).getCell(0).asString()).isEqualTo("@SUM(1)");
        }
        String sheet = sheetXml(file);
        assertThat(sheet).contains("<autoFilter ref=\"A1:E7\"");
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
        assertThat(styles(file)).contains("<font><b/>");
    }

    @Test
    void anEmptyTableStillHasItsHeader() throws IOException {
        ExportTable empty = ExportTable.named("Plans").text("Account").date("Next review").build();
        Path csv = dir.resolve("plans.csv");
        exporter.write(empty, csv, ExportFormat.CSV);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFAccount,Next review\r\n");
        Path xlsx = dir.resolve("plans.xlsx");
        exporter.write(empty, xlsx, ExportFormat.XLSX);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void aFailedWriteLeavesTheExistingFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("kept.csv");
        Files.writeString(file, "before");
        ExportTable bad = new ExportTable("x", List.of(new org.kamworkbench.service.export.ExportColumn("A",
                org.kamworkbench.service.export.ExportColumn.Kind.TEXT, 0)), List.of(List.of("a", "b")));
        try {
            exporter.write(bad, file, ExportFormat.CSV);
        } catch (RuntimeException expected) {
            // a row wider than its columns
        }
        assertThat(Files.readString(file)).isEqualTo("before");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept.csv");
        }
    }

    private static String sheetXml(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static String styles(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
