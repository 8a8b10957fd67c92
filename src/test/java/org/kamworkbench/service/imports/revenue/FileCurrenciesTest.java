package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportInputException;

class FileCurrenciesTest {
    private static final AccountIndex ACCOUNTS = new AccountIndex(List.of(
            account(1, "A1", "USD"), account(2, "A2", null), account(3, "A3", "EUR"), account(4, "A4", "USD")));

    private static Account account(long id, String externalId, String currency) {
        return new Account(id, externalId, "Name " + externalId, null, null, "Unassigned", null, null, null, currency,
                null, null, null, null);
    }

    @Test
    void theAccountsCurrenciesComeFirstInAccountOrderThenTheGivenOne() {
        FileCurrencies c = new FileCurrencies(ACCOUNTS, " chf ");
        assertThat(c.codes()).containsExactly("USD", "EUR", "CHF");
        assertThat(c.given()).isEqualTo(2);
        assertThat(c.ofAccount(0)).isZero();
        assertThat(c.ofAccount(1)).isEqualTo(-1);
        assertThat(c.ofAccount(2)).isEqualTo(1);
        assertThat(c.ofAccount(3)).isZero();
    }

    @Test
    void noGivenCurrencyIsMinusOneAndOneThatIsNoCurrencyIsAnInputError() {
        assertThat(new FileCurrencies(ACCOUNTS, null).given()).isEqualTo(-1);
        assertThatThrownBy(() -> new FileCurrencies(ACCOUNTS, "Euros"))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("Euros");
    }

    @Test
    void anAccountTheFileCreatesOrNoAccountHasNoCurrency() {
        FileCurrencies c = new FileCurrencies(ACCOUNTS, null);
        assertThat(c.ofAccount(AccountIndex.NONE)).isEqualTo(-1);
        assertThat(c.ofAccount(4)).isEqualTo(-1);
    }

    @Test
    void aCurrencyTextIsReadOnceAndRememberedButNoCurrencyIsNot() {
        FileCurrencies c = new FileCurrencies(ACCOUNTS, null);
        assertThat(c.readBefore("GBP")).isNull();
        assertThat(c.ofText("GBP")).isEqualTo(2);
        assertThat(c.readBefore("GBP")).isEqualTo(2);
        assertThat(c.ofText("EUR")).isEqualTo(1);
        assertThat(c.ofText("Pounds")).isEqualTo(-1);
        assertThat(c.readBefore("Pounds")).isNull();
        assertThat(c.code(2)).isEqualTo("GBP");
        assertThat(c.index("GBP")).isEqualTo(2);
        assertThat(c.index("JPY")).isEqualTo(3);
    }
}
