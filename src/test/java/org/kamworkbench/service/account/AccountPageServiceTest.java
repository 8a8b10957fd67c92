package org.kamworkbench.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;

class AccountPageServiceTest {
    private final Account360Fixture f = new Account360Fixture();

    @Test
    void theOverviewRollsRevenueUpToTheGroup() {
        AccountOverview alpha = f.pages.overview(f.id("A"));
        assertThat(alpha.parent().externalId()).isEqualTo("H");
        assertThat(alpha.groupTop().externalId()).isEqualTo("H");
        assertThat(alpha.groupRevenue()).isEqualByComparingTo("185");
        assertThat(alpha.children()).extracting(m -> m.account().externalId()).containsExactly("AS");
        assertThat(alpha.children().get(0).rolledUpRevenue()).isEqualByComparingTo("5");
        assertThat(alpha.revenueByYear()).containsOnlyKeys(2024, 2025);
        assertThat(alpha.reportingCurrency()).isEqualTo("EUR");

        AccountOverview holding = f.pages.overview(f.id("H"));
        assertThat(holding.parent()).isNull();
        assertThat(holding.children()).extracting(m -> m.rolledUpRevenue().intValueExact())
                .containsExactly(65, 20);
        assertThat(f.pages.overview(f.id("S")).groupRevenue()).isEqualByComparingTo("1000");
    }

    @Test
    void theHeaderHasTheAbcClassOfTheLastTwelveMonths() {
        // Jul 2024 – Jun 2025: S 1000, H 100, B 20, A 10, AS 5 of 1135. Solo crosses 80 % alone (0 % before
        // it): class A; H starts at 88 % (B); B, A and AS start at 96.9 % and above, not below 95 % (C)
        assertThat(f.pages.overview(f.id("S")).abcClass()).isEqualTo("A");
        assertThat(f.pages.overview(f.id("H")).abcClass()).isEqualTo("B");
        assertThat(f.pages.overview(f.id("AS")).abcClass()).isEqualTo("C");
    }

    @Test
    void thePortfolioCanBeRolledUpToGroups() {
        var service = new org.kamworkbench.service.portfolio.PortfolioService(f.ws, f.ws, f.ws, f.ws);
        var request = org.kamworkbench.service.portfolio.AnalysisRequest.of(
                org.kamworkbench.service.portfolio.PeriodSpec.wholeHistory());
        var curve = service.analyze(service.loadByGroup(), request).curve();
        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.account(0).externalId()).isEqualTo("S");
        assertThat(curve.account(1).externalId()).isEqualTo("H");
        assertThat(curve.revenue(1)).isEqualByComparingTo("185");
        assertThat(service.analyze(service.load(), request).curve().size()).isEqualTo(5);
    }

    @Test
    void editsAreValidated() {
        Account alpha = f.ws.findByExternalId("A").orElseThrow();
        assertThatThrownBy(() -> f.pages.updateAccount(with(alpha, " ", "IT", "H")))
                .hasMessage("The account name cannot be empty.");
        assertThatThrownBy(() -> f.pages.updateAccount(with(alpha, "Alpha", "XX", "H")))
                .hasMessageContaining("'XX' is not an ISO 3166 country code");
        assertThatThrownBy(() -> f.pages.updateAccount(with(alpha, "Alpha", "IT", "NOPE")))
                .hasMessage("There is no account with the id 'NOPE' to be the parent.");
        assertThatThrownBy(() -> f.pages.updateAccount(with(alpha, "Alpha", "IT", "AS")))
                .hasMessageContaining("a parent cannot also be a subsidiary");
        assertThat(f.history.next()).isEmpty();
    }

    @Test
    void undoRevertsTheLastEditsOneByOne() {
        Account alpha = f.ws.findByExternalId("A").orElseThrow();
        f.pages.updateAccount(with(alpha, "Alpha Group", "de", null));
        f.pages.updateProfile(new AccountProfile(alpha.id(), List.of("German", " "), List.of("Logistics"), 4, "Key"));
        assertThat(f.ws.findByExternalId("A").orElseThrow().country()).isEqualTo("DE");
        assertThat(f.pages.profile(alpha.id()).languages()).containsExactly("German");

        assertThat(f.history.undo()).contains("Edit of Alpha Group's needs and notes");
        assertThat(f.pages.profile(alpha.id())).isEqualTo(AccountProfile.empty(alpha.id()));
        assertThat(f.history.undo()).contains("Edit of Alpha");
        assertThat(f.ws.findByExternalId("A")).contains(alpha);
        assertThat(f.history.undo()).isEmpty();
    }

    @Test
    void complexityIsRatedOneToFive() {
        assertThatThrownBy(() -> f.pages.updateProfile(new AccountProfile(f.id("A"), List.of(), List.of(), 6, null)))
                .hasMessage("Complexity is rated 1 to 5.");
    }

    private static Account with(Account a, String name, String country, String parent) {
        return new Account(a.id(), a.externalId(), name, a.owner(), country, a.region(), a.division(), a.industry(),
                a.type(), a.currency(), a.annualRevenue(), a.employees(), parent, a.website());
    }
}
