package org.kamworkbench.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.report.ReportAudience;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.service.report.ReportLanguages;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.FileOpener;
import org.kamworkbench.ui.common.Texts;

/**
 * The report dialog's state and its one command: the choices (audience for a plan report; year and
 * breakdown for the portfolio pack; format and language for both), then writing the report in the
 * background and opening it. Failures become one sentence in {@link #errorProperty()}.
 */
public final class ReportDialogViewModel {
    /** Which report the dialog makes. */
    public enum Kind { PLAN, PORTFOLIO }

    private final Kind kind;
    private final WorkspaceServices services;
    private final Background background;
    private final Texts texts;
    private final FileOpener opener;
    private final long accountId;
    private final ObjectProperty<ReportAudience> audience = new SimpleObjectProperty<>(ReportAudience.CLIENT);
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.PDF);
    private final ObjectProperty<Locale> language;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.REGION);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private ReportDialogViewModel(Kind kind, WorkspaceServices services, long accountId, Background background,
                                  Texts texts, FileOpener opener) {
        this.kind = kind;
        this.services = services;
        this.accountId = accountId;
        this.background = background;
        this.texts = texts;
        this.opener = opener;
        this.language = new SimpleObjectProperty<>(ReportLanguages.closest(texts.locale()));
    }

    /** The plan report of one account. */
    public static ReportDialogViewModel plan(WorkspaceServices services, long accountId, Background background,
                                             Texts texts, FileOpener opener) {
        return new ReportDialogViewModel(Kind.PLAN, services, accountId, background, texts, opener);
    }

    /** The portfolio review pack; {@link #loadYears()} fills the years to choose from. */
    public static ReportDialogViewModel portfolio(WorkspaceServices services, Background background, Texts texts,
                                                  FileOpener opener) {
        return new ReportDialogViewModel(Kind.PORTFOLIO, services, 0, background, texts, opener);
    }

    /** The years that hold revenue, newest selected (in the background). */
    public void loadYears() {
        background.run(texts.get("report.loading"), m -> services.status().status().years(), list -> {
            years.setAll(list);
            year.set(list.isEmpty() ? null : list.get(list.size() - 1));
            if (list.isEmpty()) {
                error.set(texts.get("report.noRevenue"));
            }
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    public Kind kind() {
        return kind;
    }

    public ObjectProperty<ReportAudience> audienceProperty() {
        return audience;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public List<Locale> languages() {
        return ReportLanguages.SUPPORTED;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the choices are complete (the pack needs a year). */
    public boolean ready() {
        return kind == Kind.PLAN || year.get() != null;
    }

    /** A file name for the save dialog, e.g. "portfolio-review-2024.pdf". */
    public String suggestedFileName() {
        String ext = "." + format.get().extension();
        return kind == Kind.PLAN ? "account-plan-" + audience.get().key() + ext
                : "portfolio-review-" + (year.get() == null ? "" : year.get()) + ext;
    }

    /**
     * Writes the report to {@code out} in the background, then opens it; {@code done} gets the file
     * on success (on the UI thread).
     */
    public void write(Path out, Consumer<Path> done) {
        error.set("");
        message.set("");
        if (!ready()) {
            error.set(texts.get("report.chooseYear"));
            return;
        }
        ReportFormat f = format.get();
        Locale lang = language.get();
        background.run(texts.get("report.writing"), monitor -> {
            if (kind == Kind.PLAN) {
                String externalId = services.account360().pages().overview(accountId).account().externalId();
                services.reports().planReport(externalId, audience.get(), f, lang, out, monitor);
            } else {
                AnalysisRequest request = AnalysisRequest.of(PeriodSpec.year(year.get())).by(dimension.get());
                services.reports().portfolioReview(request, f, lang, out, monitor);
            }
            try {
                opener.open(out);
                return null;
            } catch (java.io.IOException e) {
                return e.getMessage();
            }
        }, openProblem -> {
            message.set(openProblem == null ? texts.format("report.written", out.getFileName())
                    : texts.format("report.writtenNotOpened", out, openProblem));
            done.accept(out);
        }, e -> error.set(texts.format("report.failed", e instanceof LocalizedRefusal r ? r.message(texts.locale())
                : e.getMessage())));
    }
}
