package org.kamworkbench.service.imports.revenue;

import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.TableRow;

/**
 * The currency of a row read as text: its currency column, else the currency given for lines without one
 * (--currency), else the account's currency. A currency written in the amount must agree with it, and is the
 * row's currency only when none of these is there.
 */
final class RowCurrency {
    private final Cells cells;
    private final FileCurrencies currencies;
    private final AccountIndex accounts;
    private final int cCurrency;

    RowCurrency(Cells cells, FileCurrencies currencies, AccountIndex accounts, int cCurrency) {
        this.cells = cells;
        this.currencies = currencies;
        this.accounts = accounts;
        this.cCurrency = cCurrency;
    }

    /**
     * The row's currency index, or -1 after reporting why it has none.
     *
     * @param amountColumn the column of the amount (the unit price for quantity × price), shown with a problem
     * @param mark         the currency written in the amount, or null
     */
    int of(TableRow row, int account, int amountColumn, String amountText, CurrencyMark mark) {
        String text = Cells.get(row, cCurrency);
        int known;
        if (!text.isEmpty()) {
            known = currencies.ofText(text);
            if (known < 0) {
                cells.refuse(row, cCurrency, text, "value.notCurrencyCode");
                return -1;
            }
        } else if (currencies.given() >= 0) {
            known = currencies.given();
        } else {
            known = currencies.ofAccount(account);
        }
        if (known >= 0) {
            Sentence disagreement = CurrencyMark.disagreement(mark, currencies.code(known));
            if (disagreement != null) {
                cells.problem(row, amountColumn, amountText, disagreement);
            }
            return known;
        }
        if (mark != null) {
            if (mark.onlyCode() == null) {
                cells.refuse(row, amountColumn, amountText, "value.ambiguousCurrency", mark.codesText());
                return -1;
            }
            return currencies.index(mark.onlyCode());
        }
        if (account < 0) {
            return -1;
        }
        cells.refuse(row, cCurrency >= 0 ? cCurrency : amountColumn, null, "value.noCurrency",
                accounts.externalId(account));
        return -1;
    }
}
