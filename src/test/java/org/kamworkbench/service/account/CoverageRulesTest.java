package org.kamworkbench.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamworkbench.service.account.People.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.service.account.CoverageWarning.Code;

class CoverageRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aWellCoveredAccountHasNoWarning() {
        assertThat(CoverageRules.check(List.of(
                person(1, "Eva", BuyingRole.ECONOMIC_BUYER, 5, RelationshipStrength.STRONG, TODAY.minusDays(90)),
                person(2, "Bo", BuyingRole.USER, 2, RelationshipStrength.WEAK, null)), TODAY, 90)).isEmpty();
    }

    @Test
    void eachGapHasItsCode() {
        List<CoverageWarning> w = CoverageRules.check(List.of(
                person(1, "Carl", BuyingRole.TECHNICAL_BUYER, 4, RelationshipStrength.WEAK, TODAY.minusDays(91)),
                person(2, "Dora", BuyingRole.INFLUENCER, 5, null, TODAY),
                person(3, "Ed", BuyingRole.USER, 1, RelationshipStrength.NONE, null)), TODAY, 90);
        assertThat(w).extracting(CoverageWarning::code).containsExactly(Code.NO_ECONOMIC_BUYER,
                Code.WEAK_DECISION_MAKER, Code.WEAK_DECISION_MAKER, Code.STALE_CONTACT, Code.SINGLE_THREADED);
        assertThat(w.get(1).stakeholderIds()).containsExactly(1L);
        assertThat(w.get(2).message()).isEqualTo("Dora has influence 5 but no relationship with us.");
        assertThat(w.get(3).message()).contains("Carl", "91 days");
        assertThat(w.get(2).message(java.util.Locale.ITALY)).isEqualTo("Dora ha influenza 5 ma nessuna relazione con noi.");
        assertThat(w.get(3).message(java.util.Locale.ITALY)).isEqualTo("Carl è un decisore non contattato da 91 giorni "
                + "(dal " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(TODAY.minusDays(91)) + ").");
        assertThat(w.get(4).stakeholderIds()).containsExactly(1L);
    }

    @Test
    void theStaleLimitIsASettingAndNeverContactedDecisionMakersAreStale() {
        var carl = person(1, "Carl", BuyingRole.ECONOMIC_BUYER, 3, RelationshipStrength.GOOD, TODAY.minusDays(40));
        var dora = person(2, "Dora", BuyingRole.USER, 4, RelationshipStrength.GOOD, null);
        assertThat(CoverageRules.check(List.of(carl, dora), TODAY, 30)).extracting(CoverageWarning::code)
                .containsExactly(Code.STALE_CONTACT, Code.STALE_CONTACT);
        assertThat(CoverageRules.check(List.of(carl, dora), TODAY, 40)).extracting(CoverageWarning::stakeholderIds)
                .containsExactly(List.of(2L));
    }

    @Test
    void noStakeholdersMeansOnlyTheMissingEconomicBuyer() {
        assertThat(CoverageRules.check(List.of(), TODAY, 90)).extracting(CoverageWarning::code)
                .containsExactly(Code.NO_ECONOMIC_BUYER);
    }
}
