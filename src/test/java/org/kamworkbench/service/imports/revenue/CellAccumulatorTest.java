package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CellAccumulatorTest {
    private record Cell(long key, long amount, int records, long lines) {
    }

    /**
     * In order, every cell comes once with its sums, sorted by account, then the currency's rank, then
     * month: what forEach hands over in hash order.
     */
    @Property(tries = 200)
    void cellsComeInAccountCurrencyRankAndMonthOrder(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 50) Integer> accounts,
            @ForAll @IntRange(min = 1, max = 4) int currencies, @ForAll boolean wide) {
        // wide: account indexes and years so far apart that a cell's place and slot no longer fit in one long
        CellAccumulator sums = new CellAccumulator();
        for (int i = 0; i < accounts.size(); i++) {
            int currency = i * 7 % currencies;
            int account = wide ? Integer.MAX_VALUE - accounts.get(i) : accounts.get(i);
            int year = wide && i % 2 == 0 ? 12_000 : 2023 + i % 3;
            sums.add(CellAccumulator.key(account, currency, year, 1 + i * 5 % 12), i - 100L, 1,
                    1L << (i % 3));
        }
        int[] rank = new int[currencies];
        for (int c = 0; c < currencies; c++) {
            rank[c] = currencies - 1 - c; // the reverse of the indexes, as codes might sort
        }
        List<Cell> any = new ArrayList<>();
        sums.forEach((key, amount, records, lines) -> any.add(new Cell(key, amount, records, lines)));
        any.sort(Comparator.comparingInt((Cell c) -> CellAccumulator.account(c.key()))
                .thenComparingInt(c -> rank[CellAccumulator.currency(c.key())])
                .thenComparingInt(c -> CellAccumulator.year(c.key()) * 12 + CellAccumulator.month(c.key())));
        List<Cell> ordered = new ArrayList<>();
        sums.forEachInOrder(rank, (key, amount, records, lines) -> ordered.add(new Cell(key, amount, records, lines)));
        assertThat(ordered).containsExactlyElementsOf(any).hasSize(sums.size());
    }
}
