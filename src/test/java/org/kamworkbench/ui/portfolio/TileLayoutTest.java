package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileLayoutTest {
    @Test
    void aWidePaneHoldsAllSixTilesInOneRowTheRevenueTileTwiceAsWide() {
        // (1200 - 5 * 12) / 7 = 162.9 >= 11 em of 13 = 143: seven units of floor(1140 / 7) - 1 = 161
        assertThat(TileLayout.widths(1200, 12, 13, 6)).containsExactly(322, 161, 161, 161, 161, 161);
    }

    @Test
    void aNarrowPaneTakesTwoRowsOfThreeTiles() {
        // (800 - 60) / 7 = 105.7 < 143: four units of floor(776 / 4) - 1 = 193 in the first row,
        // three equal tiles of floor(776 / 3) - 1 = 257 in the second
        assertThat(TileLayout.widths(800, 12, 13, 6)).containsExactly(386, 193, 193, 257, 257, 257);
    }

    @Test
    void oneRowFromExactlyElevenEmPerUnit() {
        // 77 em of 13 = 1001 plus five gaps of 12: the border
        assertThat(TileLayout.widths(1061, 12, 13, 6)[1]).isEqualTo(142);
        assertThat(TileLayout.widths(1060, 12, 13, 6)[3]).isEqualTo(Math.floor((1060 - 24) / 3.0) - 1);
        assertThat(TileLayout.widths(1061, 12, 13, 0)).isEmpty();
    }
}
