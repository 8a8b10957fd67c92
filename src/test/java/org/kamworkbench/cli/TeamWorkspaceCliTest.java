package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.store.TeamServer;

/**
 * The command line on a team workspace on PostgreSQL (embedded, {@link TeamServer}): the same commands
 * answer the same as on an H2 workspace, the password comes from the environment or is typed, and a
 * failure to connect is one sentence, exit code 2.
 */
class TeamWorkspaceCliTest {
    @TempDir
    Path home;
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("KAM_DB_PASSWORD", TeamServer.PASSWORD));
    private Function<String, char[]> terminal = prompt -> null;
    private final List<String> prompts = new ArrayList<>();

    private CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new KamCli(new WorkspaceWiring(home, null, env::get), new PrintWriter(out, true),
                new PrintWriter(err, true)).terminal(prompt -> {
                    prompts.add(prompt);
                    return terminal.apply(prompt);
                }).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void importAnalyseAndStatusAnswerAsOnAnH2Workspace() throws java.io.IOException {
        String server = TeamServer.newDatabase().toString();
        String laptop = dir.resolve("laptop").toString();
        Path accounts = java.nio.file.Files.writeString(dir.resolve("accounts.csv"), """
                Account ID,Account Name,Country,Currency
                R1,Rossi Alimentari S.p.A.,Italy,EUR
                M2,Muller Maschinenbau GmbH,Germany,EUR
                D3,Dupont SA,France,EUR
                """);
        Path revenue = java.nio.file.Files.writeString(dir.resolve("revenue.csv"), """
                invoice_id,account_id,date,amount
                I1,R1,2024-01-17,1000.00
                I2,M2,2024-02-03,250.50
                I3,D3,2024-03-15,4000.00
                I4,R1,2024-06-30,-100.00
                """);
        for (String ws : List.of(server, laptop)) {
            ok("import", "accounts", accounts.toString(), "--workspace", ws);
            ok("import", "revenue", revenue.toString(), "--workspace", ws);
        }
        assertThat(ok("analyze", "pareto", "--json", "--workspace", server).out())
                .isEqualTo(ok("analyze", "pareto", "--json", "--workspace", laptop).out());
        assertThat(ok("accounts", "list", "--json", "--workspace", server).out())
                .isEqualTo(ok("accounts", "list", "--json", "--workspace", laptop).out());
        ServerAddress address = ServerAddress.parse(server);
        assertThat(ok("status", "--workspace", server).out())
                .contains("Workspace:        team workspace " + address.database() + " on the server localhost:"
                        + address.port() + " (user " + address.user() + ")")
                .contains("Accounts:         3")
                .doesNotContain(TeamServer.PASSWORD);
    }

    @Test
    void aWrongPasswordIsOneLineAndExitCode2() {
        String server = TeamServer.newDatabase().toString();
        env.put("KAM_DB_PASSWORD", "not-the-password");
        CliRun run = cli("status", "--workspace", server);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("The server localhost:").contains("refused the password of")
                .doesNotContain("not-the-password").doesNotContain("PSQLException").doesNotContain("\tat ");
    }

    @Test
    void anUnknownDatabaseAndAnUnreachableServerAreOneLineEach() {
        ServerAddress known = TeamServer.newDatabase();
        CliRun unknown = cli("status", "--workspace", TeamServer.address("nope", known.user()).toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly("There is no database nope on the server localhost:"
                + known.port() + ": check its name, or ask the administrator to create it.");
        CliRun unreachable = cli("analyze", "pareto", "--json", "--workspace", "postgresql://127.0.0.1:1/kam?user=anna");
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.errLines()).singleElement().asString().startsWith("Cannot reach the server 127.0.0.1:1");
    }

    @Test
    void withoutAPasswordAnywhereItIsAskedAtTheTerminalWithoutEcho() {
        String server = TeamServer.newDatabase().toString();
        env.clear();
        terminal = prompt -> TeamServer.PASSWORD.toCharArray();
        ok("import", "accounts", ImportEndToEndTest.fixture("salesforce-report-accounts.csv"), "--workspace", server);
        ServerAddress address = ServerAddress.parse(server);
        assertThat(prompts).containsExactly("Password of " + address.user() + " for " + address.shortName() + ": ");
    }

    @Test
    void withoutAPasswordAndWithoutATerminalItSaysWhereToPutIt() {
        String server = TeamServer.newDatabase().toString();
        env.clear();
        CliRun run = cli("status", "--workspace", server);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs the password").contains("KAM_DB_PASSWORD").contains("~/.pgpass");
    }

    @Test
    void anH2WorkspaceMovesToTheServerAndBack() {
        String laptop = dir.resolve("laptop").toString();
        ok("demo", "load", "--workspace", laptop);
        String archive = dir.resolve("moved.kamx").toString();
        ok("workspace", "export", "--out", archive, "--workspace", laptop);
        String server = TeamServer.newDatabase().toString();
        CliRun imported = ok("workspace", "import", archive, "--workspace", server);
        assertThat(imported.out()).contains("Imported");
        String back = dir.resolve("back.kamx").toString();
        ok("workspace", "export", "--out", back, "--workspace", server);
        String again = dir.resolve("again").toString();
        ok("workspace", "import", back, "--workspace", again);
        for (String[] command : List.of(new String[] {"analyze", "pareto", "--json"},
                new String[] {"accounts", "list", "--json"}, new String[] {"score", "--json"})) {
            String[] onServer = append(command, server);
            String[] onLaptop = append(command, laptop);
            String[] onAgain = append(command, again);
            assertThat(ok(onServer).out()).as(String.join(" ", command)).isEqualTo(ok(onLaptop).out())
                    .isEqualTo(ok(onAgain).out());
        }
        CliRun twice = cli("workspace", "import", archive, "--workspace", server);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already holds accounts");
    }

    @Test
    void undoAndBackupsSayATeamWorkspaceIsBackedUpOnTheServer() {
        String server = TeamServer.newDatabase().toString();
        CliRun run = cli("workspace", "backups", "--workspace", server);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pg_dump");
    }

    private static String[] append(String[] command, String workspace) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 2);
        all[command.length] = "--workspace";
        all[command.length + 1] = workspace;
        return all;
    }
}
