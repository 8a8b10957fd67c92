package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportInputException;

class RevenueSumsTest {
    private final AccountIndex accounts = new AccountIndex(List.of(account(7, "A1"), account(9, "A2")));
    private final RevenueSums sums = new RevenueSums(accounts);

    private static Account account(long id, String externalId) {
        return new Account(id, externalId, "Name " + externalId, null, null, "Unassigned", null, null, null, null,
                null, null, null, null);
    }

    private List<String> cells() {
        List<String> out = new ArrayList<>();
        sums.cells().forEachInOrder(new int[] {0, 1}, (key, amount, records, lines) -> out.add(
                CellAccumulator.account(key) + "/" + CellAccumulator.currency(key) + "/" + CellAccumulator.year(key)
                        + "-" + CellAccumulator.month(key) + ": " + amount + " x" + records + " lines " + lines));
        return out;
    }

    @Test
    void sumsRowsOfOneAccountCurrencyAndMonthIntoOneCellAndCoversTheMonth() {
        sums.add(2, 0, 1, 202403, 10_000, 1);
        sums.add(3, 0, 1, 202403, 2_500, 2);
        sums.add(4, 1, 1, 202404, 1, 0);
        assertThat(cells()).containsExactly("0/1/2024-3: 12500 x2 lines 3", "1/1/2024-4: 1 x1 lines 0");
        int march2024 = (2024 - 1900) * 12 + 2;
        assertThat(sums.covered().stream()).containsExactly(march2024, march2024 + 1);
    }

    @Test
    void aWholeYearLandsInJanuaryAndCoversAllTwelveMonths() {
        sums.add(2, 1, 0, 202300, 5, 0);
        assertThat(cells()).containsExactly("1/0/2023-1: 5 x1 lines 0");
        int january2023 = (2023 - 1900) * 12;
        assertThat(sums.covered().stream()).containsExactly(java.util.stream.IntStream
                .range(january2023, january2023 + 12).boxed().toArray(Integer[]::new));
    }

    @Test
    void aSumThatNoLongerFitsIsAnInputErrorNamingTheLineAccountAndYear() {
        sums.add(2, 1, 0, 202401, Long.MAX_VALUE, 0);
        assertThatThrownBy(() -> sums.add(17, 1, 0, 202401, 1, 0))
                .isInstanceOf(ImportInputException.class)
                .hasMessageContaining("17").hasMessageContaining("A2").hasMessageContaining("2024");
    }

    @Test
    void releaseLetsTheTableGo() {
        sums.add(2, 0, 0, 202401, 1, 0);
        sums.release();
        assertThat(sums.cells()).isNull();
        assertThat(sums.covered().isEmpty()).isFalse();
    }
}
