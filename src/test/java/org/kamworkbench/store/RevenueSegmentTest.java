package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.RevenueCell;

class RevenueSegmentTest {
    @Test
    void extremeAmountsAndManyCurrenciesSurviveTheRoundTrip() {
        List<RevenueCell> cells = new ArrayList<>(List.of(
                new RevenueCell(1, "EUR", 2024, 1, Long.MAX_VALUE, Integer.MAX_VALUE),
                new RevenueCell(1, "USD", 2024, 12, Long.MIN_VALUE, 1),
                new RevenueCell(9_000_000_000L, "JPY", 2024, 6, 0, 3),
                new RevenueCell(9_000_000_000L, "JPY", 2024, 7, -1, 1)));
        byte[] data = RevenueSegment.encode(cells);
        assertThat(RevenueSegment.decode(data, 2024)).containsExactlyElementsOf(cells);
        assertThat(RevenueSegment.monthMask(cells)).isEqualTo(1 | 1 << 5 | 1 << 6 | 1 << 11);
    }

    @Property(tries = 100)
    void theFastSortAgreesWithTheOrder(@ForAll @Size(max = 500) List<@LongRange(min = 0, max = 3_000) Long> accounts,
                                       @ForAll boolean hugeIds) {
        List<RevenueCell> cells = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            long id = hugeIds ? Long.MAX_VALUE - accounts.get(i) : accounts.get(i);
            cells.add(new RevenueCell(id, List.of("USD", "EUR", "CHF").get(i % 3), 2024, 1 + i * 7 % 12, i, 1));
        }
        List<RevenueCell> expected = new ArrayList<>(cells);
        expected.sort(RevenueSegment.ORDER);
        RevenueSegment.sort(cells);
        assertThat(cells).containsExactlyElementsOf(expected);
    }

    @Test
    void productLinesSurviveTheRoundTripAndMergeIntoOneSet() {
        List<RevenueCell> cells = List.of(new RevenueCell(1, "EUR", 2024, 1, 10, 2, Set.of("Hardware", "Services")),
                new RevenueCell(1, "EUR", 2024, 2, 5, 1),
                new RevenueCell(2, "USD", 2024, 1, 7, 1, Set.of("Services")));
        assertThat(RevenueSegment.decode(RevenueSegment.encode(cells), 2024)).containsExactlyElementsOf(cells);
        List<RevenueCell> amounts = new ArrayList<>();
        RevenueSegment.decode(RevenueSegment.encode(cells), 2024, amounts::add, false); // what the analyses read
        assertThat(amounts).extracting(RevenueCell::amountE4).containsExactly(10L, 5L, 7L);
        assertThat(amounts).allSatisfy(c -> assertThat(c.productLines()).isEmpty());
        assertThat(RevenueStore.merge(cells, List.of(new RevenueCell(1, "EUR", 2024, 1, 1, 1, Set.of("Training"))),
                Set.of()).get(0).productLines()).containsExactlyInAnyOrder("Hardware", "Services", "Training");
    }

    @Test
    void aValueOfTheFirstFormatWithoutProductLinesIsStillRead() {
        byte[] v1 = {'K', 'A', 'M', 'R', 1, 1, 1, 3, 'E', 'U', 'R', 5, 0, 3, 20, 1};
        assertThat(RevenueSegment.decode(v1, 2023)).containsExactly(new RevenueCell(5, "EUR", 2023, 3, 10, 1));
    }

    @Test
    void anUnknownValueIsRefusedWithAReason() {
        assertThatThrownBy(() -> RevenueSegment.decode(new byte[] {1, 2, 3, 4, 5}, 2023))
                .hasMessageContaining("revenue of 2023 is not in a known format");
    }

    @Property(tries = 200)
    void encodeThenDecodeGivesTheSameCells(@ForAll @Size(max = 300) List<@IntRange(min = 1, max = 5000) Integer> accounts,
                                           @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long amount,
                                           @ForAll @StringLength(3) @UpperChars String currency) {
        List<RevenueCell> cells = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            cells.add(new RevenueCell(accounts.get(i), i % 2 == 0 ? currency : "EUR", 2022, 1 + i % 12,
                    amount - i * 7919L, 1 + i % 4));
        }
        cells.sort(RevenueSegment.ORDER);
        cells = RevenueStore.merge(List.of(), cells, Set.of()); // one cell per key, as stored
        assertThat(RevenueSegment.decode(RevenueSegment.encode(cells), 2022)).containsExactlyElementsOf(cells);
    }

    @Test
    void mergeSumsMatchingCellsAndEmptiesReplacedMonths() {
        RevenueCell janA = new RevenueCell(1, "EUR", 2024, 1, 10, 1);
        RevenueCell febA = new RevenueCell(1, "EUR", 2024, 2, 20, 1);
        RevenueCell janB = new RevenueCell(2, "EUR", 2024, 1, 30, 2);
        List<RevenueCell> stored = List.of(janA, febA, janB);

        assertThat(RevenueStore.merge(stored, List.of(new RevenueCell(1, "EUR", 2024, 2, 5, 1),
                new RevenueCell(1, "EUR", 2024, 2, 1, 1)), Set.of()))
                .containsExactly(janA, new RevenueCell(1, "EUR", 2024, 2, 26, 3), janB);
        assertThat(RevenueStore.merge(stored, List.of(new RevenueCell(1, "USD", 2024, 1, 7, 1)), Set.of(202401)))
                .containsExactly(febA, new RevenueCell(1, "USD", 2024, 1, 7, 1));
        // nothing stored: cells in order are taken as they are, equal neighbours still summed
        assertThat(RevenueStore.merge(List.of(), List.of(janA, febA, janB), Set.of())).containsExactly(janA, febA, janB);
        assertThat(RevenueStore.merge(List.of(), List.of(janA, janA, janB), Set.of()))
                .containsExactly(new RevenueCell(1, "EUR", 2024, 1, 20, 2), janB);
    }

    @Test
    void theOrderChecksTellSortedFromStrictlySorted() {
        RevenueCell janA = new RevenueCell(1, "EUR", 2024, 1, 10, 1);
        RevenueCell janAInUsd = new RevenueCell(1, "USD", 2024, 1, 10, 1);
        RevenueCell febA = new RevenueCell(1, "EUR", 2024, 2, 20, 1);
        RevenueCell janB = new RevenueCell(2, "EUR", 2024, 1, 30, 2);
        assertThat(RevenueSegment.strictlyInOrder(List.of(janA, febA, janAInUsd, janB))).isTrue();
        assertThat(RevenueSegment.inOrder(List.of(janA, janA, janB))).isTrue();
        assertThat(RevenueSegment.strictlyInOrder(List.of(janA, janA, janB))).isFalse();
        assertThat(RevenueSegment.inOrder(List.of(janA, janAInUsd, febA))).isFalse();
        assertThat(RevenueSegment.inOrder(List.of(janB, janA))).isFalse();
    }
}
