package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** The workspace schema: its current version, and bringing a database (H2 or PostgreSQL) up to it with Flyway. */
final class Migrations {
    /** The version of the newest migration, SQL in db/migration or Java (a test keeps them in step). */
    static final String SCHEMA_VERSION = "11";

    private Migrations() {
    }

    /**
     * Brings the schema to {@link #SCHEMA_VERSION}. Flyway costs a few hundred milliseconds of class
     * loading and scanning, which every CLI call would pay: when the history already records the
     * current version, the workspace is up to date and Flyway is not started.
     *
     * @return true when the workspace was new (no migration had run on it yet)
     */
    static boolean migrate(javax.sql.DataSource ds, Connection connection) {
        String recorded = recordedVersion(connection);
        if (SCHEMA_VERSION.equals(recorded)) {
            return false;
        }
        migrate(ds);
        return recorded == null;
    }

    /** Runs the migrations not yet applied to the database {@code ds} stands for, H2 or PostgreSQL alike. */
    static void migrate(javax.sql.DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new RevenueSegmentsMigration())
                .load()
                .migrate();
    }

    /** Whether the history of the database on {@code connection} records {@link #SCHEMA_VERSION}. */
    static boolean upToDate(Connection connection) {
        return SCHEMA_VERSION.equals(recordedVersion(connection));
    }

    static String recordedVersion(Connection connection) {
        try {
            // look before querying: a failed query on a new workspace would leave an H2 .trace.db file beside it
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                         + "WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // unreadable history: let Flyway decide
        }
    }
}
