package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.imports.fakes.Workbench;

class AccountImportTest {
    private final Workbench wb = new Workbench();

    @Test
    void importsAccountsWithCountryCodesAndDerivedRegions() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS,
                "Account ID,Account Name,Account Owner,Billing Country,Industry,Type,Annual Revenue,Employees,"
                        + "Account Currency,Parent Account ID,Website",
                "001A,Acme GmbH,Anna Schmidt,Germany,Machinery,Customer,\"12,500,000.00\",\"1,200\",EUR,,acme.de",
                "001B,Globex Inc,Ben Smith,USA,Retail,Prospect,,,usd,001A,",
                "001C,Initech KK,,JPN,Software,,,,JPY,,");
        assertThat(r.applied()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.added()).isEqualTo(3);
        Account acme = wb.accounts.byExternalId("001A");
        assertThat(acme).isEqualTo(new Account(acme.id(), "001A", "Acme GmbH", "Anna Schmidt", "DE", "EMEA", null,
                "Machinery", "Customer", "EUR", new java.math.BigDecimal("12500000"), 1200L, null, "acme.de"));
        Account globex = wb.accounts.byExternalId("001B");
        assertThat(globex.country()).isEqualTo("US");
        assertThat(globex.region()).isEqualTo("AMER");
        assertThat(globex.currency()).isEqualTo("USD");
        assertThat(globex.annualRevenue()).isNull();
        assertThat(globex.parentExternalId()).isEqualTo("001A");
        assertThat(wb.accounts.byExternalId("001C").region()).isEqualTo("APAC");
    }

    @Test
    void aRegionInTheFileWinsOverTheMappingAndTheWorkspaceMappingIsUsed() {
        Map<String, String> regions = new java.util.HashMap<>(wb.settings.load().regionByCountry());
        regions.put("DE", "DACH");
        wb.settings.save(new WorkspaceSettings("EUR", regions));
        wb.csv(ImportKind.ACCOUNTS, "id,name,country,region", "1,A,DE,", "2,B,DE,Central Europe", "3,C,,");
        assertThat(wb.accounts.byExternalId("1").region()).isEqualTo("DACH");
        assertThat(wb.accounts.byExternalId("2").region()).isEqualTo("Central Europe");
        assertThat(wb.accounts.byExternalId("3").region()).isEqualTo(Account.UNASSIGNED_REGION);
    }

    @Test
    void reimportUpdatesByExternalIdWithoutDuplicates() {
        wb.csv(ImportKind.ACCOUNTS, "id,name,country,industry", "1,Acme,DE,Machinery", "2,Globex,US,Retail",
                "3,Initech,JP,Software");
        ImportReport again = wb.csv(ImportKind.ACCOUNTS, "id,name,country,industry", "1,Acme,Deutschland,Machinery",
                "2,Globex Corp,US,Retail", "3,Initech,JP,Software", "4,Umbrella,GB,Pharma");
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(wb.accounts.count()).isEqualTo(4);
        assertThat(wb.accounts.byExternalId("2").name()).isEqualTo("Globex Corp");
    }

    @Test
    void columnsAFileLacksKeepWhatTheWorkspaceHolds() {
        wb.csv(ImportKind.ACCOUNTS, "id,name,country,division,currency", "1,Acme,DE,Enterprise,EUR");
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "id,name,owner", "1,Acme,Zoë Müller");
        assertThat(r.updated()).isEqualTo(1);
        Account a = wb.accounts.byExternalId("1");
        assertThat(a.owner()).isEqualTo("Zoë Müller");
        assertThat(a.division()).isEqualTo("Enterprise");
        assertThat(a.currency()).isEqualTo("EUR");
        assertThat(a.region()).isEqualTo("EMEA");
    }

    @Test
    void aNewAccountAnotherWriterStoredMeanwhileIsUpdatedKeepingWhatTheFileLacks() {
        wb.accounts.meanwhile = () -> wb.accounts.saveAll(List.of(new Account(0, "1", "Acme", "Olga", "DE", "DACH",
                "Enterprise", null, null, "EUR", null, null, null, null)), List.of());
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "id,name,owner", "1,Acme AG,Zoë Müller", "2,Globex,Ben");
        assertThat(r.applied()).isTrue();
        assertThat(List.of(r.added(), r.updated(), r.unchanged())).as("added, updated, unchanged: what it really was")
                .containsExactly(1L, 1L, 0L);
        assertThat(wb.accounts.count()).isEqualTo(2);
        Account a = wb.accounts.byExternalId("1");
        assertThat(a).isEqualTo(new Account(a.id(), "1", "Acme AG", "Zoë Müller", "DE", "DACH", "Enterprise", null,
                null, "EUR", null, null, null, null));
    }

    @Test
    void aNewAccountStoredMeanwhileWithTheSameContentIsLeftAsItIs() {
        wb.accounts.meanwhile = () -> wb.accounts.saveAll(List.of(new Account(0, "1", "Acme", null, "IT", "EMEA",
                null, null, null, null, null, null, null, null)), List.of());
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "id,name,country,region", "1,Acme,Italy,");
        assertThat(List.of(r.added(), r.updated(), r.unchanged())).as("added, updated, unchanged: what it really was")
                .containsExactly(0L, 0L, 1L);
        Account a = wb.accounts.byExternalId("1");
        assertThat(wb.accounts.count()).isEqualTo(1);
        assertThat(a.country()).isEqualTo("IT");
        assertThat(a.region()).isEqualTo("EMEA");
        assertThat(wb.accounts.saves).isEqualTo(2); // the one meanwhile, and ours with nothing left to change
    }

    @Test
    void aRegionFromAnEarlierFileSurvivesAFileWithoutCountryOrRegion() {
        wb.csv(ImportKind.ACCOUNTS, "id,name,country,region", "1,Acme,DE,DACH", "2,Globex,US,");
        wb.csv(ImportKind.ACCOUNTS, "id,name", "1,Acme AG", "2,Globex");
        assertThat(wb.accounts.byExternalId("1").region()).isEqualTo("DACH");
        wb.csv(ImportKind.ACCOUNTS, "id,name,region", "1,Acme AG,", "2,Globex,Americas");
        assertThat(wb.accounts.byExternalId("1").region()).as("an empty region cell derives from the country")
                .isEqualTo("EMEA");
        assertThat(wb.accounts.byExternalId("2").region()).isEqualTo("Americas");
    }

    @Test
    void anyInvalidRowMeansNothingIsWrittenAndEveryProblemIsListed() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS,
                "id,name,country,currency,annual revenue,employees",
                "1,Acme,DE,EUR,1000,10",
                "2,Globex,DE,EUR,abc,10",
                "3,,FR,EURO,,-5",
                "1,Acme again,DE,EUR,,");
        assertThat(r.applied()).isFalse();
        assertThat(wb.accounts.count()).isZero();
        assertThat(wb.accounts.saves).isZero();
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.rowsImported()).isEqualTo(1);
        assertThat(r.problemCount()).isEqualTo(5);
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 3, column 'annual revenue': 'abc' is not an amount",
                "Line 4, column 'name': the account name is empty",
                "Line 4, column 'currency': 'EURO' is not an ISO 4217 currency code (such as EUR or USD)",
                "Line 4, column 'employees': '-5' is negative — a head count cannot be",
                "Line 5, column 'id': '1' repeats the account id of line 2");
    }

    @Test
    void skipInvalidImportsTheValidRowsAndReportsTheRest() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, ImportOptions.defaults().withSkipInvalid(true),
                "id,name,country,employees", "1,Acme,DE,1", "2,Globex,Narnia,many", "3,Initech,JP,3");
        assertThat(r.applied()).isTrue();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.problemCount()).isEqualTo(1);
        assertThat(r.problems().get(0).line()).isEqualTo(3);
        assertThat(wb.accounts.byExternalId("2")).isNull();
    }

    @Test
    void keepsTheFirstHundredProblemsAndCountsThemAll() {
        List<String> lines = new ArrayList<>();
        lines.add("id,name,country,currency");
        for (int i = 0; i < 250; i++) {
            lines.add(i + ",Name " + i + ",Nowhere,EURO");
        }
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, lines.toArray(String[]::new));
        assertThat(r.problemCount()).isEqualTo(250);
        assertThat(r.problems()).hasSize(100);
        assertThat(r.problems().get(99).line()).isEqualTo(101);
        assertThat(r.hasProblems()).isTrue();
    }

    @Test
    void lineNumbersCountTheLinesOfQuotedLineBreaks() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "id,name,currency", "1,\"Acme\nz. Hd. Einkauf\",EUR", "2,B,XX");
        assertThat(r.problems()).extracting(ImportProblem::line).containsExactly(4L);
    }

    @Test
    void emptyFilesAndMissingRequiredColumnsAreInputErrors() {
        assertThatThrownBy(() -> wb.csv(ImportKind.ACCOUNTS, "")).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> wb.csv(ImportKind.ACCOUNTS, "id,name")).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("no data rows");
        assertThatThrownBy(() -> wb.csv(ImportKind.ACCOUNTS, "Firma,Land", "Acme,DE"))
                .isInstanceOf(ImportInputException.class)
                .hasMessage("No column maps to the required field 'externalId'. The file's columns are: Firma, Land. "
                        + "Map one of them to it (command line: --map \"COLUMN=externalId\").");
        assertThat(wb.files.opened).isEqualTo(wb.files.closed);
    }

    @Test
    void aTooLongValueIsAProblemNotADatabaseError() {
        ImportReport r = wb.csv(ImportKind.ACCOUNTS, "id,name,owner", "1,Acme," + "x".repeat(300));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("is longer than 255 characters");
            assertThat(p.value()).hasSize(81);
        });
    }

    @Test
    void validateChecksEverythingAndWritesNothing() {
        ImportReport r = wb.service.validate(wb.files.lines("a.csv", "id,name", "1,Acme", "2,Globex"),
                ImportKind.ACCOUNTS, ImportOptions.defaults(), org.kamworkbench.service.port.ProgressMonitor.NONE);
        assertThat(r.applied()).isFalse();
        assertThat(r.added()).isEqualTo(2);
        assertThat(wb.accounts.count()).isZero();
    }
}
