package org.kamworkbench.ui.common;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportService;
import org.kamworkbench.service.export.ExportTable;

/**
 * Writes a table to an XLSX or CSV file off the UI thread and says where it went (or why it could
 * not): the state behind an Export button. The table is built by the work (a service table) or
 * handed over ready (a screen's rows, read on the UI thread).
 */
public final class TableExports {
    private final Background background;
    private final Texts texts;
    private final Supplier<ExportService> service;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    public TableExports(Background background, Texts texts, Supplier<ExportService> service) {
        this.background = background;
        this.texts = texts;
        this.service = service;
    }

    /** Builds the table with {@code table} (off the UI thread) and writes it to {@code file}. */
    public void export(Background.Work<ExportTable> table, Path file, ExportFormat format) {
        clear();
        background.run(texts.get("export.progress"), monitor -> {
            ExportTable t = table.run(monitor);
            service.get().write(t, file, format);
            return t.rows().size();
        }, rows -> status.set(texts.format("export.done", rows, file.getFileName(),
                file.toAbsolutePath().getParent() == null ? "" : file.toAbsolutePath().getParent().toString())),
                e -> {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    failure.set(why);
                    status.set(texts.format("export.failed", file.getFileName(), why));
                });
    }

    /** The sentence about the last export: where it went, or why it failed; "" when cleared. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed ("" when it did not). */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Forgets the last sentence: the user moved on (another tab or screen). */
    public void clear() {
        status.set("");
        failure.set("");
    }
}
