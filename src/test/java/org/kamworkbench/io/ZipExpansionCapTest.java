package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipExpansionCapTest {
    @TempDir
    Path dir;

    @Test
    void aPartThatExpandsFarBeyondItsSizeIsRefused() throws Exception {
        Path bomb = ZipBombs.write(dir.resolve("bomb.xlsx"), 40);
        assertThat(Files.size(bomb)).as("a small file").isLessThan(200_000);
        assertThatThrownBy(() -> new ZipExpansionCap(1 << 20).check(bomb))
                .isInstanceOf(ZipExpansionCap.TooLarge.class)
                .hasMessageStartingWith("The file is too large to read: bomb.xlsx holds a part (xl/worksheets/sheet1.xml)")
                .hasMessageNotContaining("Exception")
                .satisfies(e -> assertThat(((ZipExpansionCap.TooLarge) e).message(java.util.Locale.ITALY))
                        .startsWith("Il file è troppo grande da leggere: bomb.xlsx contiene una parte "
                                + "(xl/worksheets/sheet1.xml) che da ").endsWith("Non è stato importato nulla."));
    }

    @Test
    void theAllowanceGrowsWithThePartButHasAFloorAndACeiling() {
        ZipExpansionCap cap = new ZipExpansionCap(100);
        assertThat(cap.allowance(0)).isEqualTo(100);
        assertThat(cap.allowance(1000)).isEqualTo(200_000);
        assertThat(cap.allowance(1L << 40)).isEqualTo(ZipExpansionCap.MAX_PART);
    }

    @Test
    void theDefaultCapStopsABombThroughTheTableReader() throws Exception {
        Path bomb = ZipBombs.write(dir.resolve("big.xlsx"), 150);
        long start = System.nanoTime();
        assertThatThrownBy(() -> new TableFileReader().detect(bomb, null))
                .hasMessageStartingWith("The file is too large to read: big.xlsx");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse it").isLessThan(20_000);
    }
}
