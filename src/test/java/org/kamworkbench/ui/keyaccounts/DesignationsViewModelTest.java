package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** Designations with a reason and their history, effort and estimated spend entered for the selected account. */
class DesignationsViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    private final KeyAccountServices service = TestWorkspaces.keyAccounts(ws, keys);
    private final DesignationsViewModel model = new DesignationsViewModel(service.designations(), service.effort(),
            Background.DIRECT,
            TestWorkspaces.english());
    private final Account acme = new Account(1, "A1", "Acme", null, null, null, null, null, null, "USD", null, null,
            null, null);

    private DesignationRow select() {
        ws.accounts.add(acme);
        model.show(List.of(acme), null);
        DesignationRow row = model.rows().get(0);
        model.selectedProperty().set(row);
        model.selection().setAll(row);
        return row;
    }

    @Test
    void aDesignationNeedsAReasonAndJoinsTheHistory() {
        select();
        model.statusProperty().set(DesignationStatus.KEY);
        model.designate(() -> model.show(List.of(acme), null));
        assertThat(model.messageProperty().get()).startsWith("Give a reason for the designation");
        assertThat(keys.designations).isEmpty();
        model.reasonProperty().set("Largest growth potential in the region");
        model.authorProperty().set("Ada Lovelace");
        model.designate(() -> model.show(List.of(acme), null));
        assertThat(keys.designations).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DesignationStatus.KEY);
            assertThat(d.reason()).isEqualTo("Largest growth potential in the region");
            assertThat(d.author()).as("the user's name from Settings").isEqualTo("Ada Lovelace");
        });
        assertThat(model.messageProperty().get()).isEqualTo("Acme is now: Key account.");
        assertThat(model.rows().get(0).designation().status()).isEqualTo(DesignationStatus.KEY);
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.history()).hasSize(1);
        assertThat(new DesignationRow(acme, Quadrant.DEVELOPMENT, 40, keys.designations.get(0)).differs()).isTrue();
        assertThat(new DesignationRow(acme, Quadrant.STRATEGIC, 70, keys.designations.get(0)).differs()).isFalse();
    }

    @Test
    void effortAndSpendAreEnteredForTheSelectedAccount() {
        select();
        assertThat(model.spendCurrencyProperty().get()).isEqualTo("USD");
        model.effortYearProperty().set(2024);
        model.hoursProperty().set("12.5");
        model.saveEffort();
        assertThat(keys.efforts()).singleElement().satisfies(e -> {
            assertThat(e.year()).isEqualTo(2024);
            assertThat(e.hours()).isEqualByComparingTo("12.5");
            assertThat(e.budget()).isNull();
        });
        model.budgetProperty().set("lots");
        model.saveEffort();
        assertThat(model.messageProperty().get()).isEqualTo("Hours, budget and spend must be numbers, written like 1,234.5.");
        model.spendAmountProperty().set("250000");
        model.spendCurrencyProperty().set("usd");
        model.saveSpend();
        assertThat(service.effort().estimatedSpend(1).currency()).isEqualTo("USD");
        model.spendCurrencyProperty().set("XYZ");
        model.saveSpend();
        assertThat(model.messageProperty().get()).isEqualTo("'XYZ' is not an ISO 4217 currency code.");
    }
}
