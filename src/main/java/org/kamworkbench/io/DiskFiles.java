package org.kamworkbench.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.kamworkbench.service.port.LocalFiles;

/** {@link LocalFiles} on the machine's disk. */
public final class DiskFiles implements LocalFiles {

    @Override
    public Kind kind(Path path) {
        if (!Files.exists(path)) {
            return Kind.MISSING;
        }
        if (Files.isDirectory(path)) {
            return Kind.FOLDER;
        }
        return Files.isReadable(path) ? Kind.READABLE_FILE : Kind.UNREADABLE;
    }

    @Override
    public void writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Override
    public void writePng(Path file, int width, int height, int[] argb) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("an image of " + width + " × " + height + " needs "
                    + (long) width * height + " pixels, not " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
