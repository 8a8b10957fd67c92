package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.LocalFiles.Kind;

class DiskFilesTest {
    private final DiskFiles files = new DiskFiles();

    @Test
    void tellsWhatAPathNames(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "x");
        assertThat(files.kind(file)).isEqualTo(Kind.READABLE_FILE);
        assertThat(files.kind(dir)).isEqualTo(Kind.FOLDER);
        assertThat(files.kind(dir.resolve("none.csv"))).isEqualTo(Kind.MISSING);
    }

    @Test
    void writesTextAsUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.csv");
        files.writeText(file, "Società,€\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Società,€\n");
    }

    @Test
    void writesThePixelsItIsGivenAsPng(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");
        int red = 0xFFFF0000;
        int blue = 0xFF0000FF;
        files.writePng(file, 2, 1, new int[] {red, blue});
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(2);
        assertThat(back.getRGB(0, 0)).isEqualTo(red);
        assertThat(back.getRGB(1, 0)).isEqualTo(blue);
    }

    @Test
    void refusesPixelsThatDoNotMatchTheSize(@TempDir Path dir) {
        assertThatThrownBy(() -> files.writePng(dir.resolve("x.png"), 2, 2, new int[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
