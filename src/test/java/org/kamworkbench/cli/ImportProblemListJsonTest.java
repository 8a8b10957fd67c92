package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** A cut problem list says so in JSON: {@code problemCount} (all) and {@code problemsTruncated}. */
class ImportProblemListJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path fxFile(int badRows) throws IOException {
        StringBuilder csv = new StringBuilder("year,currency,rate_to_eur\n2024,USD,0.9\n");
        for (int i = 0; i < badRows; i++) {
            csv.append("2024,USD,abc").append(i).append('\n');
        }
        return Files.writeString(dir.resolve("fx-" + badRows + ".csv"), csv.toString());
    }

    private CliRun importFx(Path file, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "import";
        args[1] = "fx";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        args[3 + more.length] = "--workspace";
        args[4 + more.length] = dir.resolve("client").toString();
        return CliRun.run(new WorkspaceWiring(dir), args);
    }

    @Test
    void aListCutAtOneHundredSaysHowManyThereAre() throws IOException {
        CliRun run = importFx(fxFile(150), "--json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("problemCount").asLong()).isEqualTo(150);
        assertThat(j.get("problems")).hasSize(100);
        assertThat(j.get("problemsTruncated").asBoolean()).isTrue();
        assertThat(run.errLines()).contains("... and 50 more");
    }

    @Test
    void aWholeListIsNotTruncated() throws IOException {
        CliRun run = importFx(fxFile(2), "--json", "--skip-invalid");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("problemCount").asLong()).isEqualTo(2);
        assertThat(j.get("problems")).hasSize(2);
        assertThat(j.get("problemsTruncated").isBoolean()).isTrue();
        assertThat(j.get("problemsTruncated").asBoolean()).isFalse();
    }
}
