package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamworkbench.cli.ImportEndToEndTest.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** Real CRM exports through the command line with --format auto: keys, parents, owners, countries, the mapping. */
class CrmExportImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun ok(String... args) {
        CliRun run = CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve("client"), args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private Map<String, JsonNode> accounts() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(ok("accounts", "list", "--json").out()).forEach(a -> byId.put(a.get("externalId").asText(), a));
        return byId;
    }

    @Test
    void aSalesforceDataLoaderExportAndItsContacts() throws IOException {
        CliRun run = ok("import", "accounts", fixture("salesforce-dataloader-accounts.csv"), "--format", "auto");
        assertThat(run.out()).contains("8 rows read, 8 imported; 8 accounts added")
                .contains("Columns read as salesforce: Id → externalId, Name → name, ParentId → parentExternalId, "
                        + "Owner.Name → owner,")
                .contains("; ignored: AccountNumber, OwnerId, BillingStreet, BillingCity, BillingCountryCode, Phone, "
                        + "CreatedDate.");
        assertThat(run.errLines()).containsExactly("Warning: Column 'BillingCountry': 'Unspecified' (2 rows) is not a "
                + "country we know — imported with no country, in the region Unassigned (write an ISO code such as DE "
                + "or a name such as Germany to place it)");

        Map<String, JsonNode> accounts = accounts();
        assertThat(accounts).hasSize(8);
        JsonNode obrien = accounts.get("0015g00000Kq1AbAAJ");
        assertThat(obrien.get("owner").asText()).isEqualTo("Siobhan Kelly");
        assertThat(obrien.get("country").asText()).isEqualTo("IE");
        assertThat(obrien.get("parentExternalId").isNull()).isTrue();
        assertThat(accounts.get("0015g00000Kq1AeAAJ").get("parentExternalId").asText()).isEqualTo("0015g00000Kq1AdAAJ");
        assertThat(accounts.get("0015g00000Kq1AcAAJ").get("country").asText()).isEqualTo("ZA");
        assertThat(accounts.get("0015g00000Kq1AgAAJ").get("country").isNull()).isTrue();
        assertThat(accounts.get("0015g00000Kq1AgAAJ").get("region").asText()).isEqualTo("Unassigned");

        JsonNode contacts = JSON.readTree(ok("import", "contacts", fixture("salesforce-dataloader-contacts.csv"),
                "--format", "auto", "--json").out());
        assertThat(contacts.get("added").asLong()).isEqualTo(4);
        assertThat(contacts.get("preset").asText()).isEqualTo("salesforce");
        assertThat(contacts.get("columns").toString()).contains("{\"column\":\"AccountId\",\"field\":\"account\"}");
        assertThat(ok("account", "show", "0015g00000Kq1AdAAJ").out()).contains("Keisha Ramdial");
    }

    @Test
    void aHubSpotCompaniesExportInJson() throws IOException {
        JsonNode report = JSON.readTree(ok("import", "accounts", fixture("hubspot-companies-export.csv"), "--format",
                "auto", "--json").out());
        assertThat(report.get("preset").asText()).isEqualTo("hubspot");
        assertThat(report.get("added").asLong()).isEqualTo(6);
        assertThat(report.get("columns").toString()).contains("{\"column\":\"Record ID\",\"field\":\"externalId\"}",
                "{\"column\":\"Company owner\",\"field\":\"owner\"}",
                "{\"column\":\"Country/Region\",\"field\":\"country\"}");
        assertThat(report.get("ignoredColumns").toString()).contains("Create Date");
        JsonNode warning = report.get("warnings").get(0);
        assertThat(warning.get("column").asText()).isEqualTo("Country/Region");
        assertThat(warning.get("value").asText()).isEqualTo("Channel Islands");
        assertThat(warning.get("count").asLong()).isEqualTo(1);

        Map<String, JsonNode> accounts = accounts();
        assertThat(accounts).containsKeys("17850", "17851", "17852", "17853", "17854", "17855");
        assertThat(accounts.get("17850").get("owner").asText()).isEqualTo("Maria Rossi");
        assertThat(accounts.get("17851").get("parentExternalId").asText()).isEqualTo("17850");
        assertThat(accounts.get("17854").get("country").asText()).isEqualTo("VN");
        // an id typed as a spreadsheet wrote it is the same account
        assertThat(ok("account", "show", "17850.0").out()).contains("Atlas Retail Group");
    }
}
