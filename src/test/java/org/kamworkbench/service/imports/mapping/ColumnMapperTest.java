package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;

class ColumnMapperTest {
    private static ColumnMapping accounts(String... header) {
        return ColumnMapper.map(ImportKind.ACCOUNTS, List.of(header), ImportOptions.defaults(), "EUR", true);
    }

    @Test
    void recognisesASalesforceReportExport() {
        ColumnMapping m = accounts("Account Owner", "Account Name", "Account ID", "Type", "Billing Country",
                "Industry", "Annual Revenue", "Employees", "Account Currency", "Parent Account ID", "Website",
                "Last Activity");
        assertThat(m.preset()).isEqualTo("salesforce");
        assertThat(m.byHeader()).containsExactly(entry("Account Owner", "owner"), entry("Account Name", "name"),
                entry("Account ID", "externalId"), entry("Type", "type"), entry("Billing Country", "country"),
                entry("Industry", "industry"), entry("Annual Revenue", "annualRevenue"),
                entry("Employees", "employees"), entry("Account Currency", "currency"),
                entry("Parent Account ID", "parentExternalId"), entry("Website", "website"));
    }

    @Test
    void recognisesSalesforceApiNames() {
        ColumnMapping m = accounts("Id", "Name", "OwnerId", "BillingCountry", "AnnualRevenue", "NumberOfEmployees",
                "CurrencyIsoCode", "ParentId", "Industry", "Type", "Website", "Division__c");
        assertThat(m.preset()).isEqualTo("salesforce");
        assertThat(m.column("externalId")).isZero();
        assertThat(m.column("employees")).isEqualTo(5);
        assertThat(m.column("currency")).isEqualTo(6);
        assertThat(m.column("parentExternalId")).isEqualTo(7);
        assertThat(m.column("division")).as("custom field falls back to the generic synonyms").isEqualTo(11);
    }

    @Test
    void recognisesHubSpotCompanies() {
        ColumnMapping m = accounts("Record ID", "Company name", "Company owner", "Country/Region", "State/Region",
                "Industry", "Annual Revenue", "Number of Employees", "Company Domain Name", "Type", "Create Date");
        assertThat(m.preset()).isEqualTo("hubspot");
        assertThat(m.column("externalId")).isZero();
        assertThat(m.column("name")).isEqualTo(1);
        assertThat(m.column("country")).isEqualTo(3);
        assertThat(m.column("region")).as("a state is not a sales region").isEqualTo(-1);
        assertThat(m.column("website")).isEqualTo(8);
    }

    @Test
    void recognisesZohoAccounts() {
        ColumnMapping m = accounts("Record Id", "Account Owner", "Account Name", "Account Type", "Industry",
                "Annual Revenue", "Employees", "Currency", "Billing Country", "Parent Account", "Website");
        assertThat(m.preset()).isEqualTo("zoho");
        assertThat(m.column("type")).isEqualTo(3);
        assertThat(m.column("parentExternalId")).isEqualTo(9);
        assertThat(m.column("currency")).isEqualTo(7);
    }

    @Test
    void genericHeadersInItalianFrenchAndGerman() {
        assertThat(accounts("Codice cliente", "Ragione sociale", "Paese", "Fatturato", "Dipendenti", "Valuta",
                "Settore", "Responsabile").byHeader().values())
                .containsExactly("externalId", "name", "country", "annualRevenue", "employees", "currency",
                        "industry", "owner");
        assertThat(accounts("Code client", "Raison sociale", "Pays", "Chiffre d'affaires", "Effectif", "Devise",
                "Secteur").byHeader().values())
                .containsExactly("externalId", "name", "country", "annualRevenue", "employees", "currency", "industry");
        ColumnMapping de = accounts("Kunden-Nr.", "Firma", "Land", "Umsatz", "Mitarbeiter", "Währung", "Branche",
                "Vertriebsgebiet", "Sparte");
        assertThat(de.preset()).isEqualTo("generic");
        assertThat(de.byHeader().values()).containsExactly("externalId", "name", "country", "annualRevenue",
                "employees", "currency", "industry", "region", "division");
        assertThat(accounts("KUNDENNUMMER", "firma").column("externalId")).isZero();
    }

    @Test
    void theGeneratedPortfolioIsGeneric() {
        ColumnMapping m = accounts("account_id", "name", "country", "region", "division", "currency", "industry",
                "owner", "created");
        assertThat(m.preset()).isEqualTo("generic");
        assertThat(m.byHeader()).hasSize(8).doesNotContainKey("created");
    }

    @Test
    void theUsersMappingWinsAndCanIgnoreAColumn() {
        ImportOptions o = ImportOptions.defaults().withMapping(Map.of("Nummer", "externalId", "Name", "",
                "Bezeichnung", "name"));
        ColumnMapping m = ColumnMapper.map(ImportKind.ACCOUNTS, List.of("Nummer", "Name", "Bezeichnung"), o, "EUR", true);
        assertThat(m.byHeader()).containsExactly(entry("Nummer", "externalId"), entry("Bezeichnung", "name"));
    }

