package org.kamworkbench.ui.imports;

/** A required field as the checklist shows it: its label and the column(s) it comes from, or null. */
public record RequiredField(String key, String label, String column) {
    public boolean mapped() {
        return column != null;
    }
}
