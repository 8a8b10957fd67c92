package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamworkbench.cli.ImportEndToEndTest.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/**
 * {@code export ...} end to end: hand-computed account figures, Excel-safe CSV, and round trips — what an
 * export writes for ratings, KPI values, effort and spend is read back by the matching import into a
 * fresh workspace, and exporting that workspace gives the same file.
 */
class ExportCommandTest {
    private static final String CRITERIA = """
            {"name": "KAM 2025", "quadrantCut": 50,
             "criteria": [
              {"name": "Revenue potential", "axis": "attractiveness", "weight": 30, "scale": 5, "source": "manual"},
              {"name": "Fit", "axis": "attractiveness", "weight": 20, "scale": 5, "source": "manual"},
              {"name": "Our revenue", "axis": "strength", "weight": 50, "scale": 5, "source": "revenue",
               "thresholds": [100, 200, 300, 400]}]}
            """;
    private static final String ACCOUNTS = """
            Account ID,Account Name,Currency
            X1,"=HYPERLINK(""http://x"",""y"")",EUR
            X2,@SUM(1),EUR
            X3,-5 apples,EUR
            X4,Delta,EUR
            """;

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String workspace, String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve(workspace), args);
    }

    private CliRun ok(String workspace, String... args) {
        CliRun run = cli(workspace, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    private String csv(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    }

    /** Two workspaces with the same accounts and criteria; "a" also has revenue. */
    @BeforeEach
    void workspaces() throws IOException {
        for (String ws : List.of("a", "b")) {
            ok(ws, "import", "accounts", file("accounts.csv", ACCOUNTS));
            ok(ws, "criteria", "import", file("kam.json", CRITERIA));
        }
        ok("a", "import", "revenue", file("revenue.csv", """
                Account,Period,Amount,Currency
                X1,2023-01,100,EUR
                X1,2023-06,100,EUR
                X1,2024-06,250,EUR
                X2,2024-06,99.99,EUR
                X3,2024-06,400,EUR
                X4,2024-06,-10,EUR
                """));
    }

    @Test
    void accountsCarryHandComputedFiguresAndCsvIsSafeInExcel() throws IOException {
        assertThat(ok("a", "export", "accounts", "--year", "2024", "--out", dir.resolve("acc.csv").toString()).out())
                .contains("Exported 4 rows to");
        List<String> lines = List.of(csv("acc.csv").split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Account id,Account,Owner,Country,Region,Division,Industry,Rank,ABC class,"
                + "Revenue 2024 (EUR),Share,Cumulative share,Nominal growth,Real growth,Reporting currency");
        // total 749.99: X3 400 (53.334 %), X1 250 (cumulative 86.668 %), X2 99.99 — X4 is negative, outside the curve
        assertThat(lines).contains(
                "X3,'-5 apples,,,,,,1,A,400,0.53334,0.53334,,,EUR",
                "X1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,,,,2,A,250,0.33334,0.86668,0.25,,EUR",
                "X2,'@SUM(1),,,,,,3,B,99.99,0.13332,1,,,EUR",
                "X4,Delta,,,,,,,,-10,,,,,EUR");
        assertThat(lines.get(1)).startsWith("X3,");

        ok("a", "export", "accounts", "--year", "2024", "--lang", "it", "--out", dir.resolve("acc.xlsx").toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(dir.resolve("acc.xlsx").toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Clienti");
            assertThat(rows.get(0).getCell(9).asString()).isEqualTo("Fatturato 2024 (EUR)");
            assertThat(rows.get(1).getCell(1).asString()).isEqualTo("-5 apples");
            assertThat(rows.get(1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(9).asNumber()).isEqualByComparingTo("400");
            assertThat(rows.get(4).getCell(9).asNumber()).isEqualByComparingTo("-10");
        }
    }

    @Test
    void ratingsRoundTripThroughTheWideSheetInCsvAndXlsx() throws IOException {
        ok("a", "ratings", "import", "--author", "Ann", file("ratings.csv", """
                account,criterion,rating
                X1,Revenue potential,5
                X1,Fit,1
                X2,Revenue potential,4
                X3,Fit,2
                """));
        ok("a", "export", "ratings", "--out", dir.resolve("sheet.csv").toString());
        assertThat(csv("sheet.csv")).isEqualTo("""
                account,name,Revenue potential,Fit\r
                X1,"'=HYPERLINK(""http://x"",""y"")",5,1\r
                X2,'@SUM(1),4,\r
                X3,'-5 apples,,2\r
                X4,Delta,,\r
                """);
        CliRun read = ok("b", "ratings", "import", "--author", "Ann", dir.resolve("sheet.csv").toString());
        assertThat(read.out()).contains("Imported 4 ratings from sheet.csv (wide sheet: one column per criterion — "
                + "Revenue potential, Fit); columns ignored: name.");
        ok("a", "export", "ratings", "--long", "--out", dir.resolve("a.csv").toString());
        ok("b", "export", "ratings", "--long", "--out", dir.resolve("b.csv").toString());
        assertThat(csv("b.csv")).isEqualTo(csv("a.csv")).contains("X1,Fit,1,");

        ok("a", "export", "ratings", "--out", dir.resolve("sheet.xlsx").toString());
        ok("c", "import", "accounts", dir.resolve("accounts.csv").toString());
        ok("c", "criteria", "import", dir.resolve("kam.json").toString());
        assertThat(ok("c", "ratings", "import", "--author", "Ann", dir.resolve("sheet.xlsx").toString()).out())
                .contains("Imported 4 ratings from sheet.xlsx (wide sheet");
        ok("c", "export", "ratings", "--long", "--out", dir.resolve("c.csv").toString());
        assertThat(csv("c.csv")).isEqualTo(csv("a.csv"));

        assertThat(ok("b", "ratings", "import", dir.resolve("a.csv").toString()).out())
                .contains("(one row per rating: account, criterion, rating).");
    }

    @Test
    void aWideSheetWithAWrongLevelChangesNothingAndSaysWhere() throws IOException {
        CliRun bad = cli("b", "ratings", "import", file("bad.csv", """
                account,Fit,Revenue potential
                X1,9,3
                X9,1,
                """));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).contains("Line 2, column 'Fit': '9' is outside the scale 1–5 of 'Fit'",
                "Line 3, column 'account': 'X9' is not the external id of an account in this workspace");
        CliRun neither = cli("b", "ratings", "import", file("neither.csv", "account,Colour\nX1,3\n"));
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("no column is named as a rated criterion");
    }

    @Test
    void kpiValuesEffortAndSpendRoundTrip() throws IOException {
        ok("a", "kpi", "import", "--create", file("kpis.csv", """
                account,kpi,period,value,target,comment
                X1,On-time delivery,2024-Q1,93.5,95,"late, twice"
                X1,On-time delivery,2024-Q2,,96,
                X3,Listed SKUs,2024,12,20,=risky
                """));
        ok("a", "effort", "import", file("effort.csv", "account,year,hours,budget\nX1,2024,120.5,15000\nX2,2024,,800.25\n"));
        ok("a", "spend", "import", file("spend.csv", "account,amount,currency\nX1,1200000,EUR\nX3,99.5,USD\n"));
        // into workspace b (same accounts, nothing else): KPI values and spend as XLSX, effort as CSV
        ok("a", "export", "kpis", "--out", dir.resolve("kpis.xlsx").toString());
        ok("a", "export", "effort", "--out", dir.resolve("effort-out.csv").toString());
        ok("a", "export", "kpis", "--out", dir.resolve("kpis.csv").toString());
        ok("c", "import", "accounts", dir.resolve("accounts.csv").toString());
        ok("c", "kpi", "import", "--create", dir.resolve("kpis.csv").toString());
        ok("c", "export", "kpis", "--out", dir.resolve("c-kpis.csv").toString());
        assertThat(csv("c-kpis.csv")).as("KPI values through CSV, a comment starting with =").isEqualTo(csv("kpis.csv"));
        ok("a", "export", "spend", "--out", dir.resolve("spend.xlsx").toString());
        ok("b", "kpi", "import", "--create", dir.resolve("kpis.xlsx").toString());
        ok("b", "effort", "import", dir.resolve("effort-out.csv").toString());
        ok("b", "spend", "import", dir.resolve("spend.xlsx").toString());
        for (String what : List.of("kpis", "effort", "spend")) {
            ok("a", "export", what, "--out", dir.resolve("a-" + what + "-again.csv").toString());
            ok("b", "export", what, "--out", dir.resolve("b-" + what + ".csv").toString());
            assertThat(csv("b-" + what + ".csv")).as(what).isEqualTo(csv("a-" + what + "-again.csv"));
        }
        assertThat(csv("a-kpis-again.csv")).contains("X1,On-time delivery,2024-Q1,93.5,95,\"late, twice\"",
                "X1,On-time delivery,2024-Q2,,96,", "X3,Listed SKUs,2024,12,20,'=risky");
        assertThat(csv("a-effort-again.csv")).contains("X1,2024,120.5,15000", "X2,2024,,800.25");
        assertThat(csv("a-spend-again.csv")).contains("X1,1200000,EUR", "X3,99.5,USD");
    }

    @Test
    void badRequestsExit2WithASentence() {
        CliRun what = cli("a", "export", "invoices", "--out", dir.resolve("x.csv").toString());
        assertThat(what.exitCode()).isEqualTo(2);
        assertThat(what.err()).contains("'invoices' is not something to export");
        CliRun format = cli("a", "export", "accounts", "--out", dir.resolve("x.txt").toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Say the format");
        CliRun folder = cli("a", "export", "accounts", "--out", dir.resolve("nope/x.csv").toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist");
        CliRun crm = cli("a", "export", "crm", "--target", "pipedrive", "--out", dir.resolve("x.csv").toString());
        assertThat(crm.exitCode()).isEqualTo(2);
        assertThat(crm.err()).contains("use salesforce, hubspot or zoho");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }

    @Test
    void crmFilesUpdateOnlyTheRecordsOfThatCrm() throws IOException {
        ok("s", "import", "accounts", fixture("salesforce-dataloader-accounts.csv"), "--format", "auto");
        ok("s", "import", "accounts", file("local.csv", "Account ID,Account Name\nL1,Local only\n"));
        ok("s", "import", "accounts", fixture("hubspot-companies-export.csv"), "--format", "auto");
        ok("s", "export", "crm", "--target", "salesforce", "--out", dir.resolve("sf.csv").toString());
        String sf = Files.readString(dir.resolve("sf.csv"), StandardCharsets.UTF_8);
        assertThat(sf).startsWith("Id,KAM_Tier__c,KAM_Quadrant__c,KAM_Total_Score__c,ABC_Class__c,Lead_KAM__c,"
                + "Next_Plan_Review__c\r\n0015g00000Kq1A");
        assertThat(sf.split("\r\n")).hasSize(9).noneMatch(l -> l.startsWith("L1")).allMatch(l -> !l.contains("'"));
        ok("s", "export", "crm", "--target", "hubspot", "--out", dir.resolve("hs.csv").toString());
        String hs = Files.readString(dir.resolve("hs.csv"), StandardCharsets.UTF_8);
        assertThat(hs).startsWith("Record ID,KAM tier,KAM quadrant,KAM total score,ABC class,Lead key account manager,"
                + "Next plan review\r\n");
        assertThat(hs.split("\r\n")).hasSize(7);
        ok("s", "export", "crm", "--target", "zoho", "--out", dir.resolve("zoho.csv").toString());
        assertThat(Files.readString(dir.resolve("zoho.csv"))).startsWith("Record Id,KAM Tier,").hasLineCount(1);
    }
}
