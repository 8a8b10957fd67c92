package org.kamworkbench.service.imports.revenue;

import java.math.BigInteger;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.port.TableRow;

/**
 * Reads the amount of a revenue line in 10⁻⁴ units: an amount cell, or quantity × unit price when the
 * file has no amount column. A value that cannot be read is a problem of its cell and reads 0.
 * {@link #mark()} is then the currency written in the amount (or the unit price), for the caller to
 * check against the line's currency. One per import; not thread-safe.
 */
final class LineAmounts {
    private static final long E4 = 10_000L;

    private final Cells cells;
    private final NumberParser numbers;
    private CurrencyMark mark;

    LineAmounts(Cells cells, NumberParser numbers) {
        this.cells = cells;
        this.numbers = numbers;
    }

    /** The currency written in the amount just read, or null. */
    CurrencyMark mark() {
        return mark;
    }

    long read(TableRow row, int column, String text) {
        mark = null;
        if (text.isEmpty()) {
            cells.refuse(row, column, null, "value.amountEmpty");
            return 0;
        }
        try {
            NumberParser reader = numbers.forCell(row, column);
            long v = reader.parseE4(text);
            mark = reader.lastCurrency();
            return v;
        } catch (InvalidValueException e) {
            cells.problem(row, column, text, e.sentence());
            return 0;
        }
    }

    /**
     * Quantity × unit price: exact, or a problem naming the unit price when the product has more than
     * 4 decimals or is too large to store.
     */
    long quantityTimesPrice(TableRow row, int cQuantity, int cUnitPrice) {
        mark = null;
        String quantityText = Cells.get(row, cQuantity);
        if (quantityText.isEmpty()) {
            cells.refuse(row, cQuantity, null, "value.quantityEmpty");
            return 0;
        }
        long quantity;
        NumberParser quantityReader = numbers.forCell(row, cQuantity);
        try {
            quantity = quantityReader.parseE4(quantityText);
        } catch (InvalidValueException e) {
            cells.problem(row, cQuantity, quantityText, e.sentence());
            return 0;
        }
        if (quantityReader.lastCurrency() != null) {
            cells.refuse(row, cQuantity, quantityText, "value.quantityWithCurrency");
            return 0;
        }
        String priceText = Cells.get(row, cUnitPrice);
        if (priceText.isEmpty()) {
            cells.refuse(row, cUnitPrice, null, "value.priceEmpty");
            return 0;
        }
        long price;
        NumberParser priceReader = numbers.forCell(row, cUnitPrice);
        try {
            price = priceReader.parseE4(priceText);
            mark = priceReader.lastCurrency();
        } catch (InvalidValueException e) {
            cells.problem(row, cUnitPrice, priceText, e.sentence());
            return 0;
        }
        String shown = quantityText + " × " + priceText;
        BigInteger product = BigInteger.valueOf(quantity).multiply(BigInteger.valueOf(price)); // in 10⁻⁸
        BigInteger[] units = product.divideAndRemainder(BigInteger.valueOf(E4));
        if (units[1].signum() != 0) {
            cells.refuse(row, cUnitPrice, shown, "value.productDecimals");
            return 0;
        }
        if (units[0].bitLength() > 62) {
            cells.refuse(row, cUnitPrice, shown, "value.productTooLarge");
            return 0;
        }
        return units[0].longValue();
    }
}
