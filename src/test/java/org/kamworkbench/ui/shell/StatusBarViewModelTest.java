package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

class StatusBarViewModelTest {
    private final ReadOnlyObjectWrapper<WorkspaceServices> workspace = new ReadOnlyObjectWrapper<>();
    private final InMemoryWorkspace store = new InMemoryWorkspace();
    private final WorkspaceServices acme = TestWorkspaces.services("acme", Path.of("acme.mv.db"), store, () -> { });
    private final Texts italian = Texts.forLocale(Locale.ITALY);

    private static WorkspaceStatus status(long accounts, String total) {
        return new WorkspaceStatus("EUR", accounts, 10, Map.of("EUR", new BigDecimal(total)), List.of(2024),
                new BigDecimal(total), null);
    }

    private static WorkspaceStatus missingRate(long accounts) {
        return new WorkspaceStatus("EUR", accounts, 10, Map.of("USD", BigDecimal.TEN), List.of(2023), null,
                new MissingRateException("USD", 2023, 0, "EUR").sentence());
    }

    private StatusBarViewModel statusBar(Background background) {
        return new StatusBarViewModel(workspace.getReadOnlyProperty(), background, TestWorkspaces.english());
    }

    @Test
    void withNoWorkspaceTheTitleIsTheAppsAndTheBarIsEmpty() {
        StatusBarViewModel bar = statusBar(Background.DIRECT);
        assertThat(bar.titleProperty().get()).isEqualTo("KAM Workbench");
        assertThat(bar.workspaceNameProperty().get()).isEmpty();
        assertThat(bar.accountsTextProperty().get()).isEmpty();
        assertThat(bar.revenueTextProperty().get()).isEmpty();
        bar.refresh();
        assertThat(bar.accountsTextProperty().get()).as("nothing to count").isEmpty();
    }

    @Test
    void anOpenedWorkspaceNamesItselfAndShowsItsCountAndTotal() {
        StatusBarViewModel bar = statusBar(Background.DIRECT);
        workspace.set(acme);
        bar.opened(acme, status(300, "139377649"));
        assertThat(bar.titleProperty().get()).isEqualTo("KAM Workbench — acme");
        assertThat(bar.workspaceNameProperty().get()).isEqualTo("acme");
        assertThat(bar.accountsTextProperty().get()).isEqualTo("300 accounts");
        assertThat(bar.revenueTextProperty().get()).isEqualTo("Revenue, all years: €139,377,649");
        assertThat(bar.revenueWarningProperty().get()).isFalse();
    }

    @Test
    void aMissingRateTakesThePlaceOfTheTotalAsAWarningAndATotalClearsIt() {
        StatusBarViewModel bar = statusBar(Background.DIRECT);
        workspace.set(acme);
        bar.opened(acme, missingRate(1));
        assertThat(bar.accountsTextProperty().get()).isEqualTo("1 account");
        assertThat(bar.revenueTextProperty().get()).startsWith("No FX rate for USD in 2023");
        assertThat(bar.revenueWarningProperty().get()).isTrue();
        bar.refresh(); // the in-memory workspace is empty and has no rate to miss
        assertThat(bar.accountsTextProperty().get()).isEqualTo("No accounts");
        assertThat(bar.revenueTextProperty().get()).isEqualTo("Revenue, all years: €0");
        assertThat(bar.revenueWarningProperty().get()).isFalse();
    }

    @Test
    void aSwitchOfLanguageSaysItAllAgain() {
        StatusBarViewModel bar = statusBar(Background.DIRECT);
        workspace.set(acme);
        bar.opened(acme, missingRate(300));
        bar.speak(italian);
        assertThat(bar.titleProperty().get()).isEqualTo("KAM Workbench — acme");
        assertThat(bar.accountsTextProperty().get()).isEqualTo("300 clienti");
        assertThat(bar.revenueTextProperty().get()).startsWith("Nessun cambio per USD in 2023");
        bar.opened(acme, status(0, "1234567"));
        assertThat(bar.accountsTextProperty().get()).isEqualTo("Nessun cliente");
        assertThat(bar.revenueTextProperty().get()).isEqualTo("Fatturato, tutti gli anni: 1.234.567\u00a0€");
    }

    @Test
    void aFailedCountIsSaidInThePlaceOfTheTotal() {
        Background failing = new Background() {
            @Override
            public <T> Running start(String description, Work<T> work, Listener<T> listener) {
                listener.failed(new IllegalStateException("The workspace file cannot be read."));
                return () -> { };
            }
        };
        StatusBarViewModel bar = statusBar(failing);
        workspace.set(acme);
        bar.opened(acme, status(3, "100"));
        bar.refresh();
        assertThat(bar.revenueTextProperty().get()).isEqualTo("The workspace file cannot be read.");
        assertThat(bar.revenueWarningProperty().get()).isTrue();
        assertThat(bar.accountsTextProperty().get()).isEqualTo("3 accounts");
    }

    @Test
    void aCountThatEndsAfterAnotherWorkspaceOpenedIsDropped() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> Running start(String description, Work<T> work, Listener<T> listener) {
                pending.add(() -> {
                    try {
                        listener.succeeded(work.run(ProgressMonitor.NONE));
                    } catch (Exception e) {
                        listener.failed(e);
                    }
                });
                return () -> { };
            }
        };
        StatusBarViewModel bar = statusBar(later);
        workspace.set(acme);
        bar.opened(acme, status(7, "100"));
        bar.refresh();
        WorkspaceServices other = TestWorkspaces.services("other", Path.of("other.mv.db"), new InMemoryWorkspace(), () -> { });
        workspace.set(other);
        bar.opened(other, status(5, "100"));
        pending.forEach(Runnable::run);
        assertThat(bar.accountsTextProperty().get()).as("acme's count is not other's").isEqualTo("5 accounts");
        assertThat(bar.workspaceNameProperty().get()).isEqualTo("other");
    }
}
