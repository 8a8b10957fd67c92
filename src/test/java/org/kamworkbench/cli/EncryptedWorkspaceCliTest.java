package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/**
 * Encrypted workspaces from the command line: created with --encrypt, opened with --password-file or
 * KAM_WORKSPACE_PASSWORD, refused with exit 2 without it or with a wrong one, backups listed, password changed.
 */
class EncryptedWorkspaceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "Rossi Alimentari";

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private WorkspaceWiring wiring;
    private Path workspace;
    private Path passwordFile;
    private Path accounts;

    @BeforeEach
    void files() throws IOException {
        wiring = new WorkspaceWiring(home);
        workspace = dir.resolve("client");
        passwordFile = Files.writeString(dir.resolve("pw.txt"), "my secret phrase\n");
        accounts = Files.writeString(dir.resolve("accounts.csv"),
                "Account ID,Account Name,Country\nR1,Rossi Alimentari S.p.A.,Italy\nM2,Muller Maschinenbau GmbH,Germany\n");
    }

    private CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new KamCli(wiring, new PrintWriter(out, true), new PrintWriter(err, true))
                .environment(env::get).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run(Map.of(), args);
    }

    private String ws() {
        return workspace.toString();
    }

    private void createAndImport() {
        CliRun created = run("workspace", "create", "--encrypt", "--password-file", passwordFile.toString(),
                "--workspace", ws());
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("Created the encrypted workspace");
        CliRun imported = run(Map.of(PasswordSource.ENV, "my secret phrase"), "import", "accounts",
                accounts.toString(), "--workspace", ws());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
    }

    private static boolean holdsPlain(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void createImportAndReadBackWithThePasswordFromAFileOrTheEnvironment() throws Exception {
        createAndImport();

        CliRun listed = run("accounts", "list", "--json", "--password-file", passwordFile.toString(), "--workspace", ws());
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("Rossi Alimentari S.p.A.", "Muller Maschinenbau GmbH");
        CliRun status = run(Map.of(PasswordSource.ENV, "my secret phrase"), "status", "--json", "--workspace", ws());
        assertThat(JSON.readTree(status.out()).get("accounts").asLong()).isEqualTo(2);
        assertThat(holdsPlain(dir.resolve("client.mv.db"), ACCOUNT)).isFalse();
    }

    @Test
    void aMissingPasswordIsBadInputThatSaysHowToGiveIt() {
        createAndImport();

        CliRun run = run("status", "--workspace", ws());

        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("is encrypted and needs its password", "--password-file FILE",
                PasswordSource.ENV).doesNotContain("Exception", "damaged");
    }

    @Test
    void aWrongPasswordIsBadInput() {
        createAndImport();

        CliRun run = run(Map.of(PasswordSource.ENV, "not it"), "accounts", "list", "--workspace", ws());

        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("That is not the password of the workspace "
                + dir.resolve("client.mv.db").toAbsolutePath() + ".");
    }

    @Test
    void anUnreadableOrEmptyPasswordFileIsBadInput() throws IOException {
        createAndImport();
        CliRun missing = run("status", "--password-file", dir.resolve("nope.txt").toString(), "--workspace", ws());
        assertThat(missing.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(missing.err()).contains("Cannot read the password file");

        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        CliRun blank = run("status", "--password-file", empty.toString(), "--workspace", ws());
        assertThat(blank.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(blank.err()).contains("is empty");
    }

    @Test
    void encryptWithoutAPasswordIsRefusedAndCreatesNothing() {
        CliRun run = run("workspace", "create", "--encrypt", "--workspace", ws());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("--encrypt needs a password");
        assertThat(dir.resolve("client.mv.db")).doesNotExist();
    }

    @Test
    void backupsAreListedAndTheBackupJsonHoldsTheirContentsWithThePassword() throws Exception {
        createAndImport();

        CliRun refused = run("workspace", "backups", "--json", "--workspace", ws());
        assertThat(refused.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        CliRun listed = run("workspace", "backups", "--json", "--password-file", passwordFile.toString(),
                "--workspace", ws());
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        JsonNode backups = JSON.readTree(listed.out());
        assertThat(backups).isNotEmpty();
        assertThat(backups.get(0).get("contents").get("accounts").asLong()).isEqualTo(2);

        CliRun restored = run(Map.of(PasswordSource.ENV, "my secret phrase"), "workspace", "restore",
                backups.get(backups.size() - 1).get("fileName").asText(), "--workspace", ws());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
    }

    @Test
    void changeThenRemoveThePassword() throws IOException {
        createAndImport();
        Path next = Files.writeString(dir.resolve("next.txt"), "another one\n");

        CliRun changed = run("workspace", "change-password", "--new-password-file", next.toString(),
                "--password-file", passwordFile.toString(), "--workspace", ws());
        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        assertThat(run("status", "--password-file", passwordFile.toString(), "--workspace", ws()).exitCode())
                .isEqualTo(KamCli.BAD_INPUT);
        assertThat(run("status", "--password-file", next.toString(), "--workspace", ws()).exitCode()).isZero();

        CliRun removed = run(Map.of(PasswordSource.ENV, "another one"), "workspace", "change-password", "--remove",
                "--workspace", ws());
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        CliRun plain = run("accounts", "list", "--workspace", ws());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.out()).contains("Rossi Alimentari S.p.A.");
    }
}
