package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** criteria import, ratings import and score on real files and a real workspace (issue 4 §4). */
class ScoreEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CRITERIA = """
            {"name": "KAM 2025", "quadrantCut": 50,
             "criteria": [
              {"name": "Revenue potential", "axis": "attractiveness", "weight": 30, "scale": 5, "source": "manual",
               "anchors": ["none", "small", "medium", "large", "huge"]},
              {"name": "Fit", "axis": "attractiveness", "weight": 20, "scale": 5, "source": "manual"},
              {"name": "Our revenue", "axis": "strength", "weight": 50, "scale": 5, "source": "revenue",
               "thresholds": [100, 200, 300, 400]}]}
            """;

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve("client"), args);
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @BeforeEach
    void portfolio() throws IOException {
        ok("import", "accounts", file("accounts.csv", """
                Account ID,Account Name,Currency
                X1,Alpha,EUR
                X2,Beta,EUR
                X3,Gamma,EUR
                X4,Delta,EUR
                """));
        ok("import", "revenue", file("revenue.csv", """
                Account,Period,Amount,Currency
                X1,2024-06,250,EUR
                X2,2024-06,99.99,EUR
                X3,2024-06,400,EUR
                X1,2025-03,10,EUR
                """));
    }

    @Test
    void scoresAreHandComputedSortedAndIncompleteAccountsComeLast() throws IOException {
        assertThat(ok("criteria", "import", file("kam.json", CRITERIA)).out())
                .contains("Saved criteria set 'KAM 2025' version 1 (3 criteria).");
        assertThat(ok("ratings", "import", file("ratings.csv", """
                account,criterion,rating
                X1,Revenue potential,5
                X1,Fit,1
                X2,Revenue potential,4
                X2,Fit,4
                X3,Revenue potential,1
                X3,Fit,2
                X4,Revenue potential,3
                """)).out()).contains("Imported 7 ratings");
        JsonNode score = JSON.readTree(ok("score", "--year", "2024", "--json").out());
        assertThat(score.get("criteriaSet").asText()).isEqualTo("KAM 2025");
        assertThat(score.get("version").asInt()).isEqualTo(1);
        JsonNode accounts = score.get("accounts");
        assertThat(accounts).hasSize(4);
        JsonNode x1 = accounts.get(0);
        assertThat(x1.get("externalId").asText()).isEqualTo("X1");
        assertThat(x1.get("name").asText()).isEqualTo("Alpha");
        assertThat(x1.get("attractiveness").asDouble()).isEqualTo(60.0);
        assertThat(x1.get("strength").asDouble()).isEqualTo(50.0);
        assertThat(x1.get("score").asDouble()).isEqualTo(55.0);
        assertThat(x1.get("quadrant").asText()).isEqualTo("Strategic");
        assertThat(x1.get("complete").asBoolean()).isTrue();
        assertThat(accounts.get(1).get("externalId").asText()).isEqualTo("X3");
        assertThat(accounts.get(1).get("quadrant").asText()).isEqualTo("Maintain");
        assertThat(accounts.get(2).get("quadrant").asText()).isEqualTo("Development");
        JsonNode x4 = accounts.get(3);
        assertThat(x4.get("externalId").asText()).isEqualTo("X4");
        assertThat(x4.get("complete").asBoolean()).isFalse();
        assertThat(x4.has("score")).isFalse();
        // without --year: 2024 is the last complete year with revenue (2025 has only March)
        assertThat(JSON.readTree(ok("score", "--json").out()).get("year").asInt()).isEqualTo(2024);
        // a second import of the same name is version 2
        assertThat(ok("criteria", "import", file("kam.json", CRITERIA)).out()).contains("version 2");
        ok("criteria", "import", file("other.json", CRITERIA.replace("KAM 2025", "Other")));
        assertThat(JSON.readTree(ok("score", "--json").out()).get("criteriaSet").asText()).isEqualTo("Other");
        JsonNode named = JSON.readTree(ok("score", "--set", "KAM 2025", "--json").out());
        assertThat(named.get("criteriaSet").asText()).isEqualTo("KAM 2025");
        assertThat(named.get("version").asInt()).isEqualTo(2);
        CliRun unknown = cli("score", "--set", "Nope", "--json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no criteria set named 'Nope'");
    }

    @Test
    void badCriteriaFilesExit2WithAReasonPerProblemAndChangeNothing() throws IOException {
        CliRun bad = cli("criteria", "import", file("bad.json", """
                {"name": "KAM 2025", "criteria": [
                  {"name": "A", "axis": "attractiveness", "weight": 30, "source": "manual"},
                  {"name": "B", "axis": "strength", "weight": 30, "source": "gut feeling"}]}
                """));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly(
                "Criterion 'B': unknown source 'gut feeling' (use manual, revenue, growth, annualRevenue, employees "
                        + "or shareOfWallet).",
                "A criteria set needs 3 to 8 criteria; this one has 2.",
                "The weights add up to 60; they must add up to 100.");
        CliRun none = cli("score", "--json");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("No criteria set yet");
        StringBuilder nine = new StringBuilder("{\"name\": \"N\", \"criteria\": [");
        for (int i = 0; i < 9; i++) {
            nine.append(i == 0 ? "" : ",").append("{\"name\": \"C").append(i).append("\", \"axis\": \"")
                    .append(i % 2 == 0 ? "attractiveness" : "strength").append("\", \"weight\": ")
                    .append(i == 0 ? 20 : 10).append("}");
        }
        CliRun tooMany = cli("criteria", "import", file("nine.json", nine + "]}"));
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.errLines()).containsExactly("A criteria set needs 3 to 8 criteria; this one has 9.");
        assertThat(cli("criteria", "import", file("broken.json", "{\"name\": ")).err()).contains("is not valid JSON");
    }

    @Test
    void badRatingsExit2NamingLineColumnAndValueAndChangeNothing() throws IOException {
        ok("criteria", "import", file("kam.json", CRITERIA));
        CliRun bad = cli("ratings", "import", file("ratings.csv", """
                account,criterion,rating
                X1,Fit,3
                NOPE,Fit,3
                X2,Charm,3
                X3,Fit,6
                X3,Our revenue,2
                """));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly(
                "Line 3, column 'account': 'NOPE' is not the external id of an account in this workspace",
                "Line 4, column 'criterion': 'Charm' is not a criterion of 'KAM 2025' (version 1)",
                "Line 5, column 'rating': '6' is outside the scale 1–5 of 'Fit'",
                "Line 6, column 'criterion': 'Our revenue' is derived from data (revenue), not rated by people",
                "4 problems; nothing was imported.");
        JsonNode score = JSON.readTree(ok("score", "--json").out());
        score.get("accounts").forEach(a -> assertThat(a.get("complete").asBoolean()).isFalse());
    }

    @Test
    void effortAndSpendImportAndShareOfWalletUsesThem() throws IOException {
        assertThat(ok("effort", "import", file("effort.csv", """
                account,year,hours,budget
                X1,2024,120,5000
                X2,2024,,800
                """)).out()).contains("Imported 2 effort rows");
        CliRun badSpend = cli("spend", "import", file("spend.csv", """
                account,amount,currency
                X1,1000,EUR
                X2,abc,EURO
                """));
        assertThat(badSpend.exitCode()).isEqualTo(2);
        assertThat(badSpend.errLines()).contains(
                "Line 3, column 'amount': 'abc' is not an amount",
                "Line 3, column 'currency': 'EURO' is not an ISO 4217 currency code");
        ok("spend", "import", file("spend.csv", "account,amount,currency\nX1,1000,EUR\nX3,400,EUR\n"));
        ok("criteria", "import", file("wallet.json", """
                {"name": "Wallet", "criteria": [
                  {"name": "Share of wallet", "axis": "strength", "weight": 50, "source": "shareOfWallet",
                   "thresholds": [10, 20, 50, 100]},
                  {"name": "Size", "axis": "attractiveness", "weight": 25, "source": "revenue", "levels": "quantiles"},
                  {"name": "Fit", "axis": "attractiveness", "weight": 25}]}
                """));
        ok("ratings", "import", file("r.csv", "account,criterion,rating,author,comment\nX1,Fit,5,Ann,great\n"
                + "X3,Fit,5,Ann,\n"));
        JsonNode accounts = JSON.readTree(ok("score", "--year", "2024", "--json").out()).get("accounts");
        // X3: 400/400 = 100 % → level 5, strength 100; X1: 250/1000 = 25 % → level 3, strength 50
        assertThat(accounts.get(0).get("externalId").asText()).isEqualTo("X3");
        assertThat(accounts.get(0).get("strength").asDouble()).isEqualTo(100.0);
        assertThat(accounts.get(1).get("strength").asDouble()).isEqualTo(50.0);
        assertThat(accounts.get(2).get("complete").asBoolean()).isFalse();
    }
}
