package org.kamworkbench.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One source column, an example value from it, and the field it goes to ("" = ignored). */
public final class ColumnMapping {
    private final String header;
    private final String sample;
    private final ObjectProperty<String> field = new SimpleObjectProperty<>(this, "field", MappingViewModel.IGNORE);

    ColumnMapping(String header, String sample, String field) {
        this.header = header;
        this.sample = sample;
        this.field.set(field);
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<String> fieldProperty() {
        return field;
    }

    public String field() {
        return field.get();
    }
}
