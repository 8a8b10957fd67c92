package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kamworkbench.service.imports.fakes.Workbench.fixture;

import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.imports.fakes.Workbench;

/** Salesforce Data Loader and HubSpot exports with their real headers (issue 11 §3), imported with format auto. */
class CrmExportsTest {
    private static final String OBRIEN = "0015g00000Kq1AbAAJ";
    private final Workbench wb = new Workbench();

    @Test
    void aSalesforceDataLoaderExportIsKeyedByIdWithItsParentsOwnersAndCountries() {
        ImportReport r = wb.importFile(fixture("salesforce-dataloader-accounts.csv"), ImportKind.ACCOUNTS);

        assertThat(r.applied()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(8);
        assertThat(r.preset()).isEqualTo("salesforce");
        assertThat(r.columns()).contains(new MappedColumn("Id", "externalId"), new MappedColumn("Name", "name"),
                new MappedColumn("ParentId", "parentExternalId"), new MappedColumn("Owner.Name", "owner"),
                new MappedColumn("BillingCountry", "country"), new MappedColumn("CurrencyIsoCode", "currency"),
                new MappedColumn("AnnualRevenue", "annualRevenue"), new MappedColumn("NumberOfEmployees", "employees"),
                new MappedColumn("Industry", "industry"));
        assertThat(r.ignoredColumns()).contains("AccountNumber", "OwnerId", "BillingStreet", "BillingCountryCode",
                "Phone", "CreatedDate");

        Account obrien = wb.accounts.byExternalId(OBRIEN);
        assertThat(obrien.name()).isEqualTo("O'Brien Distribution Ltd");
        assertThat(obrien.parentExternalId()).as("000000000000000AAA is no parent").isNull();
        assertThat(obrien.owner()).as("Owner.Name over OwnerId").isEqualTo("Siobhan Kelly");
        assertThat(obrien.country()).isEqualTo("IE");
        assertThat(obrien.region()).isEqualTo("EMEA");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AcAAJ").country()).isEqualTo("ZA");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AdAAJ").country()).isEqualTo("TT");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AeAAJ").parentExternalId()).isEqualTo("0015g00000Kq1AdAAJ");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AeAAJ").country()).isEqualTo("TT");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AhAAJ").country()).isEqualTo("RU");
        assertThat(wb.accounts.byExternalId("0015g00000Kq1AiAAJ").parentExternalId()).isEqualTo(OBRIEN);

        // "Unspecified" never rejects the account: no country, region Unassigned, one warning with its count
        Account unspecified = wb.accounts.byExternalId("0015g00000Kq1AgAAJ");
        assertThat(unspecified.country()).isNull();
        assertThat(unspecified.region()).isEqualTo(Account.UNASSIGNED_REGION);
        assertThat(r.warnings()).extracting(ImportWarning::column, ImportWarning::value, ImportWarning::count)
                .containsExactly(tuple("BillingCountry", "Unspecified", 2L));
        assertThat(r.warnings().get(0).describe()).startsWith("Column 'BillingCountry': 'Unspecified' (2 rows) is not "
                + "a country");
    }

    @Test
    void salesforceContactsLinkToTheirAccountsByAccountIdIn15Or18Characters() {
        wb.importFile(fixture("salesforce-dataloader-accounts.csv"), ImportKind.ACCOUNTS);
        ImportReport r = wb.importFile(fixture("salesforce-dataloader-contacts.csv"), ImportKind.CONTACTS);

        assertThat(r.problems()).isEmpty();
        assertThat(r.applied()).isTrue();
        assertThat(r.added()).isEqualTo(4);
        assertThat(r.preset()).isEqualTo("salesforce");
        assertThat(r.columns()).contains(new MappedColumn("AccountId", "account"));
        assertThat(r.ignoredColumns()).contains("Id", "MailingCountry");
        long obrien = wb.accounts.byExternalId(OBRIEN).id();
        assertThat(wb.stakeholders.findByAccount(obrien)).extracting(Stakeholder::name)
                .containsExactlyInAnyOrder("Siobhan Murphy", "Liam Byrne");
        long caribbean = wb.accounts.byExternalId("0015g00000Kq1AdAAJ").id();
        assertThat(wb.stakeholders.findByAccount(caribbean)).extracting(Stakeholder::name)
                .as("the 15-character id of a report names the same record").containsExactly("Keisha Ramdial");
    }

    @Test
    void aHubSpotCompaniesExportKeepsItsOwnersIdsAndWarnsOfWhatIsNotOneCountry() {
        ImportReport r = wb.importFile(fixture("hubspot-companies-export.csv"), ImportKind.ACCOUNTS);

        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(6);
        assertThat(r.preset()).isEqualTo("hubspot");
        assertThat(r.columns()).contains(new MappedColumn("Record ID", "externalId"),
                new MappedColumn("Company name", "name"), new MappedColumn("Company owner", "owner"),
                new MappedColumn("Country/Region", "country"), new MappedColumn("Parent Company ID",
                        "parentExternalId"));
        assertThat(r.ignoredColumns()).contains("Create Date", "Last Activity Date", "City", "Lifecycle Stage");
        // 17850.0 (a spreadsheet's float) is the id 17850, and the child's parent 17850 finds it
        Account atlas = wb.accounts.byExternalId("17850");
        assertThat(atlas.owner()).isEqualTo("Maria Rossi");
        assertThat(atlas.country()).isEqualTo("GB");
        assertThat(wb.accounts.byExternalId("17851").parentExternalId()).isEqualTo("17850");
        assertThat(wb.accounts.byExternalId("17852").country()).isEqualTo("DE");
        assertThat(wb.accounts.byExternalId("17854").country()).isEqualTo("VN");
        assertThat(wb.accounts.byExternalId("17855").country()).isEqualTo("MO");
        // the Channel Islands are Jersey and Guernsey, two countries: the account comes in without one
        assertThat(wb.accounts.byExternalId("17853").region()).isEqualTo(Account.UNASSIGNED_REGION);
        assertThat(r.warnings()).extracting(ImportWarning::value, ImportWarning::count)
                .containsExactly(tuple("Channel Islands", 1L));
        assertThat(r.warnings().get(0).reason()).startsWith("names several countries, Jersey (JE) and Guernsey (GG)");
    }

    @Test
    void anUnknownCountryInARepeatedImportIsStillNoRejection() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "Account ID,Account Name,Billing Country",
                "A1,Alpha,European Community", "A2,Beta,Atlantis", "A3,Gamma,European Community", "A4,Delta,Italy");
        assertThat(r.applied()).isTrue();
        assertThat(r.rowsImported()).isEqualTo(4);
        assertThat(r.warnings()).extracting(ImportWarning::value, ImportWarning::count)
                .containsExactly(tuple("European Community", 2L), tuple("Atlantis", 1L));
    }
}