    @Test
    void anExplicitPresetIsUsedAndAnUnknownOneRefused() {
        ImportOptions hubspot = new ImportOptions("hubspot", null, null, null, null, null, null, false, null, false);
        assertThat(ColumnMapper.map(ImportKind.ACCOUNTS, List.of("Record ID", "Name"), hubspot, "EUR", true).preset())
                .isEqualTo("hubspot");
        ImportOptions bad = new ImportOptions("sap", null, null, null, null, null, null, false, null, false);
        assertThatThrownBy(() -> ColumnMapper.map(ImportKind.ACCOUNTS, List.of("Id"), bad, "EUR", true))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("use auto, salesforce");
    }

    @Test
    void aMappingToAnUnknownColumnOrFieldIsASentence() {
        List<String> header = List.of("Id", "Name");
        assertThatThrownBy(() -> ColumnMapper.map(ImportKind.ACCOUNTS, header,
                ImportOptions.defaults().withMapping(Map.of("Nope", "name")), "EUR", true))
                .hasMessageContaining("'Nope', which the file does not have").hasMessageContaining("Id, Name");
        assertThatThrownBy(() -> ColumnMapper.map(ImportKind.ACCOUNTS, header,
                ImportOptions.defaults().withMapping(Map.of("Id", "colour")), "EUR", true))
                .hasMessageContaining("'colour' is not a field").hasMessageContaining("externalId, name");
    }

    @Test
    void aMissingRequiredFieldNamesTheFieldAndTheHeaders() {
        ColumnMapping m = accounts("Firma", "Land");
        assertThatThrownBy(() -> ColumnMapper.requireFields(ImportKind.ACCOUNTS, m))
                .isInstanceOf(ImportInputException.class)
                .hasMessageContaining("'externalId'").hasMessageContaining("Firma, Land");
    }

    @Test
    void revenueColumnsLongAndWide() {
        ColumnMapping lines = ColumnMapper.map(ImportKind.REVENUE,
                List.of("invoice_id", "account_id", "date", "amount", "product_line"), ImportOptions.defaults(), "EUR", true);
        assertThat(lines.byHeader().values()).containsExactly("documentId", "account", "date", "amount", "productLine");
        ColumnMapping wide = ColumnMapper.map(ImportKind.REVENUE,
                List.of("Customer", "Name", "2022", "FY2023", "FY 2024", "2025 revenue", "Umsatz 2021", "Notes 2020"),
                ImportOptions.defaults(), "EUR", true);
        assertThat(wide.yearColumns()).containsExactly(entry(2, 2022), entry(3, 2023), entry(4, 2024), entry(5, 2025),
                entry(6, 2021));
        assertThat(wide.column("account")).isZero();
        assertThat(wide.column("accountName")).isEqualTo(1);
        ColumnMapper.requireFields(ImportKind.REVENUE, wide);
    }

    @Test
    void fxRateColumnsNamedAfterTheReportingCurrency() {
        ColumnMapping m = ColumnMapper.map(ImportKind.FX, List.of("year", "currency", "rate_to_eur"),
                ImportOptions.defaults(), "EUR", true);
        assertThat(m.column("rate")).isEqualTo(2);
        assertThat(ColumnMapper.map(ImportKind.FX, List.of("Jahr", "Währung", "EUR per unit"),
                ImportOptions.defaults(), "EUR", true).byHeader().values()).containsExactly("year", "currency", "rate");
        assertThatThrownBy(() -> ColumnMapper.map(ImportKind.FX, List.of("year", "currency", "rate_to_usd"),
                ImportOptions.defaults(), "EUR", true)).hasMessageContaining("rates to USD")
                .hasMessageContaining("reports in EUR");
    }

    @Test
    void aSalesforceDataLoaderExportIsKeyedByIdNotByAccountNumber() {
        ColumnMapping m = accounts("AccountNumber", "Id", "Name", "OwnerId", "Owner.Name", "BillingCountry",
                "BillingCountryCode", "ParentId");
        assertThat(m.preset()).isEqualTo("salesforce");
        assertThat(m.column("externalId")).isEqualTo(1);
        assertThat(m.column("owner")).as("the owner's name over the user id").isEqualTo(4);
        assertThat(m.column("country")).isEqualTo(5);
        assertThat(m.ignored()).containsExactly("AccountNumber", "OwnerId", "BillingCountryCode");
        // without an Id the account number is the key, and OwnerId the owner
        ColumnMapping noId = accounts("AccountNumber", "Name", "OwnerId", "BillingCountryCode");
        assertThat(noId.column("externalId")).isZero();
        assertThat(noId.column("owner")).isEqualTo(2);
        assertThat(noId.column("country")).isEqualTo(3);
    }

    @Test
    void autoDetectionChoosesThePresetThatReadsTheMostFields() {
        // generic names more of these headers, but reads neither the id nor the owner
        ColumnMapping m = accounts("Company ID", "Company name", "Company owner", "Country", "Region", "Division",
                "Currency");
        assertThat(m.preset()).isEqualTo("hubspot");
        assertThat(m.column("externalId")).isZero();
        assertThat(m.column("owner")).isEqualTo(2);
        assertThat(m.column("region")).isEqualTo(4);
        assertThat(m.ignored()).isEmpty();
    }

    @Test
    void aFileReadAsGenericStillReadsTheColumnsACrmPresetKnows() {
        ColumnMapping m = accounts("Customer ID", "Customer name", "Country", "Region", "Division", "Company owner");
        assertThat(m.preset()).isEqualTo("generic");
        assertThat(m.column("owner")).as("HubSpot's owner column is not dropped").isEqualTo(5);
    }
}
