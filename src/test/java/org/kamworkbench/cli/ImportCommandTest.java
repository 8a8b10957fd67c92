package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;

/** The import commands' options, output and exit codes, against a recording import service. */
class ImportCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path dir;

    private Path file;
    private String workspace;

    @BeforeEach
    void file() throws IOException {
        file = Files.writeString(dir.resolve("accounts.csv"), "Account ID,Account Name\n1,Acme\n");
        workspace = dir.resolve("ws").toString();
    }

    private static ImportReport ok(ImportKind kind) {
        return new ImportReport(kind, true, 10, 10, 7, 2, 1, 0, List.of());
    }

    private FakeImports fake() {
        return new FakeImports(home, ImportCommandTest::ok);
    }

    @Test
    void accountsImportPassesEveryOptionAndPrintsASummary() {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--format", "HubSpot",
                "--map", "Kunden-Nr=externalId", "--map", "a=b=name", "--map", "Notes=", "--delimiter", "semicolon",
                "--decimal", ",", "--date-format", "dd.MM.yyyy", "--encoding", "cp1252", "--sheet", "Export",
                "--skip-invalid", "--workspace", workspace);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(imports.kind).isEqualTo(ImportKind.ACCOUNTS);
        assertThat(imports.file).isEqualTo(file);
        assertThat(imports.workspace).isEqualTo(org.kamworkbench.service.workspace.WorkspaceLocation.of(Path.of(workspace)));
        assertThat(imports.options.preset()).isEqualTo("hubspot");
        assertThat(imports.options.mapping()).isEqualTo(Map.of("Kunden-Nr", "externalId", "a=b", "name", "Notes", ""));
        assertThat(imports.options.delimiter()).isEqualTo(';');
        assertThat(imports.options.decimal()).isEqualTo(',');
        assertThat(imports.options.datePattern()).isEqualTo("dd.MM.yyyy");
        assertThat(imports.options.encoding()).isEqualTo("windows-1252");
        assertThat(imports.options.sheet()).isEqualTo("Export");
        assertThat(imports.options.skipInvalid()).isTrue();
        assertThat(imports.monitor).as("no progress line when stderr is not a terminal")
                .isNotInstanceOf(TerminalProgress.class);
        assertThat(imports.monitor.isCancelled()).isFalse();
        assertThat(run.out()).isEqualTo("Imported accounts from accounts.csv: 10 rows read, 10 imported; "
                + "7 accounts added, 2 updated, 1 unchanged." + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void defaultsLeaveDetectionToTheImport() {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "--workspace", workspace, "import", "accounts", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(imports.options.preset()).isEqualTo("auto");
        assertThat(imports.options.mapping()).isEmpty();
        assertThat(imports.options.delimiter()).isNull();
        assertThat(imports.options.decimal()).isNull();
        assertThat(imports.options.datePattern()).isNull();
        assertThat(imports.options.encoding()).isNull();
        assertThat(imports.options.sheet()).isNull();
        assertThat(imports.options.skipInvalid()).isFalse();
        assertThat(imports.workspace).isEqualTo(org.kamworkbench.service.workspace.WorkspaceLocation.of(Path.of(workspace)));
    }

    @ParameterizedTest
    @CsvSource({"tab, '\t'", "TAB, '\t'", "'\\t', '\t'", "semicolon, ';'", "comma, ','", "pipe, '|'", "';', ';'",
            "'|', '|'"})
    void delimiterAsACharacterOrAWord(String value, char expected) {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--delimiter", value,
                "--workspace", workspace);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(imports.options.delimiter()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--delimiter|ab", "--decimal|;", "--encoding|no-such-charset",
            "--date-format|dd/MM/yyyyp{", "--format|pipedrive", "--map|noequals", "--map|=field"})
    void badOptionValuesAreBadInputNamingTheValue(String option, String value) {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), option, value, "--workspace",
                workspace);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains(value);
        assertThat(imports.kind).as("nothing was imported").isNull();
    }

    @Test
    void revenueModes() {
        FakeImports imports = fake();
        assertThat(CliRun.run(imports, "import", "revenue", file.toString(), "--workspace", workspace).exitCode())
                .isZero();
        assertThat(imports.kind).isEqualTo(ImportKind.REVENUE);
        assertThat(imports.options.revenueMode()).isEqualTo(RevenueMode.NEW_PERIODS_ONLY);
        assertThat(CliRun.run(imports, "import", "revenue", "--replace", file.toString(), "--workspace", workspace)
                .exitCode()).isZero();
        assertThat(imports.options.revenueMode()).isEqualTo(RevenueMode.REPLACE);
        CliRun add = CliRun.run(imports, "import", "revenue", file.toString(), "--add", "--workspace", workspace);
        assertThat(add.exitCode()).isZero();
        assertThat(imports.options.revenueMode()).isEqualTo(RevenueMode.ADD);
        assertThat(add.out()).contains("7 monthly totals added");
    }

    @Test
    void replaceAndAddExcludeEachOther() {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "import", "revenue", file.toString(), "--replace", "--add",
                "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("--replace").contains("--add").contains("mutually exclusive");
        assertThat(imports.kind).isNull();
    }

    @Test
    void fxInverseAndInflation() {
        FakeImports imports = fake();
        CliRun fx = CliRun.run(imports, "import", "fx", file.toString(), "--inverse", "--workspace", workspace);
        assertThat(fx.exitCode()).isZero();
        assertThat(imports.kind).isEqualTo(ImportKind.FX);
        assertThat(imports.options.inverseRates()).isTrue();
        assertThat(fx.out()).startsWith("Imported FX rates from accounts.csv");
        assertThat(CliRun.run(imports, "import", "fx", file.toString(), "--workspace", workspace).exitCode()).isZero();
        assertThat(imports.options.inverseRates()).isFalse();
        CliRun inflation = CliRun.run(imports, "import", "inflation", file.toString(), "--workspace", workspace);
        assertThat(inflation.exitCode()).isZero();
        assertThat(imports.kind).isEqualTo(ImportKind.INFLATION);
        assertThat(inflation.out()).contains("7 rates added");
    }

    @Test
    void missingFileIsBadInputWithOneClearLine() {
        FakeImports imports = fake();
        Path missing = dir.resolve("nope.csv");
        CliRun run = CliRun.run(imports, "import", "accounts", missing.toString(), "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("File not found: " + missing);
        assertThat(Path.of(workspace + ".mv.db")).as("no workspace created for nothing").doesNotExist();
        assertThat(Path.of(workspace + ".mv.db.state")).as("nor its state file (it was created ahead)").doesNotExist();

        CliRun folder = CliRun.run(imports, "import", "accounts", dir.toString(), "--workspace", workspace);
        assertThat(folder.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(folder.errLines()).containsExactly(dir + " is a folder, not a file.");

        CliRun noArgument = CliRun.run(imports, "import", "accounts", "--workspace", workspace);
        assertThat(noArgument.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(noArgument.err()).contains("FILE");

        CliRun noKind = CliRun.run(imports, "import", "--workspace", workspace);
        assertThat(noKind.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(noKind.err()).contains("accounts|revenue|fx|inflation");
    }

    @Test
    void problemsMeanNothingImportedOneLinePerProblemAndExitTwo() {
        List<ImportProblem> problems = List.of(
                new ImportProblem(3, "Amount", "abc", "is not an amount"),
                new ImportProblem(7, "Country", "Atlantis", "is not a known country"),
                new ImportProblem(9, null, null, "has no account id"));
        FakeImports imports = new FakeImports(home,
                kind -> new ImportReport(kind, false, 10, 7, 0, 0, 0, 3, problems));
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                "Line 3, column 'Amount': 'abc' is not an amount",
                "Line 7, column 'Country': 'Atlantis' is not a known country",
                "Line 9: has no account id",
                "3 problems; nothing was imported.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void moreThanAHundredProblemsAreCounted() {
        List<ImportProblem> first100 = new ArrayList<>();
        for (int i = 0; i < ImportReport.MAX_PROBLEMS; i++) {
            first100.add(new ImportProblem(i + 2, "Amount", "x" + i, "is not an amount"));
        }
        FakeImports imports = new FakeImports(home,
                kind -> new ImportReport(kind, false, 500, 250, 0, 0, 0, 250, first100));
        CliRun run = CliRun.run(imports, "import", "revenue", file.toString(), "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        List<String> lines = run.errLines();
        assertThat(lines).hasSize(102);
        assertThat(lines.get(0)).isEqualTo("Line 2, column 'Amount': 'x0' is not an amount");
        assertThat(lines.get(100)).isEqualTo("... and 150 more");
        assertThat(lines.get(101)).isEqualTo("250 problems; nothing was imported.");
    }

    @Test
    void skipInvalidImportsTheRestAndWarns() {
        FakeImports imports = new FakeImports(home, kind -> new ImportReport(kind, true, 10, 9, 9, 0, 0, 1,
                List.of(new ImportProblem(4, "Billing Country", "Atlantis\nNorth", "is not a known country"))));
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--skip-invalid",
                "--workspace", workspace);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.errLines()).containsExactly(
                "Warning: Line 4, column 'Billing Country': 'Atlantis North' is not a known country",
                "1 problem; 1 row skipped.");
        assertThat(run.out()).contains("10 rows read, 9 imported, 1 skipped; 9 accounts added");
    }

    @Test
    void inputThatCannotBeImportedIsOneLineAndExitTwo() {
        FakeImports imports = new FakeImports(home, kind -> {
            throw new ImportInputException("No column holds the account id: map one with --map \"HEADER=externalId\".");
        });
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                "No column holds the account id: map one with --map \"HEADER=externalId\".");
    }

    @Test
    void unexpectedFailureIsExitOne() {
        FakeImports imports = new FakeImports(home, kind -> {
            throw new IllegalStateException("disk full");
        });
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--workspace", workspace);
        assertThat(run.exitCode()).isEqualTo(KamCli.FAILURE);
        assertThat(run.err()).contains("disk full");
    }

    @Test
    void jsonReportOnRequest() throws Exception {
        FakeImports imports = fake();
        CliRun run = CliRun.run(imports, "import", "accounts", file.toString(), "--json", "--workspace", workspace);
        assertThat(run.exitCode()).isZero();
        var report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("added").asLong()).isEqualTo(7);
        assertThat(report.get("problems").isArray()).isTrue();
    }
}
