package org.kamworkbench.ui.imports;

import java.util.StringJoiner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportWarning;
import org.kamworkbench.service.imports.MappedColumn;

/** The outcome of the import, as the last step shows it. */
public final class SummaryViewModel {
    private final WizardText text;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper(this, "added", "");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "");
    private final ReadOnlyStringWrapper unchanged = new ReadOnlyStringWrapper(this, "unchanged", "");
    private final ReadOnlyStringWrapper addedCaption = new ReadOnlyStringWrapper(this, "addedCaption", "");
    private final ReadOnlyStringWrapper updatedCaption = new ReadOnlyStringWrapper(this, "updatedCaption", "");
    private final ReadOnlyStringWrapper unchangedCaption = new ReadOnlyStringWrapper(this, "unchangedCaption", "");
    private final ReadOnlyStringWrapper rows = new ReadOnlyStringWrapper(this, "rows", "");
    private final ReadOnlyStringWrapper skipped = new ReadOnlyStringWrapper(this, "skipped", "");
    private final ReadOnlyStringWrapper mapping = new ReadOnlyStringWrapper(this, "mapping", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ProblemListViewModel problems;

    SummaryViewModel(WizardText text) {
        this.text = text;
        this.problems = new ProblemListViewModel(text);
    }

    void show(ImportReport report, ImportKind kind) {
        title.set(text.get(report.applied() ? "summary.done" : "summary.nothing"));
        added.set(text.number(report.added()));
        updated.set(text.number(report.updated()));
        unchanged.set(text.number(report.unchanged()));
        String unit = text.get("summary.unit." + kind.name());
        addedCaption.set(unit + " " + text.get("summary.added"));
        updatedCaption.set(unit + " " + text.get("summary.updated"));
        unchangedCaption.set(unit + " " + text.get("summary.unchanged"));
        rows.set(report.applied() ? text.format("summary.rows", report.rowsImported(), report.rowsRead())
                : text.format("summary.rowsNone", report.rowsRead()));
        if (report.applied() && report.accountsCreated() > 0) {
            rows.set(rows.get() + " " + text.format("summary.accountsCreated", report.accountsCreated()));
        }
        long skippedRows = report.rowsRead() - report.rowsImported();
        skipped.set(report.applied() && skippedRows > 0 ? text.format("summary.skipped", skippedRows) : "");
        mapping.set(mappingText(report));
        warnings.set(warningText(report));
        problems.show(report);
    }

    /** "Read as Salesforce: Id → External ID, Name → Name. Not read: AccountNumber." */
    private String mappingText(ImportReport report) {
        StringJoiner columns = new StringJoiner(", ");
        for (MappedColumn c : report.columns()) {
            columns.add(c.column() + " → " + text.fieldLabel(c.field()));
        }
        String read = text.format("summary.mapping", text.presetLabel(report.preset()), columns.toString());
        return report.ignoredColumns().isEmpty() ? read
                : read + " " + text.format("summary.ignored", String.join(", ", report.ignoredColumns()));
    }

    /** One line per value imported without its meaning, with how many rows held it. */
    private String warningText(ImportReport report) {
        StringJoiner lines = new StringJoiner("\n");
        for (ImportWarning w : report.warnings()) {
            lines.add(text.format("summary.warning", w.count(), w.value(), w.column()) + " " + w.reason(text.locale()));
        }
        return lines.toString();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unchangedProperty() {
        return unchanged.getReadOnlyProperty();
    }

    /** "accounts added", "FX rates added"... */
    public ReadOnlyStringProperty addedCaptionProperty() {
        return addedCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedCaptionProperty() {
        return updatedCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unchangedCaptionProperty() {
        return unchangedCaption.getReadOnlyProperty();
    }

    /** "1 230 of 1 234 rows imported." */
    public ReadOnlyStringProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "4 invalid rows were skipped; their problems are listed below.", or empty. */
    public ReadOnlyStringProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** The preset the file was read with, each column's field and the columns not read. */
    public ReadOnlyStringProperty mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** Values imported without their meaning (a country we do not know), one per line; empty when none. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ProblemListViewModel problems() {
        return problems;
    }
}
