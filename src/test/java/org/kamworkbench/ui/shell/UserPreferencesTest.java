package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.workspace.WorkspaceLocation;

class UserPreferencesTest {
    /** Preferences kept in a map: the test never touches the user's. */
    private static final class MapPreferences extends AbstractPreferences {
        final Map<String, String> values = new TreeMap<>();

        MapPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }

    @Test
    void aRecentListWrittenByAnOlderVersionStillOpens() {
        MapPreferences node = new MapPreferences();
        // as older versions wrote it: the team workspace's address as a path, "//" folded into "/"
        node.put("recent.0", "postgresql:/db:5432/kam?user=anna");
        node.put("recent.1", "/home/anna/KAM Workbench/acme.mv.db");

        List<WorkspaceLocation> recent = new UserPreferences(node).recentWorkspaces();

        assertThat(recent).containsExactly(WorkspaceLocation.parse("postgresql://db:5432/kam?user=anna"),
                WorkspaceLocation.of(Path.of("/home/anna/KAM Workbench/acme.mv.db")));
    }

    @Test
    void theListIsWrittenAsTypedAndReadBack() {
        MapPreferences node = new MapPreferences();
        UserPreferences preferences = new UserPreferences(node);
        List<WorkspaceLocation> recent = List.of(WorkspaceLocation.parse("postgresql://db:5432/kam?user=anna"),
                WorkspaceLocation.of(Path.of("/tmp/b.mv.db")));

        preferences.setRecentWorkspaces(recent);

        assertThat(node.values).containsEntry("recent.0", "postgresql://db:5432/kam?user=anna")
                .containsEntry("recent.1", "/tmp/b.mv.db");
        assertThat(preferences.recentWorkspaces()).isEqualTo(recent);
        preferences.setRecentWorkspaces(List.of(recent.get(1)));
        assertThat(node.values).doesNotContainKey("recent.1");
    }

    @Test
    void aDamagedEntryIsForgotten() {
        MapPreferences node = new MapPreferences();
        node.put("recent.0", "postgresql://db:5432/kam"); // no user: not a complete address
        node.put("recent.1", "/tmp/b.mv.db");
        assertThat(new UserPreferences(node).recentWorkspaces())
                .containsExactly(WorkspaceLocation.of(Path.of("/tmp/b.mv.db")));
    }
}
