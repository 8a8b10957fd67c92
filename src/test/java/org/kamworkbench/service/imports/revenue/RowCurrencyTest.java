package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.ColumnMapper;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.port.TableRow;

class RowCurrencyTest {
    private static final int AMOUNT = 2;
    private final ColumnMapping mapping = ColumnMapper.map(ImportKind.REVENUE,
            List.of("account_id", "date", "amount", "currency"), ImportOptions.defaults(), "EUR", true);
    private final Problems problems = new Problems();
    private final Cells cells = new Cells(mapping, problems);
    private final AccountIndex accounts = new AccountIndex(List.of(account(1, "A1", "USD"), account(2, "A2", null)));

    private static Account account(long id, String externalId, String currency) {
        return new Account(id, externalId, externalId, null, null, "Unassigned", null, null, null, currency, null,
                null, null, null);
    }

    private RowCurrency rowCurrency(FileCurrencies currencies) {
        return new RowCurrency(cells, currencies, accounts, mapping.column("currency"));
    }

    private static TableRow row(String amount, String currency) {
        return new TableRow(5, List.of("A1", "2024-01-01", amount, currency));
    }

    private String reason() {
        return problems.first().get(problems.first().size() - 1).because().key();
    }

    @Test
    void theCurrencyColumnComesBeforeTheGivenCurrencyAndTheAccounts() {
        FileCurrencies currencies = new FileCurrencies(accounts, "CHF");
        RowCurrency r = rowCurrency(currencies);
        assertThat(currencies.code(r.of(row("1", "GBP"), 0, AMOUNT, "1", null))).isEqualTo("GBP");
        assertThat(currencies.code(r.of(row("1", ""), 0, AMOUNT, "1", null))).isEqualTo("CHF");
        FileCurrencies noneGiven = new FileCurrencies(accounts, null);
        assertThat(noneGiven.code(rowCurrency(noneGiven).of(row("1", ""), 0, AMOUNT, "1", null))).isEqualTo("USD");
        assertThat(problems.count()).isZero();
    }

    @Test
    void aCurrencyInTheAmountIsTheRowsOnlyWhenNothingElseGivesOne() {
        FileCurrencies currencies = new FileCurrencies(accounts, null);
        RowCurrency r = rowCurrency(currencies);
        assertThat(currencies.code(r.of(row("JPY 5", ""), 1, AMOUNT, "JPY 5", CurrencyMark.of("JPY")))).isEqualTo("JPY");
        assertThat(r.of(row("$5", ""), 1, AMOUNT, "$5", CurrencyMark.of("$"))).isEqualTo(-1);
        assertThat(reason()).isEqualTo("value.ambiguousCurrency");
        assertThat(r.of(row("5", ""), 1, AMOUNT, "5", null)).isEqualTo(-1);
        assertThat(reason()).isEqualTo("value.noCurrency");
    }

    @Test
    void aCurrencyInTheAmountMustAgreeAndATextThatIsNoCurrencyIsRefused() {
        FileCurrencies currencies = new FileCurrencies(accounts, null);
        RowCurrency r = rowCurrency(currencies);
        assertThat(currencies.code(r.of(row("JPY 5", ""), 0, AMOUNT, "JPY 5", CurrencyMark.of("JPY")))).isEqualTo("USD");
        assertThat(reason()).isEqualTo("value.currencyDisagrees");
        assertThat(r.of(row("5", "Dollars"), 0, AMOUNT, "5", null)).isEqualTo(-1);
        assertThat(reason()).isEqualTo("value.notCurrencyCode");
        assertThat(problems.count()).isEqualTo(2);
    }
}
