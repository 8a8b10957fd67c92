package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** {@code import contacts} and {@code account show} on real files and a real workspace. */
class AccountShowCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(dir.resolve("client").toString());
        return CliRun.run(new WorkspaceWiring(home), all.toArray(String[]::new));
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    @BeforeEach
    void portfolio() throws IOException {
        Path accounts = Files.writeString(dir.resolve("accounts.csv"), "id,name,country,parent\n"
                + "ACME,Acme Holding,DE,\nACME-IT,Acme Italia,IT,ACME\nSOLO,Solo Srl,IT,\n");
        Path revenue = Files.writeString(dir.resolve("revenue.csv"), "account,date,amount,currency\n"
                + "ACME,2025-03-01,1000.50,EUR\nACME-IT,2025-04-01,200.25,EUR\nACME-IT,2024-04-01,100,EUR\n"
                + "SOLO,2025-01-01,5,EUR\n");
        ok("import", "accounts", accounts.toString());
        ok("import", "revenue", revenue.toString());
    }

    @Test
    void contactsFromBothCrmsThenTheAccountAsJson() throws IOException {
        CliRun sf = ok("import", "contacts", ImportEndToEndTest.fixture("salesforce-contacts.csv"), "--json");
        JsonNode report = JSON.readTree(sf.out());
        assertThat(report.get("added").asLong()).isEqualTo(4);
        CliRun hs = ok("import", "contacts", ImportEndToEndTest.fixture("hubspot-contacts.csv"));
        assertThat(hs.out()).contains("2 contacts added, 1 updated");

        JsonNode acme = JSON.readTree(ok("account", "show", "ACME", "--json").out());
        assertThat(acme.get("externalId").asText()).isEqualTo("ACME");
        assertThat(acme.get("name").asText()).isEqualTo("Acme Holding");
        assertThat(acme.get("country").asText()).isEqualTo("DE");
        assertThat(acme.get("parent").isNull()).isTrue();
        assertThat(acme.get("children").toString()).isEqualTo("[{\"externalId\":\"ACME-IT\",\"name\":\"Acme Italia\"}]");
        assertThat(acme.get("groupRevenue").decimalValue()).isEqualByComparingTo("1300.75");
        assertThat(acme.get("leadKam").isNull()).isTrue();
        assertThat(acme.get("team").isEmpty()).isTrue();

        JsonNode people = acme.get("stakeholders");
        assertThat(people).hasSize(5);
        long eva = idOf(people, "Eva Chief");
        assertThat(byName(people, "Bo Buyer").get("reportsTo").asLong()).isEqualTo(eva);
        assertThat(byName(people, "Carl Cost").get("reportsTo").asLong()).isEqualTo(eva);
        assertThat(byName(people, "Eva Chief").get("reportsTo").isNull()).isTrue();
        assertThat(byName(people, "Eva Chief").get("buyingRole").asText()).isEqualTo("ECONOMIC_BUYER");
        assertThat(byName(people, "Ina Tech").get("buyingRole").asText()).isEqualTo("TECHNICAL_BUYER");
        assertThat(byName(people, "Eva Chief").fieldNames()).toIterable().contains("id", "name", "title", "reportsTo",
                "buyingRole", "influence", "attitude", "relationship");
        List<String> codes = new ArrayList<>();
        acme.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        // Eva and Ina are decision-makers never contacted; nobody has a relationship with us yet
        assertThat(codes).containsExactly("STALE_CONTACT", "STALE_CONTACT", "SINGLE_THREADED");
        acme.get("warnings").forEach(w -> assertThat(w.get("message").asText()).isNotBlank());

        JsonNode italia = JSON.readTree(ok("account", "show", "ACME-IT", "--json").out());
        assertThat(italia.get("parent").toString()).isEqualTo("{\"externalId\":\"ACME\",\"name\":\"Acme Holding\"}");
        assertThat(italia.get("groupRevenue").decimalValue()).isEqualByComparingTo("1300.75");
        assertThat(italia.get("warnings").get(0).get("code").asText()).isEqualTo("NO_ECONOMIC_BUYER");
    }

    @Test
    void paretoCanRollAccountsUpToTheirGroupKeepingItsJsonShape() throws IOException {
        JsonNode plain = JSON.readTree(ok("analyze", "pareto", "--from", "2024-01-01", "--to", "2025-12-31", "--json")
                .out());
        JsonNode grouped = JSON.readTree(ok("analyze", "pareto", "--from", "2024-01-01", "--to", "2025-12-31",
                "--group-roll-up", "--json").out());
        assertThat(plain.get("accounts").asInt()).isEqualTo(3);
        assertThat(grouped.get("accounts").asInt()).isEqualTo(2);
        assertThat(grouped.get("totalRevenue").decimalValue()).isEqualByComparingTo(
                plain.get("totalRevenue").decimalValue());
        assertThat(grouped.get("top1Share").asDouble()).isEqualTo(1300.75 / 1305.75);
        List<String> plainKeys = new ArrayList<>();
        plain.fieldNames().forEachRemaining(plainKeys::add);
        List<String> groupedKeys = new ArrayList<>();
        grouped.fieldNames().forEachRemaining(groupedKeys::add);
        assertThat(groupedKeys).isEqualTo(plainKeys);
    }

    @Test
    void anUnknownAccountExitsTwoWithOneLine() {
        CliRun run = cli("account", "show", "NOPE", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("There is no account with the id 'NOPE'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aContactOfAnUnknownAccountChangesNothingAndExitsTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "First Name,Last Name,Account ID,Email\n"
                + "Eva,Chief,ACME,eva@acme.example\nAl,Alone,NOPE,\n");
        CliRun run = cli("import", "contacts", bad.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Line 3", "NOPE", "import the accounts first");
        assertThat(JSON.readTree(ok("account", "show", "ACME", "--json").out()).get("stakeholders")).isEmpty();
    }

    private static JsonNode byName(JsonNode people, String name) {
        for (JsonNode p : people) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no " + name + " in " + people);
    }

    private static long idOf(JsonNode people, String name) {
        return byName(people, name).get("id").asLong();
    }
}
