package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

class ShellViewModelTest {
    @TempDir
    Path dir;

    private WorkspaceLocation loc(String name) {
        return WorkspaceLocation.of(dir.resolve(name));
    }

    private final Map<Path, InMemoryWorkspace> stores = new HashMap<>();
    private final List<String> closed = new ArrayList<>();
    private final List<Path> held = new ArrayList<>();
    private final MemoryPreferences preferences = new MemoryPreferences();

    /** Opens in-memory workspaces; files in {@link #held} are "open in another window". */
    private final WorkspaceOpener opener = new WorkspaceOpener() {
        @Override
        public WorkspaceServices open(WorkspaceLocation location) {
            Path path = location.file().orElseThrow();
            if (held.contains(path)) {
                throw new WorkspaceUnavailableException("The workspace " + path + " is open in another window.", true,
                        null);
            }
            try {
                Files.createDirectories(path.getParent());
                if (!Files.exists(path)) {
                    Files.createFile(path);
                }
            } catch (IOException e) {
                throw new WorkspaceUnavailableException(e.getMessage(), false, e);
            }
            String name = path.getFileName().toString().replace(".mv.db", "");
            InMemoryWorkspace ws = stores.computeIfAbsent(path, p -> new InMemoryWorkspace());
            return TestWorkspaces.services(name, path, ws, () -> closed.add(name));
        }

        @Override
        public boolean exists(WorkspaceLocation location) {
            return java.nio.file.Files.exists(location.file().orElseThrow());
        }

        @Override
        public WorkspaceLocation defaultWorkspace() {
            return loc("default.mv.db");
        }

        @Override
        public WorkspaceBackups backups() {
            return backups;
        }

        @Override
        public void createWith(WorkspaceLocation path, java.util.function.Consumer<WorkspaceServices> fill) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    };

    /** Records restores; a restore while the workspace is still open (not closed first) fails the test. */
    private final List<String> restored = new ArrayList<>();
    private final WorkspaceBackups backups = new WorkspaceBackups() {
        @Override
        public List<BackupInfo> list(WorkspaceLocation workspace) {
            WorkspaceContents none = new WorkspaceContents(0, 0, 0, 0);
            return List.of(new BackupInfo("default-1-before-import.zip", java.time.Instant.EPOCH, 10,
                    BackupInfo.BEFORE_IMPORT, none, none));
        }

        @Override
        public void restore(WorkspaceLocation workspace, String fileName) {
            assertThat(closed).as("closed before restoring").contains("default");
            restored.add(workspace.file().orElseThrow().getFileName() + " <- " + fileName);
        }
    };

    @Test
    void restoringClosesTheWorkspaceRestoresAndOpensItAgain() {
        model.openDefault();
        List<BackupInfo> listed = new ArrayList<>();
        model.backupsAndPassword().listBackups(listed::addAll);
        assertThat(listed).extracting(BackupInfo::fileName).containsExactly("default-1-before-import.zip");

        model.backupsAndPassword().restore(listed.get(0).fileName());

        assertThat(restored).containsExactly("default.mv.db <- default-1-before-import.zip");
        assertThat(model.workspaceProperty().get()).isNotNull();
        assertThat(model.statusBar().workspaceNameProperty().get()).isEqualTo("default");
    }

    private final ShellViewModel model = new ShellViewModel(opener, preferences, Background.DIRECT,
            TestWorkspaces.english());

    @Test
    void theLanguageSwitchesThereAndBackAgain() {
        model.openDefault();
        model.profile().languageProperty().set(org.kamworkbench.ui.common.Language.ITALIAN);
        assertThat(model.textsProperty().get().get("screen.accounts")).isEqualTo("Clienti");
        model.profile().languageProperty().set(org.kamworkbench.ui.common.Language.ENGLISH);
        assertThat(model.language()).isEqualTo(org.kamworkbench.ui.common.Language.ENGLISH);
        assertThat(model.textsProperty().get().get("screen.accounts")).isEqualTo("Accounts");
        assertThat(preferences.language()).contains("en");
    }

    @Test
    void opensTheDefaultWorkspaceAndShowsItsStatus() {
        model.openDefault();
        assertThat(model.statusBar().titleProperty().get()).isEqualTo("KAM Workbench — default");
        assertThat(model.statusBar().workspaceNameProperty().get()).isEqualTo("default");
        assertThat(model.statusBar().accountsTextProperty().get()).isEqualTo("No accounts");
        assertThat(model.statusBar().revenueTextProperty().get()).isEqualTo("Revenue, all years: €0");
        assertThat(model.statusBar().revenueWarningProperty().get()).isFalse();
        assertThat(model.recentWorkspaces()).containsExactly(loc("default.mv.db"));
        assertThat(preferences.recentWorkspaces()).containsExactly(loc("default.mv.db"));
    }

