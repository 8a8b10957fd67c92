package org.kamworkbench.service.imports.revenue;

import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.port.ByteRecord;

/**
 * Reads an invoice line of a plain UTF-8 CSV file straight from its bytes when every value it needs is in its
 * plainest form: an account id stored exactly so, a date the date parser read before (or reads now), a plain
 * amount (see {@link NumberParser#plainE4}), a known currency and product line. Then it adds exactly what the
 * row path adds. Any other row is left to the row path, which reads and refuses values by the one set of rules;
 * nothing here decides that a value is wrong. The hot path of a big import: the last date, currency and product
 * line are remembered as bytes, so a row that repeats one does not read it again.
 */
final class RevenueBytePath {
    private final AccountIndex accounts;
    private final DateParser dates;
    private final NumberParser numbers;
    private final FileCurrencies currencies;
    private final ProductLines productLines;
    private final RevenueSums sums;
    private final int cAccount;
    private final int cDate;
    private final int cAmount;
    private final int cCurrency;
    private final int cDocument;
    private final int cProduct;
    /** The last date, product line and currency read and what they gave. */
    private final LastBytes lastDate = new LastBytes();
    private int lastPeriod;
    private final LastBytes lastProduct = new LastBytes();
    private long lastProductBit;
    private final LastBytes lastCurrency = new LastBytes();
    private int lastCurrencyIndex;

    RevenueBytePath(AccountIndex accounts, DateParser dates, NumberParser numbers, FileCurrencies currencies,
                    ProductLines productLines, RevenueSums sums, RevenueColumns columns) {
        this.accounts = accounts;
        this.dates = dates;
        this.numbers = numbers;
        this.currencies = currencies;
        this.productLines = productLines;
        this.sums = sums;
        this.cAccount = columns.account();
        this.cDate = columns.date();
        this.cAmount = columns.amount();
        this.cCurrency = columns.currency();
        this.cDocument = columns.document();
        this.cProduct = columns.product();
    }

    /** Adds the row and returns true, or returns false (having added nothing) for the row path to read it. */
    boolean add(ByteRecord r) {
        byte[] b = r.bytes();
        int account = accounts.byExternalIdBytes(b, r.start(cAccount), r.end(cAccount));
        if (account == AccountIndex.UNKNOWN_BYTES) {
            account = accounts.byExternalId(r.text(cAccount));
        }
        int period = account < 0 ? -1 : periodOf(r, b);
        long amount = period < 0 ? NumberParser.NOT_PLAIN : numbers.plainE4(b, r.start(cAmount), r.end(cAmount));
        int currency = amount == NumberParser.NOT_PLAIN ? -1 : currencyOf(r, b, account);
        long productLine = currency < 0 || tooLong(r, cDocument) ? -1 : productLineOf(r, b);
        if (productLine < 0) {
            return false;
        }
        sums.add(r.line(), account, currency, period, amount, productLine);
        return true;
    }

    /** The yyyymm of the row's date, or -1 when it is not a date (left to the row path to say why). */
    private int periodOf(ByteRecord r, byte[] b) {
        int from = r.start(cDate);
        int to = r.end(cDate);
        if (lastDate.equals(b, from, to)) {
            return lastPeriod;
        }
        try {
            lastPeriod = dates.parse(r.text(cDate), false) / 100;
        } catch (InvalidValueException e) {
            lastDate.forget();
            return -1;
        }
        lastDate.set(b, from, to);
        return lastPeriod;
    }

    /** The row's currency index as {@link RowCurrency} finds it for a row without a currency in its amount; -1 otherwise. */
    private int currencyOf(ByteRecord r, byte[] b, int account) {
        int from = r.start(cCurrency);
        int to = r.end(cCurrency);
        if (cCurrency >= 0 && from != to) {
            if (lastCurrency.equals(b, from, to)) {
                return lastCurrencyIndex;
            }
            Integer index = r.isAscii(cCurrency) ? currencies.readBefore(r.text(cCurrency)) : null;
            if (index == null) {
                return -1;
            }
            lastCurrency.set(b, from, to);
            lastCurrencyIndex = index;
            return index;
        }
        if (currencies.given() >= 0) {
            return currencies.given();
        }
        return currencies.ofAccount(account); // re-checked inside the write lock, as on the row path
    }

    /** The row's product line bit (0 without one), or -1 when the row path must read it. */
    private long productLineOf(ByteRecord r, byte[] b) {
        if (cProduct < 0 || tooLong(r, cProduct)) {
            return cProduct < 0 ? 0 : -1;
        }
        int from = r.start(cProduct);
        int to = r.end(cProduct);
        if (from == to) {
            return 0;
        }
        if (lastProduct.equals(b, from, to)) {
            return lastProductBit;
        }
        long bit = productLines.bitOfBytes(b, from, to);
        if (bit == 0) {
            if (!r.isAscii(cProduct)) {
                return -1; // its text may hold spaces the row path strips
            }
            bit = productLines.bit(r.text(cProduct));
            if (bit == 0) {
                return -1;
            }
        }
        lastProductBit = bit;
        lastProduct.set(b, from, to);
        return bit;
    }

    private static boolean tooLong(ByteRecord r, int column) {
        return column >= 0 && r.end(column) - r.start(column) > RevenueImport.MAX_TEXT; // bytes: at least as many as characters
    }
}
