package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.ColumnMapper;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.DateStyle;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.port.ByteRecord;

/** The byte path alone: it adds a plain row, and leaves (adding nothing) any row it cannot read plainly. */
class RevenueBytePathTest {
    private final AccountIndex accounts = new AccountIndex(List.of(
            new Account(1, "A1", "Acme", null, null, "Unassigned", null, null, null, "EUR", null, null, null, null)));
    private final FileCurrencies currencies = new FileCurrencies(accounts, null);
    private final ProductLines productLines = new ProductLines();
    private final RevenueSums sums = new RevenueSums(accounts);
    private final RevenueBytePath path = new RevenueBytePath(accounts, new DateParser(DateStyle.ISO),
            NumberParser.forDecimalSeparator('.'), currencies, productLines, sums,
            RevenueColumns.of(ColumnMapper.map(ImportKind.REVENUE,
                    List.of("invoice_id", "account_id", "date", "amount", "currency", "product_line"),
                    ImportOptions.defaults(), "EUR", true)));

    /** A record of the six fields, split at commas (no quotes, no spaces to trim, as the byte reader hands them over). */
    private static ByteRecord record(long line, String csv) {
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        ByteRecord r = new ByteRecord();
        r.begin(line, b);
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == ',') {
                r.field(start, i);
                start = i + 1;
            }
        }
        return r;
    }

    private List<String> cells() {
        List<String> out = new ArrayList<>();
        sums.cells().forEach((key, amount, records, lines) -> out.add(currencies.code(CellAccumulator.currency(key))
                + " " + CellAccumulator.year(key) + "-" + CellAccumulator.month(key) + ": " + amount + " x" + records
                + " lines " + lines));
        return out;
    }

    @Test
    void addsPlainRowsInTheAccountsCurrencyOrTheOneOfAKnownCurrencyText() {
        currencies.ofText("USD"); // read before by the row path
        assertThat(path.add(record(2, "I1,A1,2024-03-01,10.50,,Hardware"))).isTrue();
        assertThat(path.add(record(3, "I1,A1,2024-03-01,0.50,,Hardware"))).isTrue();
        assertThat(path.add(record(4, "I2,A1,2024-04-02,1,USD,"))).isTrue();
        assertThat(cells()).containsExactlyInAnyOrder("EUR 2024-3: 110000 x2 lines 1", "USD 2024-4: 10000 x1 lines 0");
        assertThat(productLines.names()).containsExactly("Hardware");
    }

    @Test
    void leavesEveryRowItCannotReadPlainlyToTheRowPath() {
        assertThat(path.add(record(2, "I1,Z9,2024-03-01,1,,"))).as("unknown account").isFalse();
        assertThat(path.add(record(3, "I1,A1,1 March 2024,1,,"))).as("no date it reads").isFalse();
        assertThat(path.add(record(4, "I1,A1,2024-03-01,1 EUR,,"))).as("amount not plain").isFalse();
        assertThat(path.add(record(5, "I1,A1,2024-03-01,1,GBP,"))).as("currency text not read before").isFalse();
        assertThat(path.add(record(6, "I1,A1,2024-03-01,1,,\u00a0Café"))).as("non-ASCII product line not read before")
                .isFalse();
        assertThat(path.add(record(7, "I" + "x".repeat(1001) + ",A1,2024-03-01,1,,"))).as("document too long").isFalse();
        assertThat(sums.covered().isEmpty()).isTrue();
    }
}
