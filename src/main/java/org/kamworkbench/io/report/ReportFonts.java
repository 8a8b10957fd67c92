package org.kamworkbench.io.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every report embeds: DejaVu Sans regular and bold, shipped in our resources (free
 * licence, see fonts/LICENSE-DejaVu.txt) so €, accented Italian and any Latin text render the same
 * on every machine. Read once per process.
 */
final class ReportFonts {
    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static volatile byte[] regular;
    private static volatile byte[] bold;
    private static volatile Font awtRegular;
    private static volatile Font awtBold;

    private ReportFonts() {
    }

    static InputStream regular() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return new ByteArrayInputStream(regular);
    }

    static InputStream bold() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return new ByteArrayInputStream(bold);
    }

    /** The same face for charts drawn with Java2D (PDF), at {@code size} pixels. */
    static Font awt(boolean isBold, double size) {
        try {
            if (awtRegular == null) {
                awtRegular = Font.createFont(Font.TRUETYPE_FONT, regular());
                awtBold = Font.createFont(Font.TRUETYPE_FONT, bold());
            }
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The report font cannot be read: " + e.getMessage(), e);
        }
        return (isBold ? awtBold : awtRegular).deriveFont((float) size);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + name + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
