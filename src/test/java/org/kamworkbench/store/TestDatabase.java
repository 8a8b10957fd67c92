package org.kamworkbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated, empty workspace database for one test, on H2 (a new workspace file, opened as the app
 * opens it) or on PostgreSQL (a new database on the one embedded server of this JVM, copied from a
 * template migrated once). Both come with the write lock and change counter the app installs, so the
 * stores and services behave as they do for a user. Closing it closes the workspace or drops the database.
 *
 * <p>Parameterize a test class over {@link Kind} ({@code @ParameterizedClass @EnumSource(TestDatabase.Kind.class)})
 * to run it against both.
 */
public final class TestDatabase implements AutoCloseable {
    /** The database a workspace lives on. */
    public enum Kind { H2, POSTGRESQL }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Kind kind;
    private final Path dir;
    private final String name;
    private final Jdbi jdbi;
    private final List<AutoCloseable> opened = new ArrayList<>();

    private TestDatabase(Kind kind, Path dir, String name) {
        this.kind = kind;
        this.dir = dir;
        this.name = name;
        this.jdbi = open();
    }

    /** A new, empty, migrated database of {@code kind}; H2's file (and the change-counter file) go in {@code dir}. */
    public static TestDatabase create(Kind kind, Path dir) {
        String name = "t_" + NEXT.incrementAndGet();
        if (kind == Kind.POSTGRESQL) {
            EmbeddedServer.createDatabase(name);
        }
        return new TestDatabase(kind, dir, name);
    }

    public Kind kind() {
        return kind;
    }

    /** The database as the app's stores get it. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A second, independent open of the same database, as another window, process or person has it
     * (its own connections, its own change counter); closed with this one.
     */
    public Jdbi openAgain() {
        return open();
    }

    /** The JDBC address of the PostgreSQL database (user postgres, no password); H2 has none to share. */
    public String postgresUrl() {
        if (kind != Kind.POSTGRESQL) {
            throw new IllegalStateException("an H2 test database is a file: " + dir.resolve(name));
        }
        return EmbeddedServer.url(name);
    }

    private Jdbi open() {
        if (kind == Kind.H2) {
            Workspace ws = Workspace.open(dir.resolve(name), null);
            opened.add(ws);
            return ws.jdbi();
        }
        // through the pool a team workspace uses (ServerWorkspace), so what is measured here is what the app does
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(
                PostgresConnections.poolConfig(EmbeddedServer.url(name)));
        opened.add(pool);
        Jdbi jdbi = JdbiSetup.on(pool);
        // no workspace file on a server: the counter file of a would-be workspace in the test's folder
        WorkspaceState state = new WorkspaceState(dir.resolve(name + Workspace.FILE_SUFFIX));
        long atOpen;
        try {
            atOpen = jdbi.withHandle(h -> ChangeCounter.read(h.getConnection()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        jdbi.setTransactionHandler(new ChangeCounter(jdbi.getTransactionHandler(), state, atOpen));
        return jdbi;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + name, e);
            }
        }
        if (kind == Kind.POSTGRESQL) {
            EmbeddedServer.dropDatabase(name);
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }

    /**
     * The one embedded PostgreSQL of this JVM, started at the first test that needs it (a few seconds),
     * with a template database migrated once; each test's database is a copy of it
     * ({@code CREATE DATABASE … TEMPLATE}), which is much faster than migrating again. Stopped when the JVM exits.
     */
    static final class EmbeddedServer {
        private static final String TEMPLATE = "kam_template";
        private static EmbeddedPostgres server;

        private EmbeddedServer() {
        }

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                EmbeddedPostgres started = TeamServer.server(); // one server for every test of this JVM
                execute(started.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
                DataSource template = dataSource(started, TEMPLATE);
                Migrations.migrate(template);
                new SettingsStore(JdbiSetup.on(template)).seedDefaults();
                server = started;
            }
            return server;
        }

        static void createDatabase(String name) {
            execute(server().getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }

        static void dropDatabase(String name) {
            execute(server().getPostgresDatabase(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        static DataSource dataSource(String name) {
            return dataSource(server(), name);
        }

        static String url(String name) {
            return server().getJdbcUrl("postgres", name);
        }

        private static DataSource dataSource(EmbeddedPostgres pg, String name) {
            return PostgresConnections.dataSource(pg.getJdbcUrl("postgres", name));
        }

        private static void execute(DataSource ds, String sql) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
