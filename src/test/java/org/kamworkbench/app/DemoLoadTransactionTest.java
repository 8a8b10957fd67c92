package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Issue 13 §7 on a real H2 workspace: the demo (portfolio and story: ratings, designations, people,
 * stakeholders, plans, KPIs, meetings) lands in one transaction, so a failure or a cancel in its last
 * step leaves every table exactly as it was.
 */
class DemoLoadTransactionTest {
    @TempDir
    Path dir;

    /** A monitor that fails, or reports a cancel, once the demo reaches its last step (the plans). */
    private static final class LastStep implements ProgressMonitor {
        private final boolean fail;
        private boolean lastStep;

        LastStep(boolean fail) {
            this.fail = fail;
        }

        @Override
        public void progress(double fraction, String message) {
            if (message.startsWith("Writing account plans")) {
                lastStep = true;
                if (fail) {
                    throw new IllegalStateException("injected failure");
                }
            }
        }

        @Override
        public boolean isCancelled() {
            return !fail && lastStep;
        }
    }

    @Test
    void aFailureInTheLastStepLeavesNothing() throws Exception {
        Path file = dir.resolve("failing.mv.db");
        Map<String, List<String>> before = contentsAfter(file, ws -> { });
        Map<String, List<String>> after = contentsAfter(file, ws ->
                assertThatThrownBy(() -> ws.demo().load(new LastStep(true))).hasMessage("injected failure"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aCancelAfterTheLastStepLeavesNothing() throws Exception {
        Path file = dir.resolve("cancelled.mv.db");
        Map<String, List<String>> before = contentsAfter(file, ws -> { });
        Map<String, List<String>> after = contentsAfter(file, ws ->
                assertThatThrownBy(() -> ws.demo().load(new LastStep(false)))
                        .isInstanceOf(CancellationException.class));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theWholeDemoLandsWhenNothingStopsIt() throws Exception {
        Path file = dir.resolve("demo.mv.db");
        Map<String, List<String>> empty = contentsAfter(file, ws -> { });
        Map<String, List<String>> loaded = contentsAfter(file, ws -> ws.demo().load(ProgressMonitor.NONE));
        for (String table : List.of("ACCOUNT", "RATING", "DESIGNATION", "COLLEAGUE", "STAKEHOLDER", "ACCOUNT_PLAN",
                "INTERACTION")) {
            assertThat(loaded).containsKey(table);
            assertThat(loaded.get(table)).as(table).hasSizeGreaterThan(empty.get(table).size());
        }
        assertThat(loaded.get("ACCOUNT")).hasSize(300);
    }

    private Map<String, List<String>> contentsAfter(Path file, java.util.function.Consumer<WorkspaceServices> work)
            throws Exception {
        try (WorkspaceServices ws = new WorkspaceWiring(dir.resolve("home")).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(file))) {
            work.accept(ws);
        }
        return contents(file);
    }

    /** Every row of every table, as text, the workspace's tables by name (read-only, after closing it). */
    private static Map<String, List<String>> contents(Path file) throws Exception {
        String name = file.getFileName().toString();
        Path base = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r", "kam", "");
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
