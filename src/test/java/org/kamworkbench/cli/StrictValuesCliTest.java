package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** Issue 11 §1 from the command line: every value that breaks the number grammar is named, nothing lands. */
class StrictValuesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve("client"), args);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void aRevenueFileWithBadValuesExitsTwoNamingEachAndImportsNothing() throws IOException {
        Path accounts = file("accounts.csv", "account_id;name;country;currency", "A1;Acme;IT;EUR",
                "A2;Globex;US;USD");
        assertThat(cli("import", "accounts", accounts.toString()).exitCode()).isZero();
        Path revenue = file("revenue.csv", "account_id;date;amount",
                "A1;2024-01-10;1.234,50",
                "A1;2024-01-11;1234.567",
                "A1;2024-01-12;12,3x",
                "A1;2024-01-13;12,3 kg",
                "A1;2024-01-14;1e3",
                "A1;2024-01-15;NaN",
                "A1;2024-01-16;Infinity",
                "A1;2024-01-17;12.34.5",
                "A2;2024-01-18;€12",
                "A2;2024-01-19;(1.234,50)",
                "A2;2024-01-20;1.234,50-",
                "A1;2024-01-21;1\u00A0234,50",
                "A1;2024-01-22;",
                "A1;2024-02-30;5",
                "A1;2024-01-23 25:61;5");
        CliRun run = cli("import", "revenue", revenue.toString(), "--decimal", ",");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        List<String> lines = run.errLines();
        assertThat(lines).containsExactly(
                "Line 3, column 'amount': '1234.567' is not an amount",
                "Line 4, column 'amount': '12,3x' is not an amount",
                "Line 5, column 'amount': '12,3 kg' is not an amount",
                "Line 6, column 'amount': '1e3' is not an amount",
                "Line 7, column 'amount': 'NaN' is not an amount",
                "Line 8, column 'amount': 'Infinity' is not an amount",
                "Line 9, column 'amount': '12.34.5' is not an amount",
                "Line 10, column 'amount': '€12' is in € (EUR) but the line's currency is USD",
                "Line 14, column 'amount': the amount is empty",
                "Line 15, column 'date': '2024-02-30' is not a date (expected yyyy-MM-dd)",
                "Line 16, column 'date': '2024-01-23 25:61' is not a date (expected yyyy-MM-dd)",
                "11 problems; nothing was imported.");
        assertThat(JSON.readTree(cli("status", "--json").out()).get("revenueRecords").asLong()).isZero();

        Path good = file("good.csv", "account_id;date;amount", "A1;2024-01-10;1.234,50", "A2;2024-01-19;(1.234,50) $",
                "A2;2024-01-20;1.234,50-", "A1;2024-01-21;1\u00A0234,50 €", "A1;2024-01-22 08:26:00;2,5");
        CliRun ok = cli("import", "revenue", good.toString(), "--decimal", ",", "--json");
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(JSON.readTree(cli("status", "--json").out()).get("revenueRecords").asLong()).isEqualTo(5);
    }
}