    @Test
    void statusShowsCountAndTotalAfterDataChanged() {
        model.openDefault();
        model.workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        model.refreshStatus();
        assertThat(model.statusBar().accountsTextProperty().get()).isEqualTo("300 accounts");
        assertThat(model.statusBar().revenueTextProperty().get()).matches("Revenue, all years: €\\d{2,3},\\d{3},\\d{3}");
    }

    @Test
    void aMissingRateReplacesTheTotalWithAWarning() {
        model.openDefault();
        InMemoryWorkspace ws = stores.get(dir.resolve("default.mv.db"));
        model.workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        ws.deleteFxRate("USD", 2023, 0);
        model.refreshStatus();
        assertThat(model.statusBar().revenueWarningProperty().get()).isTrue();
        assertThat(model.statusBar().revenueTextProperty().get()).contains("No FX rate for USD in 2023");
    }

    @Test
    void switchingWorkspacesClosesThePreviousOne() {
        model.openDefault();
        model.open(dir.resolve("client.mv.db"));
        assertThat(closed).containsExactly("default");
        assertThat(model.statusBar().titleProperty().get()).isEqualTo("KAM Workbench — client");
        assertThat(model.recentWorkspaces()).containsExactly(loc("client.mv.db"), loc("default.mv.db"));
    }

    @Test
    void reopeningTheOpenWorkspaceKeepsIt() {
        model.openDefault();
        WorkspaceServices first = model.workspaceProperty().get();
        model.open(dir.resolve("default.mv.db"));
        assertThat(model.workspaceProperty().get()).isSameAs(first);
        assertThat(closed).isEmpty();
    }

    @Test
    void aWorkspaceHeldElsewhereReportsInUseAndKeepsTheCurrentOne() {
        List<ShellViewModel.OpenFailure> failures = new ArrayList<>();
        model.setOnOpenFailure(failures::add);
        model.openDefault();
        Path busy = dir.resolve("busy.mv.db");
        held.add(busy);
        model.open(busy);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).inUse()).isTrue();
        assertThat(failures.get(0).path()).isEqualTo(WorkspaceLocation.of(busy));
        assertThat(failures.get(0).message()).contains("open in another window");
        assertThat(model.statusBar().workspaceNameProperty().get()).isEqualTo("default");
        assertThat(closed).isEmpty();
    }

    @Test
    void aRecentWorkspaceThatWasDeletedIsDroppedNotCreated() throws IOException {
        List<ShellViewModel.OpenFailure> failures = new ArrayList<>();
        model.setOnOpenFailure(failures::add);
        model.open(dir.resolve("old.mv.db"));
        model.openDefault();
        Files.delete(dir.resolve("old.mv.db"));
        model.openRecent(loc("old.mv.db"));
        assertThat(failures).singleElement().satisfies(f -> assertThat(f.message()).contains("no longer exists"));
        assertThat(model.recentWorkspaces()).containsExactly(loc("default.mv.db"));
        assertThat(preferences.recentWorkspaces()).containsExactly(loc("default.mv.db"));
        assertThat(Files.exists(dir.resolve("old.mv.db"))).isFalse();
        model.openRecent(loc("default.mv.db"));
        assertThat(model.statusBar().workspaceNameProperty().get()).isEqualTo("default");
    }

    @Test
    void shutdownClosesTheWorkspaceThenContinues() {
        model.openDefault();
        List<String> steps = new ArrayList<>();
        model.shutdown(() -> steps.add("exit"));
        assertThat(closed).containsExactly("default");
        assertThat(steps).containsExactly("exit");
        assertThat(model.workspaceProperty().get()).isNull();
    }

    @Test
    void themeChoiceIsRemembered() {
        model.displayModes().darkThemeProperty().set(true);
        assertThat(preferences.darkTheme()).isTrue();
        ShellViewModel again = new ShellViewModel(opener, preferences, Background.DIRECT, TestWorkspaces.english());
        assertThat(again.displayModes().darkThemeProperty().get()).isTrue();
    }

    @Test
    void reportingCurrencyShowsInTheTotal() {
        model.openDefault();
        InMemoryWorkspace ws = stores.get(dir.resolve("default.mv.db"));
        ws.settings = new WorkspaceSettings("USD", ws.settings.regionByCountry());
        model.refreshStatus();
        assertThat(model.statusBar().revenueTextProperty().get()).isEqualTo("Revenue, all years: $0");
    }
}
