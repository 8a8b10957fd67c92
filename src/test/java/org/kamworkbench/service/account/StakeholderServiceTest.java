package org.kamworkbench.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.CoverageWarning.Code;

class StakeholderServiceTest {
    private final Account360Fixture f = new Account360Fixture();
    private final long acme = f.id("A");

    @Test
    void draggingSomeoneUnderTheirOwnReportIsRefusedAndChangesNothing() {
        Stakeholder ceo = f.stakeholders.save(stakeholder("Eva", null, BuyingRole.ECONOMIC_BUYER));
        Stakeholder cfo = f.stakeholders.save(stakeholder("Carl", ceo.id(), BuyingRole.TECHNICAL_BUYER));
        assertThatThrownBy(() -> f.stakeholders.moveUnder(ceo.id(), cfo.id()))
                .hasMessage("Eva cannot report to Carl, who already reports to Eva: that would make a circle.");
        assertThat(f.stakeholders.chart(acme).roots()).extracting(n -> n.stakeholder().name()).containsExactly("Eva");

        Stakeholder buyer = f.stakeholders.save(stakeholder("Bo", null, BuyingRole.USER));
        f.stakeholders.moveUnder(buyer.id(), cfo.id());
        assertThat(f.stakeholders.chart(acme).roots().get(0).reports().get(0).reports())
                .extracting(n -> n.stakeholder().name()).containsExactly("Bo");
    }

    /** A drag or a delete on a chart read before a colleague moved the person is refused, and changes nothing. */
    @Test
    void aDragOrADeleteBasedOnAnOlderVersionIsRefused() {
        Stakeholder ceo = f.stakeholders.save(stakeholder("Eva", null, BuyingRole.ECONOMIC_BUYER));
        Stakeholder bo = f.stakeholders.save(stakeholder("Bo", null, BuyingRole.USER));
        long shown = f.stakeholders.versions(java.util.List.of(bo)).of(org.kamworkbench.domain.VersionKey.stakeholder(bo.id()));
        f.stakeholders.save(bo.withReportsTo(ceo.id()), shown); // the colleague's move

        assertThatThrownBy(() -> f.stakeholders.moveUnder(bo.id(), null, shown))
                .isInstanceOf(org.kamworkbench.service.edit.StaleEditException.class);
        assertThatThrownBy(() -> f.stakeholders.delete(bo.id(), shown))
                .isInstanceOf(org.kamworkbench.service.edit.StaleEditException.class);
        assertThat(f.stakeholders.list(acme)).filteredOn(x -> x.id() == bo.id())
                .extracting(Stakeholder::reportsToId).containsExactly(ceo.id());
    }

    /** Undo of an edit does not take back a colleague's later change of the same person. */
    @Test
    void undoOfAnEditIsRefusedOnceAColleagueChangedThePersonSince() {
        Stakeholder bo = f.stakeholders.save(stakeholder("Bo", null, BuyingRole.USER));
        f.stakeholders.save(withTitle(bo, "Buyer"));
        long now = f.stakeholders.versions(java.util.List.of(bo)).of(org.kamworkbench.domain.VersionKey.stakeholder(bo.id()));
        // the colleague's change, from another desktop (their own session: not in this undo history)
        StakeholderService colleague = new StakeholderService(f.people.stakeholders, f.ws, f.people.colleagues,
                f.people.profiles, new EditHistory(), f.clock, f.edits);
        colleague.save(withTitle(bo, "Head of buying"), now);

        assertThatThrownBy(() -> f.history.undo()).isInstanceOf(org.kamworkbench.service.edit.StaleEditException.class);
        assertThat(f.stakeholders.list(acme)).extracting(Stakeholder::title).containsExactly("Head of buying");
    }

    private static Stakeholder withTitle(Stakeholder s, String title) {
        return new Stakeholder(s.id(), s.accountId(), s.name(), title, s.department(), s.email(), s.reportsToId(),
                s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(), s.lastContact(),
                s.notes());
    }

