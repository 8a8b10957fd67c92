package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;

/**
 * {@code kill -9} of a command-line process at a random moment of an import or an edit: the workspace
 * is afterwards exactly as before or exactly as after the call (accounts, their names, revenue records
 * and totals, reporting currency), and opens cleanly, or is refused as damaged (exit code 4) — counted
 * and printed. Runs 3 times in {@code mvn verify}; {@code -Dkam.kill9.runs=20} for the full series.
 */
class KillNineTest {
    private static final int RUNS = Integer.getInteger("kam.kill9.runs", 3);

    @TempDir
    Path dir;

    /** What a call does, as command-line arguments before --workspace. */
    private enum Call {
        REVENUE_IMPORT, ACCOUNTS_EDIT, SETTINGS_EDIT
    }

    /** The parts of a workspace a call changes. */
    private record State(long accounts, long records, String eur, String currency, String names) {
    }

    @Test
    void killedAtARandomMomentTheWorkspaceIsExactlyBeforeOrAfter() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        RevenueFiles.RevenueFile base = RevenueFiles.write(dir.resolve("base.csv"), 1, 20_000);
        RevenueFiles.RevenueFile more = RevenueFiles.write(dir.resolve("more.csv"), 2, 60_000);
        Path renames = dir.resolve("renames.csv");
        StringBuilder accounts = new StringBuilder("Account ID,Account Name,Billing Country\n");
        for (int i = 1; i <= 40; i++) {
            accounts.append("ACC-").append(i).append(",Renamed ").append(i).append(",IT\n");
        }
        Files.writeString(renames, accounts);

        Path template = dir.resolve("template");
        Files.createDirectories(template);
        assertThat(launch(home, template.resolve("ws"), "import", "revenue", base.path().toString(), "--create-accounts")
                .waitFor()).as("the base import; its output: %s", calls()).isZero();
        State before = state(home, template.resolve("ws"));

        Map<Call, State> after = new TreeMap<>();
        Map<Call, Long> duration = new TreeMap<>();
        for (Call call : Call.values()) {
            Path ws = copy(template, dir.resolve("after-" + call));
            long start = System.nanoTime();
            assertThat(launch(home, ws, args(call, more.path(), renames)).waitFor()).as("%s completes: %s", call, calls())
                    .isZero();
            duration.put(call, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            after.put(call, state(home, ws));
            assertThat(after.get(call)).as("%s changes the workspace", call).isNotEqualTo(before);
        }

        Random random = new Random();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Call call = Call.values()[run % Call.values().length];
            Path ws = copy(template, dir.resolve("run-" + run));
            // anywhere from the JVM's start to a little after the call's usual end
            int delay = (int) (duration.get(call) * (0.3 + random.nextDouble()));
            Process process = launch(home, ws, args(call, more.path(), renames));
            boolean ended = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly(); // SIGKILL
                process.waitFor(30, TimeUnit.SECONDS);
            }
            String outcome;
            try {
                State now = state(home, ws);
                assertThat(now).as("run %d (%s, killed after %d ms)", run, call, delay)
                        .isIn(before, after.get(call));
                outcome = now.equals(before) ? "before" : "after";
            } catch (WorkspaceDamagedException refused) {
                outcome = "refused as damaged";
            }
            outcome = (ended ? "ended before the kill, " : "killed, ") + outcome;
            outcomes.merge(call + ": " + outcome, 1, Integer::sum);
            lines.add(String.format("run %2d %-15s %5d ms  %s", run, call, delay, outcome));
        }
        System.out.println("KillNineTest, " + RUNS + " runs; uninterrupted calls took " + duration + " ms:\n" + String.join("\n", lines) + "\n" + outcomes);
    }

    private String calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static String[] args(Call call, Path revenue, Path renames) {
        return switch (call) {
            case REVENUE_IMPORT -> new String[] {"import", "revenue", revenue.toString(), "--add", "--create-accounts"};
            case ACCOUNTS_EDIT -> new String[] {"import", "accounts", renames.toString()};
            case SETTINGS_EDIT -> new String[] {"settings", "set", "reporting-currency", "USD"};
        };
    }

    private Process launch(Path home, Path ws, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home,
                "-Dkam.failureLog=" + dir.resolve("failures.log"), Launcher.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--workspace", ws.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("calls.log").toFile())).start();
    }

    private static State state(Path home, Path ws) {
        try (WorkspaceServices services = new WorkspaceWiring(home).openForReading(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
            WorkspaceStatus status = services.status().status();
            String names = services.accounts().list().stream().map(Account::name).sorted()
                    .collect(Collectors.joining("|"));
            return new State(status.accounts(), status.revenueRecords(),
                    String.valueOf(status.revenueByCurrency().get("EUR")), status.reportingCurrency(),
                    Integer.toHexString(names.hashCode()));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to.resolve("ws");
    }
}
