package org.kamworkbench.ui.imports;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;

/** The problems of a report as a table shows them: the first 100, and "and N more". */
public final class ProblemListViewModel {
    private final WizardText text;
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper(this, "more", "");

    ProblemListViewModel(WizardText text) {
        this.text = text;
    }

    void show(ImportReport report) {
        problems.setAll(report.problems());
        long rest = report.problemsNotListed();
        more.set(rest > 0 ? text.format("problems.more", rest) : "");
    }

    void clear() {
        problems.clear();
        more.set("");
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** "… and 1 234 more problems", or empty when the table holds them all. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }
}
