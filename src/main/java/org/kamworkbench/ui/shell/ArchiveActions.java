package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.kamworkbench.service.archive.ArchivePasswordException;
import org.kamworkbench.service.archive.ArchiveSummary;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/** File › Export workspace… and Import workspace…: the archive's work off the UI thread, outcomes as sentences. */
public final class ArchiveActions {
    /** What an import that did not complete says, and whether asking for a (new) password may help. */
    public record Failure(String message, boolean needsPassword, boolean wrongPassword) {
    }

    private final WorkspaceOpener opener;
    private final Background background;
    private final Texts texts;

    public ArchiveActions(WorkspaceOpener opener, Background background, Texts texts) {
        this.opener = opener;
        this.background = background;
        this.texts = texts;
    }

    /** Writes the open workspace to {@code out}; {@code done} gets the sentence saying what was written. */
    public void export(WorkspaceServices services, Path out, char[] password, Consumer<String> done,
                       Consumer<String> failed) {
        background.run(texts.get("archive.exporting"), monitor -> services.archive().export(out, password, monitor),
                summary -> done.accept(describe("archive.exported", summary)),
                failure -> failed.accept(Problems.sentence(failure, texts)));
    }

    /** Creates the new workspace {@code target} from {@code archive}; {@code imported} gets its path. */
    public void importInto(Path archive, char[] password, Path target, Consumer<Path> imported,
                           Consumer<Failure> failed) {
        WorkspaceLocation location = WorkspaceLocation.of(target);
        if (opener.exists(location)) {
            failed.accept(new Failure(texts.format("archive.targetExists", target), false, false));
            return;
        }
        background.run(texts.get("archive.importing"), monitor -> {
            opener.createWith(location, ws -> ws.archive().load(archive, password, monitor));
            return target;
        }, imported, failure -> failed.accept(failure instanceof ArchivePasswordException p
                ? new Failure(Problems.sentence(failure, texts), true, p.given())
                : new Failure(Problems.sentence(failure, texts) + " " + texts.get("archive.nothingCreated"),
                        false, false)));
    }

    /** {@code base}, or "base 2", "base 3"… : the first name in {@code folder} with no workspace yet. */
    public String freeWorkspaceName(Path folder, String base) {
        String name = base;
        for (int n = 2; opener.exists(WorkspaceLocation.of(folder.resolve(name + WorkspaceNames.SUFFIX))); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private String describe(String key, ArchiveSummary summary) {
        return texts.format(key, summary.file(), summary.rowsOf("account"), summary.revenueCells(),
                summary.rowsOf("account_plan"), texts.get(summary.encrypted() ? "archive.encrypted" : "archive.plain"));
    }
}
