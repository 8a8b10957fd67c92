package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.ui.TestWorkspaces;

/** The account list's summary line and CSV rows, by hand. */
class AccountListViewModelTest {
    private static Account account(long id, String ext) {
        return new Account(id, ext, "Name " + ext, null, null, null, null, null, null, "EUR", null, null, null, null);
    }

    @Test
    void summaryAndExportRowsCarryTheFigures() {
        AccountListViewModel model = new AccountListViewModel("Class A: the accounts", List.of(
                new AccountDrillDown.Row(account(1, "A"), 1, new BigDecimal("40"), 0.4, 0.4, "A"),
                new AccountDrillDown.Row(account(2, "B"), 2, new BigDecimal("20.5"), 0.205, 0.605, "A")), "EUR",
                TestWorkspaces.english());
        assertThat(model.summary()).isEqualTo("2 accounts · " + TestWorkspaces.english().money(new BigDecimal("60.5"),
                "EUR") + " · 60.5% of the portfolio");
        var table = model.exportTable();
        assertThat(table.headers()).hasSize(7).contains("Revenue (EUR)");
        assertThat(table.rows()).containsExactly(
                List.of(1L, "A", "Name A", new BigDecimal("40"), 0.4, 0.4, "A"),
                List.of(2L, "B", "Name B", new BigDecimal("20.5"), 0.205, 0.605, "A"));
    }
}
