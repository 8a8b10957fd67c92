package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.StaleEditException;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.TestDatabase;

/**
 * Anna and Maria on one workspace (H2, and a PostgreSQL server), each with the services the app wires for her
 * over her own connections: a rating, a designation, a KPI value, an account's fields and its needs and notes
 * saved by Maria after Anna read them refuse Anna's save with Maria's name and time, and Maria's change is what
 * stays; re-read, Anna's save goes through. Two saves at the same moment on the same version: one wins.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class TwoPeopleEditingTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String REFUSAL = "Changed by Maria Rossi at 14:32 — reload to see it.";

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    private TestDatabase db;
    private WorkspaceServices anna;
    private WorkspaceServices maria;
    private Account account;

    @BeforeEach
    void open() {
        db = TestDatabase.create(kind, dir);
        anna = services(db.jdbi(), "Anna Keller", "2026-03-15T09:10:00Z");
        maria = services(db.openAgain(), "Maria Rossi", "2026-03-15T13:32:00Z");
        anna.demo().load(ProgressMonitor.NONE);
        account = anna.portfolio().load().accounts().get(0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private WorkspaceServices services(Jdbi jdbi, String user, String at) {
        WorkspaceServices s = new WorkspaceWiring(dir, Clock.fixed(Instant.parse(at), ROME))
                .wire(jdbi, kind.name(), org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("ws")), () -> { }, () -> { });
        s.editor().set(user);
        return s;
    }

    private static void refused(Runnable save) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(StaleEditException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(REFUSAL);
            assertThat(e.current().author()).isEqualTo("Maria Rossi");
        });
    }

    private Criterion manualCriterion() {
        return anna.keyAccounts().criteriaSets().currentSet().orElseThrow().criteria().stream()
                .filter(c -> c.source().manual()).findFirst().orElseThrow();
    }

    private Rating rating(String criterion) {
        return anna.keyAccounts().ratings().all().stream().filter(r -> r.accountId() == account.id()
                && r.criterion().equals(criterion)).findFirst().orElse(null);
    }

    @Test
    void aRatingAndADesignationMariaSavedAfterAnnaReadThemRefuseAnnasAndMariasStay() {
        String c = manualCriterion().name();
        VersionKey key = VersionKey.rating(account.id(), c);
        long annaRead = anna.keyAccounts().ratings().versions().of(key);
        assertThat(maria.keyAccounts().ratings().versions().of(key)).isEqualTo(annaRead);
        maria.keyAccounts().ratings().rate(account.id(), c, 4, "Maria Rossi", "met the CEO", annaRead);
        refused(() -> anna.keyAccounts().ratings().rate(account.id(), c, 2, "Anna Keller", "", annaRead));
        assertThat(rating(c).level()).isEqualTo(4);
        assertThat(rating(c).author()).isEqualTo("Maria Rossi");
        anna.keyAccounts().ratings().rate(account.id(), c, 2, "Anna Keller", "",
                anna.keyAccounts().ratings().versions().of(key));
        assertThat(rating(c).level()).isEqualTo(2);
        assertThat(anna.keyAccounts().ratings().versions().of(key)).isEqualTo(annaRead + 2);

        var read = anna.keyAccounts().designations().versions();
        maria.keyAccounts().designations().designateAll(List.of(account.id()), DesignationStatus.KEY, "Frame contract",
                "Maria Rossi", maria.keyAccounts().designations().versions());
        int before = anna.keyAccounts().designations().history().size();
        // one stale account among several: nothing is saved for any of them
        long other = anna.portfolio().load().accounts().get(1).id();
        refused(() -> anna.keyAccounts().designations().designateAll(List.of(other, account.id()),
                DesignationStatus.DEVELOPMENT,
                "Growth only", "Anna Keller", read));
        assertThat(anna.keyAccounts().designations().history()).hasSize(before);
        assertThat(anna.keyAccounts().designations().current(account.id()).orElseThrow().status())
                .isEqualTo(DesignationStatus.KEY);
        anna.keyAccounts().designations().designateAll(List.of(other, account.id()), DesignationStatus.DEVELOPMENT,
                "Growth only",
                "Anna Keller", anna.keyAccounts().designations().versions());
        assertThat(anna.keyAccounts().designations().history()).hasSize(before + 2);
    }

    @Test
    void aKpiValueAndTheAccountsFieldsAndNeedsAreCheckedTheSameWay() {
        KpiDefinition nps = anna.kpis().saveKpi(new KpiDefinition(0, account.id(), "Two-people NPS", "pts",
                KpiDirection.HIGHER_IS_BETTER, KpiFrequency.QUARTERLY, null, KpiSource.MANUAL));
        KpiPeriod q1 = KpiPeriod.quarter(2026, 1);
        VersionKey value = VersionKey.kpiValue(nps.id(), q1);
        long annaRead = anna.kpis().entryVersions(List.of(nps.id())).of(value);
        maria.kpis().setEntry(nps.id(), q1, new BigDecimal("40"), new BigDecimal("41"), null,
                maria.kpis().entryVersions(List.of(nps.id())).of(value));
        refused(() -> anna.kpis().setEntry(nps.id(), q1, new BigDecimal("40"), new BigDecimal("39"), null, annaRead));
        KpiEntry stored = anna.kpis().entries(nps.id()).get(0);
        assertThat(stored.actual()).isEqualByComparingTo("41");

        var annasPage = anna.account360().pages();
        var mariasPage = maria.account360().pages();
        long fieldsRead = annasPage.versions(account.id()).of(VersionKey.account(account.id()));
        long needsRead = annasPage.versions(account.id()).of(VersionKey.accountProfile(account.id()));
        Account form = stored(account);
        mariasPage.updateAccount(withOwner(form, "Maria Rossi"),
                mariasPage.versions(account.id()).of(VersionKey.account(account.id())));
        refused(() -> annasPage.updateAccount(withName(form, "Renamed by Anna"), fieldsRead));
        Account now = stored(account);
        assertThat(now.owner()).isEqualTo("Maria Rossi");
        assertThat(now.name()).isEqualTo(form.name());
        annasPage.updateAccount(withName(now, "Renamed by Anna"),
                annasPage.versions(account.id()).of(VersionKey.account(account.id())));
        assertThat(stored(account).owner()).as("Maria's owner kept").isEqualTo("Maria Rossi");

        mariasPage.updateProfile(new AccountProfile(account.id(), List.of("Italian"), List.of(), 3, "Budget freeze"),
                needsRead);
        refused(() -> annasPage.updateProfile(new AccountProfile(account.id(), List.of("German"), List.of(), 3, null),
                needsRead));
        assertThat(annasPage.profile(account.id()).notes()).isEqualTo("Budget freeze");

        // Anna's undo would put back the owner Maria replaced: refused too
        mariasPage.updateAccount(withOwner(stored(account), "Giulia"),
                mariasPage.versions(account.id()).of(VersionKey.account(account.id())));
        assertThatThrownBy(() -> anna.account360().history().undo()).isInstanceOf(StaleEditException.class);
        assertThat(stored(account).owner()).isEqualTo("Giulia");
    }

    /** A ratings file Maria imports moves the versions on: Anna's grid, read before, cannot save over it. */
    @Test
    void aRatingImportedAfterAnnaReadItRefusesHerSave() throws java.io.IOException {
        String c = manualCriterion().name();
        VersionKey key = VersionKey.rating(account.id(), c);
        long annaRead = anna.keyAccounts().ratings().versions().of(key);
        Path file = java.nio.file.Files.writeString(dir.resolve("ratings.csv"),
                "account,criterion,rating\n" + account.externalId() + "," + c + ",3\n");

        assertThat(maria.keyAccounts().ratings().importRatingsFile(file, "Maria Rossi").ratings()).isEqualTo(1);

        refused(() -> anna.keyAccounts().ratings().rate(account.id(), c, 1, "Anna Keller", "", annaRead));
        assertThat(rating(c).level()).isEqualTo(3);
    }

    /** KPI values Maria imports move their versions on: Anna's form, read before, cannot save over them. */
    @Test
    void aKpiValueImportedAfterAnnaReadItRefusesHerSave() throws java.io.IOException {
        KpiDefinition nps = anna.kpis().saveKpi(new KpiDefinition(0, account.id(), "Imported NPS", "pts",
                KpiDirection.HIGHER_IS_BETTER, KpiFrequency.QUARTERLY, null, KpiSource.MANUAL));
        KpiPeriod q1 = KpiPeriod.quarter(2026, 1);
        anna.kpis().setEntry(nps.id(), q1, null, new BigDecimal("30"), null, 0);
        long annaRead = anna.kpis().entryVersions(List.of(nps.id())).of(VersionKey.kpiValue(nps.id(), q1));
        Path file = java.nio.file.Files.writeString(dir.resolve("kpis.csv"),
                "account,kpi,period,value\n" + account.externalId() + ",Imported NPS,2026-Q1,44\n");

        assertThat(maria.kpiImport().importFile(file, false).applied()).isTrue();

        refused(() -> anna.kpis().setEntry(nps.id(), q1, null, new BigDecimal("31"), null, annaRead));
        assertThat(anna.kpis().entries(nps.id()).get(0).actual()).isEqualByComparingTo("44");
    }

    /**
     * An accounts or contacts file Maria imports moves the versions of what it changes on: Anna's forms, read
     * before, cannot save over the import; what the file left as it was keeps its version.
     */
    @Test
    void accountsAndContactsImportedAfterAnnaReadThemRefuseHerSaves() throws java.io.IOException {
        Account other = anna.portfolio().load().accounts().get(1);
        var pages = anna.account360().pages();
        long fieldsRead = pages.versions(account.id()).of(VersionKey.account(account.id()));
        long otherRead = pages.versions(other.id()).of(VersionKey.account(other.id()));
        Account a = stored(account);
        Account o = stored(other);
        Path accounts = java.nio.file.Files.writeString(dir.resolve("accounts.csv"), "id,name,owner\n"
                + a.externalId() + ",\"" + a.name() + "\",Imported Owner\n"
                + o.externalId() + ",\"" + o.name() + "\"," + (o.owner() == null ? "" : o.owner()) + "\n");
        var options = org.kamworkbench.service.imports.ImportOptions.defaults();

        assertThat(maria.imports().importFile(accounts, org.kamworkbench.service.imports.ImportKind.ACCOUNTS, options,
                ProgressMonitor.NONE).applied()).isTrue();

        refused(() -> pages.updateAccount(withName(a, "Renamed by Anna"), fieldsRead));
        assertThat(stored(account).owner()).isEqualTo("Imported Owner");
        pages.updateAccount(withName(o, "Renamed by Anna"), otherRead);
        assertThat(stored(other).name()).as("an account the file did not change").isEqualTo("Renamed by Anna");

        Stakeholder person = anna.account360().stakeholders().save(new Stakeholder(0, account.id(), "Carla Bianchi",
                "Buyer", null, null, null, null, null, null, null, null, null, null));
        long personRead = anna.account360().stakeholders().versions(List.of(person))
                .of(VersionKey.stakeholder(person.id()));
        Path contacts = java.nio.file.Files.writeString(dir.resolve("contacts.csv"),
                "account id,name,title\n" + a.externalId() + ",Carla Bianchi,Head of Purchasing\n");

        assertThat(maria.imports().importFile(contacts, org.kamworkbench.service.imports.ImportKind.CONTACTS, options,
                ProgressMonitor.NONE).applied()).isTrue();

        refused(() -> anna.account360().stakeholders().save(withTitle(person, "CFO"), personRead));
        assertThat(anna.account360().stakeholders().list(account.id())).extracting(Stakeholder::title)
                .contains("Head of Purchasing");
    }

    private static Stakeholder withTitle(Stakeholder s, String title) {
        return new Stakeholder(s.id(), s.accountId(), s.name(), title, s.department(), s.email(), s.reportsToId(),
                s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(), s.lastContact(),
                s.notes());
    }

    @Test
    void twoRatingsOfOneCellAtTheSameMomentOnTheSameVersionOneWins() throws Exception {
        String c = manualCriterion().name();
        VersionKey key = VersionKey.rating(account.id(), c);
        long read = anna.keyAccounts().ratings().versions().of(key);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Rating>> saves = new ArrayList<>();
        try {
            for (WorkspaceServices who : List.of(anna, maria)) {
                int level = who == anna ? 1 : 5;
                Callable<Rating> save = () -> {
                    start.await();
                    return who.keyAccounts().ratings().rate(account.id(), c, level, who.editor().name(), "", read);
                };
                saves.add(threads.submit(save));
            }
            int won = 0;
            int refused = 0;
            for (Future<Rating> f : saves) {
                try {
                    f.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleEditException.class);
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(anna.keyAccounts().ratings().versions().of(key)).isEqualTo(read + 1);
    }

    /** The account as stored now (a cheap read: the overview computes the whole portfolio). */
    private Account stored(Account a) {
        return anna.account360().pages().findByExternalId(a.externalId()).orElseThrow();
    }

    private static Account withName(Account a, String name) {
        return new Account(a.id(), a.externalId(), name, a.owner(), a.country(), a.region(), a.division(),
                a.industry(), a.type(), a.currency(), a.annualRevenue(), a.employees(), a.parentExternalId(),
                a.website());
    }

    private static Account withOwner(Account a, String owner) {
        return new Account(a.id(), a.externalId(), a.name(), owner, a.country(), a.region(), a.division(),
                a.industry(), a.type(), a.currency(), a.annualRevenue(), a.employees(), a.parentExternalId(),
                a.website());
    }
}
