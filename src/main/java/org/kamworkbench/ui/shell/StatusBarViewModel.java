package org.kamworkbench.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/** What the window title and the status bar say: the open workspace's name, its accounts and revenue (or why no total). */
final class StatusBarViewModel {
    private final ReadOnlyObjectProperty<WorkspaceServices> workspace;
    private final Background background;
    private Texts texts;

    private final ReadOnlyObjectWrapper<WorkspaceStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revenueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revenueWarning = new ReadOnlyBooleanWrapper(false);

    /** Tells about the workspace open in {@code workspace}, in the language of {@code texts}. */
    StatusBarViewModel(ReadOnlyObjectProperty<WorkspaceServices> workspace, Background background, Texts texts) {
        this.workspace = workspace;
        this.background = background;
        this.texts = texts;
        title.set(texts.get("app.title"));
    }

    /** {@code services} has just opened, holding {@code s}. */
    void opened(WorkspaceServices services, WorkspaceStatus s) {
        title.set(texts.format("app.titleWithWorkspace", WorkspaceNames.shown(services, texts)));
        workspaceName.set(WorkspaceNames.shown(services, texts));
        apply(s);
    }

    /** Says it all again in the language of {@code newTexts}. */
    void speak(Texts newTexts) {
        texts = newTexts;
        WorkspaceServices services = workspace.get();
        title.set(services == null ? texts.get("app.title")
                : texts.format("app.titleWithWorkspace", WorkspaceNames.shown(services, texts)));
        if (services != null) {
            workspaceName.set(WorkspaceNames.shown(services, texts));
        }
        if (status.get() != null) {
            apply(status.get());
        }
    }

    /** Reloads the counts and totals of the open workspace in the background; a failure shows as the warning. */
    void refresh() {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            return;
        }
        background.run(texts.get("progress.status"), monitor -> services.status().status(), s -> {
            if (workspace.get() == services) {
                apply(s);
            }
        }, failure -> {
            revenueText.set(Problems.sentence(failure, texts));
            revenueWarning.set(true);
        });
    }

    private void apply(WorkspaceStatus s) {
        status.set(s);
        accountsText.set(texts.format("status.accounts", s.accounts()));
        if (s.totalRevenue() != null) {
            revenueText.set(texts.format("status.revenue", texts.money(s.totalRevenue(), s.reportingCurrency())));
            revenueWarning.set(false);
        } else {
            revenueText.set(s.missingRate().text(texts.locale()));
            revenueWarning.set(true);
        }
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    ReadOnlyStringProperty accountsTextProperty() {
        return accountsText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty revenueTextProperty() {
        return revenueText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty revenueWarningProperty() {
        return revenueWarning.getReadOnlyProperty();
    }
}
