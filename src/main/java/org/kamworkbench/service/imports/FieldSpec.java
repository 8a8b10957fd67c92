package org.kamworkbench.service.imports;

/** A target field of an import: its key (as used in --map), and whether a column must map to it. */
public record FieldSpec(String key, boolean required) {
}
