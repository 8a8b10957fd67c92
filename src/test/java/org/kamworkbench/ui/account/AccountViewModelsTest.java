package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** The account page's view models without a toolkit, over the in-memory workspace. */
class AccountViewModelsTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final MemoryPeople people = new MemoryPeople();
    private final Account360Services services = TestWorkspaces.account360(ws, people);
    private final Texts texts = TestWorkspaces.english();
    private final List<String> changes = new ArrayList<>();
    private final long acme;

    AccountViewModelsTest() {
        ws.saveAll(List.of(new Account(0, "ACME", "Acme", "Anna", "DE", null, null, "Automotive", null, "EUR", null,
                null, null, null)), List.of());
        acme = ws.accounts.get(0).id();
        ws.cells.add(new RevenueCell(acme, "EUR", 2025, 3, 1_000 * RevenueCell.SCALE, 1));
    }

    @Test
    void theHeaderShowsWhoTheClientIsAndUndoRevertsTheLastEdit() {
        AccountPageViewModel header = new AccountPageViewModel(services, null, acme, Background.DIRECT, texts,
                () -> changes.add("page"));
        header.load();
        assertThat(header.titleProperty().get()).isEqualTo("Acme");
        assertThat(header.subtitleProperty().get()).isEqualTo("ACME · DE · Automotive · CRM owner: Anna");
        // the only account: no account before it, so 0 % is below 80 %: class A by ARCHITECTURE §4
        assertThat(header.abcTextProperty().get()).isEqualTo("Class A");
        assertThat(header.leadTextProperty().get()).isEqualTo("No lead key account manager yet");
        assertThat(header.trend()).containsOnlyKeys(2025);
        assertThat(header.standingProperty().get()).isEmpty();

        OverviewViewModel overview = new OverviewViewModel(services.pages(), acme, Background.DIRECT, texts,
                () -> changes.add("overview"));
        overview.load();
        overview.name.set("Acme Group");
        overview.employees.set("12.5");
        overview.saveProfile();
        assertThat(overview.profileErrorProperty().get()).isEqualTo("'12.5' is not a number: Employees takes digits only.");
        overview.employees.set("1200");
        overview.country.set("XX");
        overview.saveProfile();
        assertThat(overview.profileErrorProperty().get()).contains("'XX' is not an ISO 3166 country code");
        overview.country.set("de");
        overview.saveProfile();
        assertThat(overview.profileMessageProperty().get()).isEqualTo("Saved.");
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme Group");
        assertThat(changes).containsExactly("overview");

        header.editsChanged();
        assertThat(header.undoTextProperty().get()).isEqualTo("Edit of Acme");
        header.undo();
        assertThat(header.messageProperty().get()).isEqualTo("Undone: Edit of Acme.");
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme");
    }

    /** The annual revenue reads as the app's tables show it (grouped), and saving it unchanged keeps it exactly. */
    @Test
    void annualRevenueIsShownGroupedInTheUsersLanguageAndReadBackExactly() {
        Account a = ws.accounts.get(0);
        ws.saveAll(List.of(), List.of(new Account(a.id(), a.externalId(), a.name(), a.owner(), a.country(), a.region(),
                a.division(), a.industry(), a.type(), a.currency(), new java.math.BigDecimal("1286339.5"),
                a.employees(), a.parentExternalId(), a.website())));
        OverviewViewModel english = new OverviewViewModel(services.pages(), acme, Background.DIRECT, texts, () -> { });
        english.load();
        assertThat(english.annualRevenue.get()).isEqualTo("1,286,339.5");
        OverviewViewModel italian = new OverviewViewModel(services.pages(), acme, Background.DIRECT,
                Texts.forLocale(java.util.Locale.ITALY), () -> { });
        italian.load();
        assertThat(italian.annualRevenue.get()).isEqualTo("1.286.339,5");
        italian.name.set("Acme Group");
        italian.saveProfile();
        assertThat(italian.profileErrorProperty().get()).isEmpty();
        assertThat(ws.accounts.get(0).annualRevenue()).isEqualByComparingTo("1286339.5");
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme Group");
    }

    @Test
    void stakeholdersAreAddedMovedAndACircleIsRefusedWithItsSentence() {
        StakeholdersViewModel map = new StakeholdersViewModel(services.stakeholders(), services.people(), acme,
                Background.DIRECT, texts, () -> changes.add("map"));
        map.load();
        assertThat(map.warnings()).extracting(CoverageWarning::code)
                .containsExactly(CoverageWarning.Code.NO_ECONOMIC_BUYER);
        List<String> errors = new ArrayList<>();
        map.save(person("Eva", BuyingRole.ECONOMIC_BUYER), errors::add, () -> { });
        map.save(person(" ", null), errors::add, () -> { });
        assertThat(errors).containsExactly("A stakeholder needs a name.");
        map.save(person("Bo", null), errors::add, () -> { });
        map.load();
        long eva = map.stakeholders().stream().filter(s -> s.name().equals("Eva")).findFirst().orElseThrow().id();
        long bo = map.stakeholders().stream().filter(s -> s.name().equals("Bo")).findFirst().orElseThrow().id();
        map.moveUnder(bo, eva);
        assertThat(map.messageProperty().get()).isEqualTo("Bo now reports to Eva.");
        map.load();
        assertThat(map.chartProperty().get().roots()).hasSize(1);
        map.moveUnder(eva, bo);
        assertThat(map.errorProperty().get()).isEqualTo(
                "Eva cannot report to Bo, who already reports to Eva: that would make a circle.");
        assertThat(changes).containsExactly("map", "map", "map");
    }

    @Test
    void aSaveOverAColleaguesChangeIsRefusedAndTheirChangeKept() {
        services.stakeholders().save(person("Eva", BuyingRole.ECONOMIC_BUYER));
        StakeholdersViewModel mine = new StakeholdersViewModel(services.stakeholders(), services.people(), acme,
                Background.DIRECT, texts, () -> { });
        StakeholdersViewModel theirs = new StakeholdersViewModel(services.stakeholders(), services.people(), acme,
                Background.DIRECT, texts, () -> { });
        mine.load();
        theirs.load();
        Stakeholder eva = theirs.stakeholders().get(0);
        List<String> errors = new ArrayList<>();
        theirs.save(titled(eva, "CFO"), errors::add, () -> { });
        assertThat(errors).isEmpty();

        boolean[] closed = {false};
        mine.save(titled(mine.stakeholders().get(0), "Head of purchasing"), errors::add, () -> closed[0] = true);

        assertThat(errors).singleElement().asString().startsWith("Changed by Test user at ").endsWith("reload to see it.");
        assertThat(closed[0]).as("the form stays open with what was typed").isFalse();
        assertThat(services.stakeholders().list(acme).get(0).title()).isEqualTo("CFO");
        mine.load(); // after a reload the save is based on the colleague's version
        errors.clear();
        mine.save(titled(mine.stakeholders().get(0), "Head of purchasing"), errors::add, () -> { });
        assertThat(errors).isEmpty();
        assertThat(services.stakeholders().list(acme).get(0).title()).isEqualTo("Head of purchasing");
    }

    /** Two changes of one person before the first one's reload arrives: the second is based on the first. */
    @Test
    void aSecondChangeBeforeTheReloadIsBasedOnTheFirstNotRefusedAsSomeoneElses() {
        services.stakeholders().save(person("Eva", BuyingRole.ECONOMIC_BUYER));
        Stakeholder boss = services.stakeholders().save(person("Paul", BuyingRole.INFLUENCER));
        org.kamworkbench.ui.common.LaterOnTheUiThread ui = new org.kamworkbench.ui.common.LaterOnTheUiThread();
        StakeholdersViewModel map = new StakeholdersViewModel(services.stakeholders(), services.people(), acme, ui,
                texts, () -> { });
        map.load();
        ui.deliver();
        Stakeholder eva = map.stakeholders().stream().filter(p -> p.name().equals("Eva")).findFirst().orElseThrow();
        List<String> errors = new ArrayList<>();

        map.save(titled(eva, "CFO"), errors::add, () -> { });
        map.moveUnder(eva.id(), boss.id());
        ui.deliver();

        assertThat(errors).isEmpty();
        assertThat(map.errorProperty().get()).isEmpty();
        Stakeholder stored = services.stakeholders().list(acme).stream().filter(p -> p.id() == eva.id()).findFirst()
                .orElseThrow();
        assertThat(stored.title()).isEqualTo("CFO");
        assertThat(stored.reportsToId()).isEqualTo(boss.id());
    }

    @Test
    void theTeamTabRanksManagersAndAssignsTheLeadInOneClick() {
        Map<Competency, Integer> strong = Map.of(Competency.STRATEGIC_THINKING, 5, Competency.NEGOTIATION, 5);
        Colleague giulia = services.people().save(new Colleague(0, "Giulia", "KAM", null, List.of("Automotive"),
                List.of("German"), 3, strong));
        services.people().save(new Colleague(0, "Hans", "KAM", null, List.of(), List.of(), 3,
                Map.of(Competency.NEGOTIATION, 2)));
        TeamViewModel team = new TeamViewModel(services.teams(), services.people(), acme, Background.DIRECT, texts,
                () -> changes.add("team"));
        team.load();
        assertThat(team.candidates()).extracting(f -> f.colleague().name()).containsExactly("Giulia", "Hans");
        team.assignLead(giulia);
        assertThat(team.messageProperty().get()).isEqualTo("Giulia is now the lead key account manager.");
        team.load();
        assertThat(team.team()).extracting(m -> m.colleague().name() + " " + m.lead()).containsExactly("Giulia true");
        assertThat(team.history()).hasSize(1);
        team.addMember(null, "Legal");
        assertThat(team.errorProperty().get()).isEqualTo("Choose a colleague to add.");
    }

    private static Stakeholder titled(Stakeholder s, String title) {
        return new Stakeholder(s.id(), s.accountId(), s.name(), title, s.department(), s.email(), s.reportsToId(),
                s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(), s.lastContact(),
                s.notes());
    }

    private Stakeholder person(String name, BuyingRole role) {
        return new Stakeholder(0, acme, name, null, null, null, null, role, null, null, null, null, null, null);
    }
}