    @Test
    void fieldsAreValidated() {
        assertThatThrownBy(() -> f.stakeholders.save(stakeholder(" ", null, null))).hasMessage("A stakeholder needs a name.");
        Stakeholder bad = new Stakeholder(0, acme, "X", null, null, null, null, null, 6, null, null, null, null, null);
        assertThatThrownBy(() -> f.stakeholders.save(bad)).hasMessage("Influence is rated 1 to 5.");
        Stakeholder future = new Stakeholder(0, acme, "X", null, null, null, null, null, 3, null, null, null,
                Account360Fixture.TODAY.plusDays(1), null);
        assertThatThrownBy(() -> f.stakeholders.save(future)).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> f.stakeholders.setStaleContactDays(0)).hasMessageContaining("1 to 3650");
    }

    @Test
    void warningsFollowTheStakeholdersAndTheStaleSetting() {
        assertThat(f.stakeholders.warnings(acme)).extracting(CoverageWarning::code)
                .containsExactly(Code.NO_ECONOMIC_BUYER);
        f.stakeholders.save(new Stakeholder(0, acme, "Eva", null, null, null, null, BuyingRole.ECONOMIC_BUYER, 5,
                Attitude.CHAMPION, RelationshipStrength.STRONG, null, Account360Fixture.TODAY.minusDays(60), null));
        f.stakeholders.save(new Stakeholder(0, acme, "Bo", null, null, null, null, BuyingRole.USER, 2,
                Attitude.NEUTRAL, RelationshipStrength.GOOD, null, null, null));
        assertThat(f.stakeholders.warnings(acme)).isEmpty();
        f.stakeholders.setStaleContactDays(30);
        assertThat(f.stakeholders.warnings(acme)).extracting(CoverageWarning::code).containsExactly(Code.STALE_CONTACT);
    }

    @Test
    void aLoggedInteractionIsTheLastContactWhenItIsLaterThanTheOneEntered() {
        java.util.Map<Long, java.time.LocalDate> met = new java.util.HashMap<>();
        StakeholderService withLog = new StakeholderService(f.people.stakeholders, f.ws, f.people.colleagues,
                f.people.profiles, f.history, f.clock, () -> met, f.edits);
        Stakeholder eva = withLog.save(new Stakeholder(0, acme, "Eva", null, null, null, null,
                BuyingRole.ECONOMIC_BUYER, 5, Attitude.CHAMPION, RelationshipStrength.STRONG, null,
                Account360Fixture.TODAY.minusDays(200), null));
        withLog.save(new Stakeholder(0, acme, "Bo", null, null, null, null, BuyingRole.USER, 2,
                Attitude.NEUTRAL, RelationshipStrength.GOOD, null, null, null));
        assertThat(withLog.warnings(acme)).extracting(CoverageWarning::code).containsExactly(Code.STALE_CONTACT);

        met.put(eva.id(), Account360Fixture.TODAY.minusDays(10)); // a meeting logged in the account's plan
        assertThat(withLog.warnings(acme)).isEmpty();
        assertThat(withLog.list(acme)).filteredOn(s -> s.id() == eva.id()).extracting(Stakeholder::lastContact)
                .containsExactly(Account360Fixture.TODAY.minusDays(10));

        met.put(eva.id(), Account360Fixture.TODAY.minusDays(300)); // older than the date entered: that one stays
        assertThat(withLog.list(acme)).filteredOn(s -> s.id() == eva.id()).extracting(Stakeholder::lastContact)
                .containsExactly(Account360Fixture.TODAY.minusDays(200));
    }

    @Test
    void undoRemovesAnAdditionAndRestoresADeletedManagerWithTheirReports() {
        Stakeholder ceo = f.stakeholders.save(stakeholder("Eva", null, BuyingRole.ECONOMIC_BUYER));
        Stakeholder cfo = f.stakeholders.save(stakeholder("Carl", ceo.id(), null));
        f.stakeholders.delete(ceo.id());
        assertThat(f.stakeholders.list(acme)).extracting(Stakeholder::reportsToId).containsOnlyNulls();

        assertThat(f.history.undo()).contains("Deleting Eva");
        Stakeholder eva = f.stakeholders.list(acme).stream().filter(s -> s.name().equals("Eva")).findFirst().orElseThrow();
        assertThat(f.people.stakeholders.find(cfo.id()).orElseThrow().reportsToId()).isEqualTo(eva.id());
        assertThat(f.history.undo()).contains("Adding Carl");
        assertThat(f.stakeholders.list(acme)).extracting(Stakeholder::name).containsExactly("Eva");
    }

    private Stakeholder stakeholder(String name, Long reportsTo, BuyingRole role) {
        return new Stakeholder(0, acme, name, null, null, null, reportsTo, role, 3, Attitude.NEUTRAL,
                RelationshipStrength.GOOD, null, null, null);
    }
}
