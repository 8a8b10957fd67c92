package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.service.imports.fakes.MemoryAccounts;
import org.kamworkbench.service.imports.fakes.MemoryRates;
import org.kamworkbench.service.imports.fakes.MemoryRevenue;
import org.kamworkbench.service.imports.fakes.MemorySettings;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableSource;

/**
 * A revenue file read from its bytes (plain UTF-8 CSV) gives exactly what the full reader gives: the same
 * cells, the same counts, the same problems with line, column and value; a file the byte reader declines
 * (quotes) is read the full way with the same outcome.
 */
class RevenueByteAndRowPathsTest {
    @TempDir
    static Path dir;
    private static String accountsCsv;
    private static String invoicesCsv;

    @BeforeAll
    static void benchSmall() throws IOException {
        accountsCsv = text(RevenueByteAndRowPathsTest.class.getResourceAsStream("/bench-small/accounts.csv"));
        invoicesCsv = text(new GZIPInputStream(RevenueByteAndRowPathsTest.class.getResourceAsStream("/bench-small/invoices.csv.gz")));
    }

    private static String text(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The outcome of one import: its report and the cells it stored. */
    private record Outcome(ImportReport report, List<RevenueCell> cells) {
    }

    private static Outcome importRevenue(TableFiles files, String invoices, ImportOptions options) throws IOException {
        Path accountsFile = Files.writeString(dir.resolve("accounts-" + System.nanoTime() + ".csv"), accountsCsv);
        Path invoicesFile = Files.writeString(dir.resolve("invoices-" + System.nanoTime() + ".csv"), invoices);
        MemoryAccounts accounts = new MemoryAccounts();
        MemoryRevenue revenue = new MemoryRevenue();
        FileImportService service = new FileImportService(files, accounts, revenue, new MemoryRates(), new MemorySettings());
        assertThat(service.importFile(accountsFile, ImportKind.ACCOUNTS, ImportOptions.defaults(), ProgressMonitor.NONE)
                .problems()).isEmpty();
        ImportReport report = service.importFile(invoicesFile, ImportKind.REVENUE, options, ProgressMonitor.NONE);
        return new Outcome(report, revenue.all());
    }

    private static void assertSameBothWays(String invoices, ImportOptions options) throws IOException {
        Outcome bytes = importRevenue(new TableFileReader(), invoices, options);
        Outcome full = importRevenue(new FullReaderOnly(new TableFileReader()), invoices, options);
        assertThat(bytes.cells()).isEqualTo(full.cells());
        assertThat(bytes.report()).usingRecursiveComparison().isEqualTo(full.report());
    }

    @Test
    void theBenchSetGivesTheSameCellsAsTheFullReader() throws IOException {
        Outcome bytes = importRevenue(new TableFileReader(), invoicesCsv, ImportOptions.defaults());
        assertThat(bytes.report().applied()).isTrue();
        assertThat(bytes.report().rowsImported()).isEqualTo(20_000);
        assertThat(bytes.cells()).isNotEmpty();
        assertSameBothWays(invoicesCsv, ImportOptions.defaults());
    }

    @Test
    void withBomAndCrlfAndWithQuotedProductLinesTheCellsAreTheSame() throws IOException {
        Outcome clean = importRevenue(new TableFileReader(), invoicesCsv, ImportOptions.defaults());
        String crlf = "\uFEFF" + invoicesCsv.replace("\n", "\r\n");
        assertThat(importRevenue(new TableFileReader(), crlf, ImportOptions.defaults()).cells()).isEqualTo(clean.cells());
        // quotes: the byte reader declines, the full reader reads the file again from the start
        String quoted = invoicesCsv.replaceAll(",([A-Za-z][A-Za-z ]*)\n", ",\"$1\"\n");
        assertThat(quoted).contains("\"Training\"");
        assertThat(importRevenue(new TableFileReader(), quoted, ImportOptions.defaults()).cells()).isEqualTo(clean.cells());
    }

    @Test
    void rowsTheBytePathLeavesToTheRowPathGiveTheSameCellsAndProblems() throws IOException {
        String header = "invoice_id,account_id,date,amount,product_line\n";
        String file = header
                + "I1,A0000001,2022-01-05,100.50,Training\n"
                + "I2,A0000001.0,2022-01-05,100,Training\n"            // a spreadsheet's id
                + "I3,A0000002,2022-01-06,\"1,234.50\",Licences\n"
                + "I4,A0000003,2022-02-30,10,Training\n"                // no such day
                + "I5,A0000004,2022-03-01,12.34567,Training\n"          // more than 4 decimals
                + "I6,NOPE,2022-03-01,5,Training\n"                     // no such account
                + "I7,A0000005,2022-03-01,1e3,Training\n"               // an exponent
                + "I8,A0000005,2022-03-02,-7,Café\n"
                + "I9,A0000006,2022-03-03,USD 12,Training\n"
                + "I10,A0000006,2022-03-03,,Training\n";                // no amount
        String noQuotes = file.replace("\"1,234.50\"", "1234.50");
        assertSameBothWays(noQuotes, ImportOptions.defaults());
        assertSameBothWays(noQuotes, ImportOptions.defaults().withSkipInvalid(true));
        assertSameBothWays(file, ImportOptions.defaults().withSkipInvalid(true));
        ImportReport r = importRevenue(new TableFileReader(), noQuotes, ImportOptions.defaults()).report();
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::line).containsExactly(3L, 5L, 6L, 7L, 8L, 10L, 11L);
    }

    /** io's reader without its byte path: every file the full way. */
    private record FullReaderOnly(TableFiles files) implements TableFiles {
        @Override
        public TableFormat detect(Path file, TableFormat overrides) throws IOException {
            return files.detect(file, overrides);
        }

        @Override
        public TableSource open(Path file, TableFormat format) throws IOException {
            return files.open(file, format);
        }

        @Override
        public List<String> sheetNames(Path file) throws IOException {
            return files.sheetNames(file);
        }
    }
}
