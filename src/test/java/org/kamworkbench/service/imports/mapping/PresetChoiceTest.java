package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;

class PresetChoiceTest {
    private static String detected(ImportKind kind, List<String> header) {
        AccountPreset p = PresetChoice.choose(header, "auto", kind, AccountPreset.crmPresets(kind));
        return p == null ? AccountPreset.GENERIC : p.name();
    }

    /** Headers of the real CRM exports under fixtures/, and edge cases of the rule. */
    static Stream<Arguments> accountHeaders() {
        return Stream.of(
                Arguments.of("salesforce", List.of("Account Owner", "Account Name", "Type", "Rating", "Last Activity",
                        "Last Modified Date", "Billing State/Province", "Billing Country", "Industry", "Annual Revenue",
                        "Employees", "Account ID", "Account Currency", "Parent Account ID", "Website")),
                Arguments.of("salesforce", List.of("Id", "Name", "OwnerId", "BillingCountry", "Industry", "Type",
                        "AnnualRevenue", "NumberOfEmployees", "CurrencyIsoCode", "ParentId", "Website")),
                Arguments.of("salesforce", List.of("Id", "Name", "AccountNumber", "ParentId", "OwnerId", "Owner.Name",
                        "BillingStreet", "BillingCity", "BillingCountry", "BillingCountryCode", "Industry")),
                Arguments.of("hubspot", List.of("Record ID", "Company name", "Company owner", "Create Date",
                        "Country/Region", "State/Region", "City", "Industry", "Annual Revenue", "Number of Employees",
                        "Company Domain Name", "Type", "Phone Number")),
                Arguments.of("zoho", List.of("Record Id", "Account Owner", "Account Name", "Phone", "Website",
                        "Account Type", "Industry", "Employees", "Annual Revenue", "Currency", "Billing City",
                        "Billing Country", "Parent Account", "Created Time")),
                Arguments.of("generic", List.of("Kunden-Nr", "Firma", "Land", "Vertriebsgebiet", "Branche", "Währung",
                        "Umsatz", "Mitarbeiter", "Sparte", "Betreuer")),
                Arguments.of("generic", List.of("Codice cliente", "Ragione sociale", "Responsabile", "Paese",
                        "Regione", "Settore", "Valuta", "Fatturato", "Dipendenti", "Sito web")),
                Arguments.of("generic", List.of("account_id", "name", "country", "currency", "annual_revenue")),
                // a preset must name three headers itself
                Arguments.of("generic", List.of("Record ID", "Company name")),
                // reads the id and the owner that generic does not
                Arguments.of("hubspot", List.of("Company ID", "Company name", "Company owner", "Country", "Region",
                        "Division", "Currency")),
                // reads no more than generic and knows fewer of the headers
                Arguments.of("generic", List.of("Customer ID", "Customer name", "Country", "Region", "Division",
                        "Company owner")),
                // Salesforce and Zoho read as much: the one naming more headers wins
                Arguments.of("zoho", List.of("Record Id", "Account Name", "Account Owner", "Billing Country",
                        "Currency", "Account Type")),
                // a tie on both goes to the earlier preset
                Arguments.of("salesforce", List.of("Account Name", "Account Owner", "Billing Country", "Industry")));
    }

    @ParameterizedTest
    @MethodSource("accountHeaders")
    void autoDetectionOfAccountsExports(String preset, List<String> header) {
        assertThat(detected(ImportKind.ACCOUNTS, header)).isEqualTo(preset);
    }

    @Test
    void contactsExportsAreDetectedAmongTheContactPresets() {
        assertThat(detected(ImportKind.CONTACTS, List.of("First Name", "Last Name", "Job Title", "Associated Company",
                "Buying Role", "Email"))).isEqualTo("hubspot");
        assertThat(detected(ImportKind.CONTACTS, List.of("First Name", "Last Name", "Title", "Account Name",
                "Account ID", "Email", "Reports To"))).isEqualTo("salesforce");
        assertThat(detected(ImportKind.CONTACTS, List.of("account_id", "name", "email"))).isEqualTo("generic");
    }

    @Test
    void blankOrAutoDetectsAndANameChoosesInAnyCase() {
        List<String> salesforce = List.of("Id", "Name", "OwnerId", "BillingCountry");
        List<AccountPreset> crm = AccountPreset.CRM;
        assertThat(PresetChoice.choose(salesforce, null, ImportKind.ACCOUNTS, crm).name()).isEqualTo("salesforce");
        assertThat(PresetChoice.choose(salesforce, " ", ImportKind.ACCOUNTS, crm).name()).isEqualTo("salesforce");
        assertThat(PresetChoice.choose(salesforce, "AUTO", ImportKind.ACCOUNTS, crm).name()).isEqualTo("salesforce");
        assertThat(PresetChoice.choose(salesforce, "Generic", ImportKind.ACCOUNTS, crm)).isNull();
        assertThat(PresetChoice.choose(salesforce, " Zoho ", ImportKind.ACCOUNTS, crm).name()).isEqualTo("zoho");
    }

    @Test
    void anUnknownNameListsTheKindsPresets() {
        assertThatThrownBy(() -> PresetChoice.choose(List.of("Id"), "sap", ImportKind.CONTACTS,
                AccountPreset.CONTACT_CRM)).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("'sap'").hasMessageContaining("auto, salesforce, hubspot or generic");
    }
}
