package org.kamworkbench.ui.imports;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.imports.ImportPreview;

/** The preview the service read from the file, and its header and first rows as the preview table shows them. */
public final class PreviewViewModel {
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();

    void show(ImportPreview p) {
        rows.setAll(p.sampleRows());
        header.setAll(p.header()); // after the rows: the table sizes its columns by both
        preview.set(p);
    }

    void clear() {
        preview.set(null);
        header.clear();
        rows.clear();
    }

    /** The preview read, null while there is none (nothing read yet, reading, or refused). */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ImportPreview get() {
        return preview.get();
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }
}
