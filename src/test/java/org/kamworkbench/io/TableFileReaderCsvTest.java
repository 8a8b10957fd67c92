package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

class TableFileReaderCsvTest {
    private final TableFileReader reader = new TableFileReader();

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(TableFileReaderCsvTest.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TableRow> rows(Path file, TableFormat format) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (TableSource source = reader.open(file, format)) {
            for (TableRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void utf8WithByteOrderMarkIsDetectedAndTheMarkIsNotPartOfTheHeader() throws IOException {
        Path file = fixture("utf8-bom.csv");
        TableFormat format = reader.detect(file, null);
        assertThat(format).isEqualTo(TableFormat.csv(StandardCharsets.UTF_8, true, ','));
        try (TableSource source = reader.open(file, format)) {
            assertThat(source.header()).containsExactly("Name", "City", "Amount");
            assertThat(source.next().cells()).containsExactly("Müller GmbH", "Zürich", "1.234,56");
            assertThat(source.next().cells()).containsExactly("Café Crème", "Paris", "€ 12");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void utf8WithoutByteOrderMark() throws IOException {
        Path file = fixture("utf8-no-bom.csv");
        TableFormat format = reader.detect(file, null);
        assertThat(format).isEqualTo(TableFormat.csv(StandardCharsets.UTF_8, false, ','));
        assertThat(rows(file, format)).extracting(TableRow::cells)
                .containsExactly(List.of("Müller GmbH", "Zürich"), List.of("東京商事", "東京"));
    }

    @Test
    void windows1252AccentsAndEuroSign() throws IOException {
        Path file = fixture("windows-1252.csv");
        TableFormat format = reader.detect(file, null);
        assertThat(format.charset()).isEqualTo(CsvSniffer.WINDOWS_1252);
        assertThat(format.bom()).isFalse();
        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(rows(file, format)).extracting(TableRow::cells).containsExactly(
                List.of("Café Crème", "Genève", "€ 12"), List.of("Müller GmbH", "Zürich", "1.234,56"));
    }

    @ParameterizedTest
    @CsvSource({"delimiter-comma.csv, ','", "delimiter-semicolon.csv, ';'", "delimiter-tab.tsv, '\t'",
            "delimiter-pipe.txt, '|'"})
    void eachDelimiterIsDetectedDespiteTheOthersInQuotedCells(String name, char delimiter) throws IOException {
        Path file = fixture(name);
        TableFormat format = reader.detect(file, null);
        assertThat(format.delimiter()).isEqualTo(delimiter);
        try (TableSource source = reader.open(file, format)) {
            assertThat(source.header()).containsExactly("Id", "Name", "Country");
            assertThat(source.next().cells()).containsExactly("1", "Acme, Inc; \"Ltd\" | Co", "DE");
            assertThat(source.next().cells()).containsExactly("2", "Beta\tGroup", "IT");
            assertThat(source.next().cells()).containsExactly("3", "Gamma", "FR");
        }
    }

    @Test
    void quotedCommasQuotesAndLineBreaksWithTheLineWhereEachRecordStarts() throws IOException {
        Path file = fixture("quoted.csv");
        TableFormat format = reader.detect(file, null);
        List<TableRow> rows = rows(file, format);
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L, 6L, 7L, 9L, 12L);
        assertThat(rows.get(0).cells()).containsExactly("1", "Acme, Inc", "He said \"hi\"");
        assertThat(rows.get(1).cells()).containsExactly("2", "Multi\r\nline name", "x");
        assertThat(rows.get(4).cells()).containsExactly("5", "Two\nbreaks\nhere", "z");
        assertThat(rows.get(5).cells()).containsExactly("6", "Last", "end");
    }

    @Test
    void surroundingBlanksAreTrimmed() throws IOException {
        List<TableRow> rows = rows(fixture("quoted.csv"), null);
        assertThat(rows.get(2).cells()).containsExactly("3", "Short", "");
        assertThat(rows.get(3).cells()).containsExactly("4", "Spaced out", "");
    }

    @Test
    void aFileThatLeavesOutEmptyTrailingFieldsIsRead() throws IOException {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "Id,Name,Phone\n1,Acme\n2,Beta,555\n3,Gamma\n4,Delta\n", StandardCharsets.UTF_8);
        List<TableRow> rows = rows(file, TableFormat.csv(StandardCharsets.UTF_8, false, ','));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).cells()).containsExactly("1", "Acme");
        assertThat(rows.get(0).cell(2)).isEmpty();
        assertThat(rows.get(1).cell(2)).isEqualTo("555");
    }

    @Test
    void oneShortRowInAFixedWidthFileIsRefusedNamingItsLine() throws IOException {
        Path file = dir.resolve("cut.csv");
        Files.writeString(file, "Id,Name,Amount\n1,Acme,10\n2,Beta,20\n3,Gam\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(file, TableFormat.csv(StandardCharsets.UTF_8, false, ',')))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Cannot read cut.csv: line 4 has 2 fields where the header and the other rows have 3.")
                .satisfies(e -> assertThat(((org.kamworkbench.service.port.UnreadableFileException) e)
                        .message(java.util.Locale.ITALY)).startsWith("Impossibile leggere cut.csv: la riga 4 ha 2 campi, "
                        + "mentre l'intestazione e le altre righe ne hanno 3. "));
    }

    @Test
    void anUnquotedLineBreakSplittingARowIsRefused() throws IOException {
        Path file = dir.resolve("split.csv");
        Files.writeString(file, "Id,Street,City\n1,Via Roma 1,Rome\n2,Via Po 3\nScala B,Turin\n3,Corso 2,Pisa\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(file, TableFormat.csv(StandardCharsets.UTF_8, false, ',')))
                .hasMessageContaining("line 3 has 2 fields").hasMessageContaining("one more line is short too");
    }

    @Test
    void aValueWithoutAColumnIsRefusedAtOnceButEmptyExtraFieldsAreHarmless() throws IOException {
        Path shifted = dir.resolve("shifted.csv");
        Files.writeString(shifted, "Id,Name,Amount\n1,Acme,10\n2,Beta, Inc,20\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(shifted, TableFormat.csv(StandardCharsets.UTF_8, false, ',')))
                .hasMessageContaining("line 3 has 4 fields, the header 3; '20' has no column");
        Path trailing = dir.resolve("trailing.csv");
        Files.writeString(trailing, "Id,Name,Amount\n1,Acme,10,,\n2,Beta,20,\n", StandardCharsets.UTF_8);
        assertThat(rows(trailing, TableFormat.csv(StandardCharsets.UTF_8, false, ','))).hasSize(2);
    }

    @Test
    void crlfAndLfGiveTheSameCellsAndLines(@TempDir Path tmp) throws IOException {
        String lf = "a,b\n1,x\n\n2,\"y\nz\"\n3,w\n";
        Path unix = Files.writeString(tmp.resolve("lf.csv"), lf);
        Path windows = Files.writeString(tmp.resolve("crlf.csv"), lf.replace("\n", "\r\n"));
        List<TableRow> fromUnix = rows(unix, null);
        List<TableRow> fromWindows = rows(windows, null);
        assertThat(fromUnix).extracting(TableRow::line).containsExactly(2L, 4L, 6L);
        assertThat(fromWindows).extracting(TableRow::line).containsExactly(2L, 4L, 6L);
        assertThat(fromWindows.get(0).cells()).containsExactly("1", "x");
        assertThat(fromWindows.get(2).cells()).containsExactly("3", "w");
    }

    @Test
    void overridesWinOverDetection() throws IOException {
        Path file = fixture("utf8-bom.csv");
        TableFormat overridden = reader.detect(file, new TableFormat(null, CsvSniffer.WINDOWS_1252, false, ';', null));
        assertThat(overridden).isEqualTo(TableFormat.csv(CsvSniffer.WINDOWS_1252, true, ';'));
        try (TableSource source = reader.open(file, overridden)) {
            assertThat(source.header()).containsExactly("Name,City,Amount");
            assertThat(source.next().cells()).containsExactly("MÃ¼ller GmbH,ZÃ¼rich,\"1.234,56\"");
        }
        TableFormat onlyCharset = reader.detect(file, new TableFormat(null, StandardCharsets.ISO_8859_1, false, '\0',
                null));
        assertThat(onlyCharset.delimiter()).isEqualTo(',');
        assertThat(onlyCharset.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aCsvNamedXlsxIsReadAsCsvByItsContent() throws IOException {
        Path file = Files.writeString(dir.resolve("export.xlsx"), "Id;Name\n1;Acme\n");
        assertThat(reader.detect(file, null)).isEqualTo(TableFormat.csv(StandardCharsets.UTF_8, false, ';'));
        assertThat(reader.sheetNames(file)).isEmpty();
        assertThat(rows(file, null)).extracting(TableRow::cells).containsExactly(List.of("1", "Acme"));
    }

    @Test
    void progressGrowsByBytesAndReachesOne() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        List<Double> seen = new ArrayList<>();
        try (TableSource source = reader.open(file, null)) {
            assertThat(source.progress()).isLessThan(0.5);
            int n = 0;
            while (source.next() != null) {
                if (++n % 2_000 == 0) {
                    seen.add(source.progress());
                }
            }
            assertThat(n).isEqualTo(20_000);
            assertThat(source.progress()).isEqualTo(1.0);
        }
        assertThat(seen).isSorted();
        assertThat(seen.get(0)).isBetween(0.0, 0.5);
    }

    @Test
    void emptyFileHasNoHeaderAndNoRows() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.csv"));
        try (TableSource source = reader.open(file, null)) {
            assertThat(source.header()).isEmpty();
            assertThat(source.next()).isNull();
            assertThat(source.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void utf8FileWithAForeignByteAfterTheSampleFailsWithASentence() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        int line = 1;
        while (csv.length() < CsvSniffer.SAMPLE_BYTES + 10_000) {
            csv.append(line).append(",plain ascii name\n");
            line++;
        }
        byte[] head = csv.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "99,Caf\u00e9\n".getBytes(CsvSniffer.WINDOWS_1252);
        Path file = dir.resolve("late-accent.csv");
        Files.write(file, concat(head, tail));
        TableFormat format = reader.detect(file, null);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(file, format)).isInstanceOf(IOException.class)
                .hasMessageContaining("late-accent.csv is not valid UTF-8 after line")
                .hasMessageContaining("windows-1252");
        // with the encoding chosen by the user the same file reads
        List<TableRow> rows = rows(file, TableFormat.csv(CsvSniffer.WINDOWS_1252, false, ','));
        assertThat(rows.get(rows.size() - 1).cells()).containsExactly("99", "Café");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aStrayQuoteThatSwallowsTheFollowingLinesIsRefusedNamingTheLineWhereItOpened() throws IOException {
        Path file = dir.resolve("stray.csv");
        Files.writeString(file, "Id,Name,City\n1,Acme,Rome\n2,\"Beta,Milan\n3,Gamma,Turin\n4,Delta,Pisa\n",
                StandardCharsets.UTF_8);
        TableFormat format = TableFormat.csv(StandardCharsets.UTF_8, false, ',');
        assertThatThrownBy(() -> rows(file, format)).isInstanceOf(IOException.class)
                .hasMessageContaining("stray.csv").hasMessageContaining("opened at line 3")
                .hasMessageContaining("never closed");
    }

    @Test
    void aMultiLineQuotedAddressOfTheHeadersWidthIsStillFine() throws IOException {
        Path file = dir.resolve("salesforce.csv");
        Files.writeString(file, "Account ID,Account Name,Billing Street\n"
                + "001A,Acme,\"Via Roma 1\nScala B\"\n001B,Beta,Corso Italia 2\n", StandardCharsets.UTF_8);
        List<TableRow> rows = rows(file, TableFormat.csv(StandardCharsets.UTF_8, false, ','));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("001A", "Acme", "Via Roma 1\nScala B");
        assertThat(rows.get(1).line()).isEqualTo(4L);
    }
}
