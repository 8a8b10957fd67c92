package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.imports.fakes.Workbench;

class ContactImportTest {
    private final Workbench wb = new Workbench();
    private long acme;

    @BeforeEach
    void accounts() {
        wb.csv(ImportKind.ACCOUNTS, "id,name", "001A,Acme GmbH", "001B,Globex", "001C,Globex");
        acme = wb.accounts.byExternalId("001A").id();
    }

    @Test
    void salesforceContactsLandWithTheirManagersNamedFurtherDown() {
        ImportReport r = wb.csv(ImportKind.CONTACTS,
                "First Name,Last Name,Title,Account Name,Account ID,Email,Reports To",
                "Bo,Buyer,Head of Purchasing,Acme GmbH,001A,bo@acme.de,Eva Chief",
                "Eva,Chief,CEO,Acme GmbH,001A,eva@acme.de,");
        assertThat(r.applied()).as(r.problems().toString()).isTrue();
        assertThat(presetOf("First Name,Last Name,Title,Account Name,Account ID,Email,Reports To")).isEqualTo("salesforce");
        assertThat(r.added()).isEqualTo(2);
        Stakeholder eva = byName("Eva Chief");
        Stakeholder bo = byName("Bo Buyer");
        assertThat(bo.reportsToId()).isEqualTo(eva.id());
        assertThat(bo.title()).isEqualTo("Head of Purchasing");
        assertThat(eva.reportsToId()).isNull();

        ImportReport again = wb.csv(ImportKind.CONTACTS, "First Name,Last Name,Title,Account ID,Email,Reports To",
                "Bo,Buyer,Purchasing Director,001A,BO@acme.de,eva@acme.de", "Carl,Cost,CFO,001A,,Eva Chief");
        assertThat(List.of(again.added(), again.updated(), again.unchanged())).containsExactly(1L, 1L, 0L);
        assertThat(byName("Bo Buyer").title()).isEqualTo("Purchasing Director");
        assertThat(byName("Carl Cost").reportsToId()).isEqualTo(eva.id());
    }

    @Test
    void hubspotContactsFindTheirCompanyByNameAndReadBuyingRoles() {
        ImportReport r = wb.csv(ImportKind.CONTACTS, "First Name,Last Name,Job Title,Associated Company,Buying Role",
                "Eva,Chief,CEO,acme gmbh,Budget Holder;Champion", "Bo,Buyer,Buyer,Acme GmbH,End User",
                "Ida,Other,,Acme GmbH,Other");
        assertThat(r.applied()).as(r.problems().toString()).isTrue();
        assertThat(presetOf("First Name,Last Name,Job Title,Associated Company,Buying Role")).isEqualTo("hubspot");
        assertThat(byName("Eva Chief").buyingRole()).isEqualTo(BuyingRole.ECONOMIC_BUYER);
        assertThat(byName("Bo Buyer").buyingRole()).isEqualTo(BuyingRole.USER);
        assertThat(byName("Ida Other").buyingRole()).isNull();
    }

    @Test
    void badRowsAreSentencesAndNothingLands() {
        ImportReport r = wb.csv(ImportKind.CONTACTS,
                "First Name,Last Name,Account Name,Email,Reports To,Buying Role",
                "Eva,Chief,Acme GmbH,eva@acme.de,,Boss",
                "Bo,Buyer,Globex,,,",
                "Al,Alone,Nowhere Inc,,,",
                "Cy,Cycle,Acme GmbH,cy@acme.de,Di Cycle,",
                "Di,Cycle,Acme GmbH,di@acme.de,cy@acme.de,",
                "Fi,Ghost,Acme GmbH,,Nobody Known,");
        assertThat(r.applied()).isFalse();
        assertThat(wb.stakeholders.findAll()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.reason()).containsExactly(
                "2 Buying Role is not a buying role we know — use Economic buyer, Technical buyer, User, Coach, "
                        + "Influencer, Gatekeeper or Blocker",
                "3 Account Name is the name of 2 accounts — give the account id instead",
                "4 Account Name is not the name of an account of this workspace — import the accounts first",
                "7 Reports To names nobody at Acme GmbH in this file or the workspace — give the manager's full name "
                        + "or email",
                "5 Reports To would close a circle: Cy Cycle cannot report to Di Cycle, who already reports to Cy "
                        + "Cycle: that would make a circle.",
                "6 Reports To would close a circle: Di Cycle cannot report to Cy Cycle, who already reports to Di "
                        + "Cycle: that would make a circle.");
    }

    @Test
    void skipInvalidImportsTheRestAndDropsAnUnknownManager() {
        ImportReport r = wb.csv(ImportKind.CONTACTS, ImportOptions.defaults().withSkipInvalid(true),
                "Full Name,Account ID,Reports To", "Eva Chief,001A,", "Bo Buyer,001A,Nobody", "Zed,009,");
        assertThat(r.applied()).isTrue();
        assertThat(r.problemCount()).isEqualTo(2);
        assertThat(wb.stakeholders.findByAccount(acme)).extracting(Stakeholder::name, Stakeholder::reportsToId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bo Buyer", null),
                        org.assertj.core.groups.Tuple.tuple("Eva Chief", null));
    }

    @Test
    void aFileWithoutAnAccountColumnIsRefusedWithItsHeaders() {
        assertThatThrownBy(() -> wb.csv(ImportKind.CONTACTS, "First Name,Last Name", "Eva,Chief"))
                .isInstanceOf(ImportInputException.class)
                .hasMessageContaining("No column maps to the required field 'account'");
    }

    private String presetOf(String header) {
        return wb.service.preview(wb.files.lines("p" + System.nanoTime() + ".csv", header,
                "x,y,z"), ImportKind.CONTACTS,
                ImportOptions.defaults()).preset();
    }

    private Stakeholder byName(String name) {
        return wb.stakeholders.findByAccount(acme).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
