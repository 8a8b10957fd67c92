package org.kamworkbench.service.imports;

/** A source column and the field it was read as, for the import report. */
public record MappedColumn(String column, String field) {
}
