package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** File › Export/Import workspace without a toolkit: sentences, the password round, nothing left on failure. */
class ArchiveActionsTest {
    @TempDir
    Path dir;

    private final Texts texts = Texts.forLocale(Locale.US);

    @Test
    void exportThenImportAskingForThePasswordUntilItIsRight() {
        WorkspaceWiring wiring = new WorkspaceWiring(dir.resolve("home"));
        ArchiveActions actions = new ArchiveActions(wiring, Background.DIRECT, texts);
        Path archive = dir.resolve("client.kamx");
        List<String> said = new ArrayList<>();
        try (WorkspaceServices ws = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("client")))) {
            ws.demo().load(ProgressMonitor.NONE);
            actions.export(ws, archive, "a long password".toCharArray(), said::add, said::add);
        }
        assertThat(said).singleElement().asString().startsWith("Wrote " + archive + ": 300 accounts")
                .endsWith("(encrypted with the password).");

        Path target = dir.resolve("copy.mv.db");
        List<ArchiveActions.Failure> failures = new ArrayList<>();
        List<Path> imported = new ArrayList<>();
        actions.importInto(archive, null, target, imported::add, failures::add);
        actions.importInto(archive, "a wrong password".toCharArray(), target, imported::add, failures::add);
        assertThat(failures).extracting(ArchiveActions.Failure::needsPassword).containsExactly(true, true);
        assertThat(failures).extracting(ArchiveActions.Failure::wrongPassword).containsExactly(false, true);
        assertThat(target).doesNotExist();

        actions.importInto(archive, "a long password".toCharArray(), target, imported::add, failures::add);
        assertThat(imported).containsExactly(target);
        try (WorkspaceServices copy = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(target))) {
            assertThat(copy.accounts().list().size()).isEqualTo(300);
        }

        actions.importInto(archive, "a long password".toCharArray(), target, imported::add, failures::add);
        assertThat(failures.get(2).message()).startsWith("There is already a workspace at");
        assertThat(actions.freeWorkspaceName(dir, "copy")).isEqualTo("copy 2");
        assertThat(actions.freeWorkspaceName(dir, "other")).isEqualTo("other");
    }

    @Test
    void aNewPasswordIsOptionalButLongAndTypedTwiceTheSame() {
        assertThat(ArchivePasswordDialog.problemWithNew("", "")).isNull();
        assertThat(ArchivePasswordDialog.problemWithNew("short", "short")).isEqualTo("archive.passwordShort");
        assertThat(ArchivePasswordDialog.problemWithNew("long enough!", "long enough?")).isEqualTo("archive.passwordsDiffer");
        assertThat(ArchivePasswordDialog.problemWithNew("long enough!", "long enough!")).isNull();
        assertThat(ArchiveMenu.withSuffix(Path.of("a/client"), ".kamx")).isEqualTo(Path.of("a/client.kamx"));
        assertThat(ArchiveMenu.withSuffix(Path.of("a/client.KAMX"), ".kamx")).isEqualTo(Path.of("a/client.KAMX"));
    }
}
