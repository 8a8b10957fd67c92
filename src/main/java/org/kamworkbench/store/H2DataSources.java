package org.kamworkbench.store;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/** The H2 data source of a workspace file: its URL, the options every open needs, and its credentials. */
final class H2DataSources {
    /** Opens the file without writing anything into it. */
    static final String READ_ONLY = ";ACCESS_MODE_DATA=r";

    private H2DataSources() {
    }

    /** The URL base H2 takes for the database file {@code file}: its path without {@link Workspace#FILE_SUFFIX}. */
    static Path baseOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - Workspace.FILE_SUFFIX.length()));
    }

    /** A data source for the database file {@code file} read-only (H2 writes nothing into it). */
    static JdbcDataSource readOnly(Path file, char[] password) {
        JdbcDataSource ds = at(baseOf(file.toAbsolutePath()), password);
        makeReadOnly(ds);
        return ds;
    }

    static void makeReadOnly(JdbcDataSource ds) {
        ds.setURL(ds.getURL() + READ_ONLY);
    }

    static boolean isReadOnly(JdbcDataSource ds) {
        return ds.getURL().contains(READ_ONLY);
    }

    /** A data source for the database at URL base {@code base}; a non-null password makes it encrypted (AES). */
    static JdbcDataSource at(Path base, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        // MAX_COMPACT_TIME=0: H2 would otherwise rewrite part of the file at every close, even after only
        // reading — often a whole second of a short CLI call; close() compacts when it is worth it instead
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        ds.setUser("kam");
        if (password != null) {
            url += ";CIPHER=AES";
            String p = new String(FilePasswords.filePassword(password));
            ds.setPassword(p + " " + p); // H2 reads "file-password user-password"
        } else {
            ds.setPassword("");
        }
        ds.setURL(url);
        return ds;
    }
}
