package org.kamworkbench.service.imports;

import java.util.List;
import java.util.Map;
import org.kamworkbench.service.port.TableFormat;

/**
 * What the wizard shows before importing: how the file is read, its first rows, and the
 * column → field mapping the preset (or synonyms) suggests.
 *
 * @param preset      the preset recognised (accounts) or "generic"
 * @param mapping     source header → field key, for each header that maps
 * @param fields      the fields of this kind, required ones flagged
 * @param decimal     the decimal separator detected from the values
 * @param datePattern the date pattern detected, or null when no date column
 */
public record ImportPreview(
        ImportKind kind,
        TableFormat format,
        String preset,
        List<String> header,
        List<List<String>> sampleRows,
        Map<String, String> mapping,
        List<FieldSpec> fields,
        char decimal,
        String datePattern) {
}
