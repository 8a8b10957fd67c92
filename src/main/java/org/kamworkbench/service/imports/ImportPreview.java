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
 * @param reportingCurrency the workspace's reporting currency (the wizard's default for revenue lines
 *                    without a currency)
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
        String datePattern,
        String reportingCurrency) {

    /** A preview that does not say the reporting currency (the default one is assumed). */
    public ImportPreview(ImportKind kind, TableFormat format, String preset, List<String> header,
                         List<List<String>> sampleRows, Map<String, String> mapping, List<FieldSpec> fields,
                         char decimal, String datePattern) {
        this(kind, format, preset, header, sampleRows, mapping, fields, decimal, datePattern,
                org.kamworkbench.domain.WorkspaceSettings.DEFAULT_CURRENCY);
    }
}
