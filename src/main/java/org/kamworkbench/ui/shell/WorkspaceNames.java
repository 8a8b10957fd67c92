package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Texts;

/** How the shell names a workspace (title, messages, recent list), and the file a name typed for a new one becomes. */
final class WorkspaceNames {
    /** The ending of a workspace file. */
    static final String SUFFIX = ".mv.db";

    private WorkspaceNames() {
    }

    /**
     * The workspace file for a name typed in a save dialog: a plain name ("Acme import"); an extension typed
     * or left over (".mv.db", ".db", ".mv") is not doubled: {@code folder/Acme import.mv.db} for
     * {@code folder/Acme import}, {@code Acme import.db} or {@code .mv.db}.
     */
    static Path file(Path chosen) {
        String name = chosen.getFileName().toString().trim();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ending : List.of(SUFFIX, ".db", ".mv")) {
                if (name.toLowerCase(Locale.ROOT).endsWith(ending) && name.length() > ending.length()) {
                    name = name.substring(0, name.length() - ending.length()).trim();
                    stripped = true;
                }
            }
        }
        return chosen.resolveSibling(name + SUFFIX);
    }

    /** How the title and status bar name an open workspace: a team workspace says so, with its server. */
    static String shown(WorkspaceServices services, Texts texts) {
        return services.location().server()
                .map(a -> texts.format("team.name", a.database(), a.host()))
                .orElse(services.name());
    }

    /** How menus and messages name a workspace: its file name, or "team workspace db on host" for a server. */
    static String display(WorkspaceLocation path, Texts texts) {
        return path.server().map(a -> texts.format("team.recent", a.database(), a.host(), a.user()))
                .orElseGet(() -> String.valueOf(path.file().orElseThrow().getFileName()));
    }

    /** How the recent list shows a workspace: its full path, or the team workspace as {@link #display}. */
    static String recent(WorkspaceLocation path, Texts texts) {
        return path.onServer() ? display(path, texts) : path.text();
    }
}
