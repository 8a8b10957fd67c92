package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheet names of an XLSX workbook, for the sheet choice of the preview. ImportPreview names
 * only the sheet it read; this reads just {@code xl/workbook.xml}, never the cells.
 */
final class WorkbookSheets {
    private WorkbookSheets() {
    }

    /** Sheet names in workbook order; empty when the file is no workbook. */
    static List<String> names(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return read(in);
            }
        } catch (java.util.zip.ZipException e) {
            return List.of();
        }
    }

    private static List<String> read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> names = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String name = xml.getAttributeValue(null, "name");
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The workbook's sheet list cannot be read: " + e.getMessage(), e);
        }
        return names;
    }
}
