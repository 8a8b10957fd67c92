package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

class TableFileReaderXlsxTest {
    private final TableFileReader reader = new TableFileReader();

    @TempDir
    Path dir;

    /** A workbook with an accounts sheet of typed cells and a second sheet, written by fastexcel. */
    private Path workbook(String fileName) throws IOException {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet accounts = wb.newWorksheet("Accounts");
            String[] header = {"Id", " Name ", "Revenue", "Since", "Updated", "Active", "Share"};
            for (int c = 0; c < header.length; c++) {
                accounts.value(0, c, header[c]);
            }
            accounts.value(1, 0, 1);
            accounts.value(1, 1, "Acme, Inc");
            accounts.value(1, 2, new BigDecimal("1234567.89"));
            accounts.value(1, 3, LocalDate.of(2024, 3, 5));
            accounts.style(1, 3).format("dd/mm/yyyy").set();
            accounts.value(1, 4, LocalDateTime.of(2024, 3, 5, 13, 45, 10));
            accounts.style(1, 4).format("yyyy-mm-dd hh:mm:ss").set();
            accounts.value(1, 5, true);
            accounts.value(1, 6, 0.1 + 0.2);
            // row 3 left blank on purpose; row 4 has a gap in column B
            accounts.value(3, 0, 2);
            accounts.value(3, 2, 1e20);
            accounts.value(3, 3, LocalDate.of(2023, 12, 31));
            accounts.style(3, 3).format("m/d/yy").set();
            accounts.value(3, 5, false);
            accounts.value(3, 6, 42);
            accounts.style(3, 6).format("0.00").set();
            Worksheet second = wb.newWorksheet("Rates 2024");
            second.value(0, 0, "Currency");
            second.value(0, 1, "Rate");
            second.value(1, 0, "USD");
            second.value(1, 1, new BigDecimal("0.9238"));
            wb.finish();
        }
        return file;
    }

    private static List<TableRow> readAll(TableSource source) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row = source.next(); row != null; row = source.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void firstSheetWithNumbersDatesAndBooleansAsText() throws IOException {
        Path file = workbook("accounts.xlsx");
        TableFormat format = reader.detect(file, null);
        assertThat(format).isEqualTo(TableFormat.xlsx("Accounts"));
        try (TableSource source = reader.open(file, format)) {
            assertThat(source.header()).containsExactly("Id", "Name", "Revenue", "Since", "Updated", "Active",
                    "Share");
            List<TableRow> rows = readAll(source);
            assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(0).cells()).containsExactly("1", "Acme, Inc", "1234567.89", "2024-03-05",
                    "2024-03-05T13:45:10", "true", "0.3");
            assertThat(rows.get(1).cells()).containsExactly("2", "", "100000000000000000000", "2023-12-31", "",
                    "false", "42");
            assertThat(source.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void namedSheetAndSheetNames() throws IOException {
        Path file = workbook("book.xlsx");
        assertThat(reader.sheetNames(file)).containsExactly("Accounts", "Rates 2024");
        TableFormat format = reader.detect(file, new TableFormat(null, null, false, '\0', "Rates 2024"));
        assertThat(format).isEqualTo(TableFormat.xlsx("Rates 2024"));
        try (TableSource source = reader.open(file, format)) {
            assertThat(source.header()).containsExactly("Currency", "Rate");
            assertThat(readAll(source)).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.cells()).containsExactly("USD", "0.9238");
            });
        }
        try (TableSource source = reader.open(file, TableFormat.xlsx("rates 2024"))) {
            assertThat(source.header()).as("a sheet name differing only in case").containsExactly("Currency", "Rate");
        }
    }

    @Test
    void unknownSheetNamesTheSheetsThereAre() throws IOException {
        Path file = workbook("book.xlsx");
        assertThatThrownBy(() -> reader.open(file, TableFormat.xlsx("Invoices")))
                .isInstanceOf(IOException.class)
                .hasMessage("The workbook has no sheet 'Invoices'. Its sheets are: Accounts, Rates 2024.");
    }

    @Test
    void workbookIsRecognisedByContentWhateverItsName() throws IOException {
        Path file = workbook("export.csv");
        assertThat(reader.detect(file, null).kind()).isEqualTo(TableFormat.Kind.XLSX);
        try (TableSource source = reader.open(file, null)) {
            assertThat(source.header()).startsWith("Id", "Name");
        }
    }

    @Test
    void zipThatIsNotAWorkbookAndOldXlsAreRefusedWithASentence() throws IOException {
        Path zip = dir.resolve("notes.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        assertThatThrownBy(() -> reader.detect(zip, null)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("notes.xlsx is a ZIP archive but not an Excel workbook (.xlsx)");
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> reader.detect(xls, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("Save it as .xlsx");
    }

    @Test
    void progressByRowsFromTheSheetDimension() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet("Data");
            sheet.value(0, 0, "n");
            for (int r = 1; r <= 1000; r++) {
                sheet.value(r, 0, r);
            }
            wb.finish();
        }
        try (TableSource source = reader.open(file, null)) {
            int n = 0;
            while (source.next() != null) {
                n++;
                assertThat(source.progress()).isBetween(0.0, 0.99);
            }
            assertThat(n).isEqualTo(1000);
            assertThat(source.progress()).isEqualTo(1.0);
        }
    }
}
