package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProductLinesTest {
    private final ProductLines lines = new ProductLines();

    @Test
    void eachNewLineTakesTheNextBitAndARepeatedOneKeepsItsOwn() {
        assertThat(lines.bit("Hardware")).isEqualTo(1L);
        assertThat(lines.bit("Services")).isEqualTo(2L);
        assertThat(lines.bit("Hardware")).isEqualTo(1L);
        assertThat(lines.names()).containsExactly("Hardware", "Services");
    }

    @Test
    void aSixtyFifthLineGetsNoBitAndIsNotListed() {
        for (int i = 0; i < 64; i++) {
            assertThat(lines.bit("Line " + i)).isEqualTo(1L << i);
        }
        assertThat(lines.bit("Line 64")).isZero();
        assertThat(lines.bit("Line 63")).isEqualTo(1L << 63);
        assertThat(lines.names()).hasSize(64).doesNotContain("Line 64");
    }

    @Test
    void findsALineSeenBeforeByItsUtf8BytesInsideABuffer() {
        lines.bit("Hardware");
        lines.bit("Café");
        byte[] row = "A1,2024-01-01,Café,9".getBytes(StandardCharsets.UTF_8);
        int from = "A1,2024-01-01,".length();
        int to = from + "Café".getBytes(StandardCharsets.UTF_8).length;
        assertThat(lines.bitOfBytes(row, from, to)).isEqualTo(2L);
        assertThat(lines.bitOfBytes(row, from, to - 1)).isZero();
        assertThat(lines.bitOfBytes(row, 0, 2)).isZero();
    }
}
