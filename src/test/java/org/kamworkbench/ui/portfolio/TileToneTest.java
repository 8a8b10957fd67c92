package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileToneTest {
    private static PortfolioRows.Tile tile(String id, int direction) {
        return new PortfolioRows.Tile(id, id, "1", "▲", direction, "");
    }

    @Test
    void moreConcentrationIsBadNewsEverythingElseFollowsItsDirection() {
        assertThat(tile("hhi", 1).tone()).isEqualTo(-1);
        assertThat(tile("top20", -1).tone()).isEqualTo(1);
        assertThat(tile("revenue", 1).tone()).isEqualTo(1);
        assertThat(tile("effective", -1).tone()).isEqualTo(-1);
        assertThat(tile("pareto", 1).tone()).isEqualTo(1);
        assertThat(tile("hhi", 0).tone()).isZero();
    }
}
