package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** Issue 14 §3: a read command opens the workspace only for reading and writes nothing, yet refuses a damaged file. */
class ReadCommandsWriteNothingTest {
    @TempDir
    Path home;

    @TempDir
    Path dir;

    private Path seeded() {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace);
        return workspace;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Every file beside the workspace (state file, backups), with its checksum. */
    private List<String> everyFile() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return dir.relativize(f) + " " + sha256(f) + " " + Files.getLastModifiedTime(f);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void statusAndParetoLeaveEveryFileByteForByteAsItWas() throws Exception {
        Path workspace = seeded();
        Path file = dir.resolve("client.mv.db");
        String before = sha256(file);
        List<String> filesBefore = everyFile();
        CliRun status = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, "status", "--json");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("\"accounts\" : 2");
        CliRun pareto = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, "analyze", "pareto", "--year",
                "2024", "--by", "region", "--json");
        assertThat(pareto.exitCode()).as(pareto.toString()).isZero();
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(everyFile()).isEqualTo(filesBefore);
    }

    @Test
    void theOtherReadCommandsWriteNothingEither() throws Exception {
        Path workspace = seeded();
        List<String> filesBefore = everyFile();
        for (String[] args : List.of(new String[] {"accounts", "list", "--json"}, new String[] {"account", "show", "A1"},
                new String[] {"plan", "show", "A1"}, new String[] {"actions", "list"}, new String[] {"settings", "show"},
                new String[] {"scenario", "lose", "A1", "--year", "2024"}, new String[] {"score", "--json"})) {
            CliRun run = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, args);
            assertThat(run.err()).as(Arrays.toString(args) + "\n" + run).doesNotContain("read only")
                    .doesNotContain("Unexpected failure");
            assertThat(everyFile()).as(Arrays.toString(args)).isEqualTo(filesBefore);
        }
    }

    @Test
    void aDamagedWorkspaceIsStillRefusedWithExit4AndLeftUntouched() throws Exception {
        for (String damage : List.of("truncated", "rolled back")) {
            Path workspace = dir.resolve(damage.replace(' ', '-'));
            Path file = dir.resolve(workspace.getFileName() + ".mv.db");
            StatusCommandTest.seed(workspace);
            byte[] older = Files.readAllBytes(file);
            // a second session: the state file now records a later change
            assertThat(CliRun.inWorkspace(new WorkspaceWiring(home), workspace, "settings", "set",
                    "reporting-currency", "GBP").exitCode()).isZero();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, damage.equals("truncated") ? Arrays.copyOf(bytes, bytes.length * 2 / 3) : older);
            String before = sha256(file);
            for (String[] args : List.of(new String[] {"status", "--json"},
                    new String[] {"analyze", "pareto", "--by", "region", "--json"})) {
                CliRun run = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, args);
                assertThat(run.exitCode()).as(damage + " " + Arrays.toString(args) + "\n" + run)
                        .isEqualTo(KamCli.DAMAGED);
                assertThat(run.err()).contains("is damaged").doesNotContain("Exception");
                assertThat(sha256(file)).isEqualTo(before);
            }
        }
    }

    @Test
    void theCommandLineTellsReadCommandsFromWrites() {
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"status", "--json"})).isTrue();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"--workspace", "x", "analyze", "pareto"})).isTrue();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"accounts", "list"})).isTrue();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"settings", "--workspace=x", "show"})).isTrue();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"settings", "set", "reporting-currency", "GBP"})).isFalse();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"import", "revenue", "x.csv"})).isFalse();
        assertThat(WorkspacePrefetch.readsOnly(new String[] {"kpi", "import", "k.csv"})).isFalse();
    }

    @Test
    void aWriteAfterAReadOpenedAheadStillWrites() throws IOException {
        Path workspace = seeded();
        CliRun set = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, "settings", "set", "reporting-currency",
                "GBP");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        CliRun show = CliRun.inWorkspace(new WorkspaceWiring(home), workspace, "settings", "show", "--json");
        assertThat(show.out()).contains("GBP");
    }
}
