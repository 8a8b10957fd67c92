package org.kamworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The last row a worksheet declares in its {@code <dimension ref="A1:M5000"/>}, read from the
 * start of the sheet's XML, so that reading a sheet can report progress by rows.
 */
final class XlsxDimension {
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final Pattern DIMENSION = Pattern.compile(
            "<(?:\\w+:)?dimension\\s+ref=\"[A-Z]*\\d+(?::[A-Z]*(\\d+))?\"");
    private static final int HEAD_BYTES = 16 * 1024;

    private XlsxDimension() {
    }

    /** The last row declared by the sheet with relationship id {@code sheetId}, or -1 when unknown. */
    static long lastRow(Path file, String sheetId) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String path = sheetPath(zip, sheetId);
            ZipEntry entry = path == null ? null : zip.getEntry(path);
            if (entry == null) {
                return -1;
            }
            String head;
            try (InputStream in = zip.getInputStream(entry)) {
                head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            }
            Matcher m = DIMENSION.matcher(head);
            return m.find() && m.group(1) != null ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1; // progress is a nicety: without the dimension it is simply unknown
        }
    }

    private static String sheetPath(ZipFile zip, String sheetId) throws IOException {
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rels == null) {
            return null;
        }
        String xml;
        try (InputStream in = zip.getInputStream(rels)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher relationship = RELATIONSHIP.matcher(xml);
        while (relationship.find()) {
            Matcher id = ID.matcher(relationship.group());
            Matcher target = TARGET.matcher(relationship.group());
            if (id.find() && id.group(1).equals(sheetId) && target.find()) {
                String t = target.group(1);
                return t.startsWith("/") ? t.substring(1) : "xl/" + t;
            }
        }
        return null;
    }
}
