package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Compacts a workspace file at close when it is worth it: each write appends, so repeated imports and
 * edits would otherwise let the file grow for ever (H2's own compaction at close is switched off, see
 * {@link H2DataSources}).
 */
final class Compaction {
    private static final int COMPACT_BELOW_LIVE_PERCENT = 50;
    /** Less dead space than this is not worth the time of a compaction (a new workspace is mostly dead space). */
    private static final long COMPACT_ABOVE_DEAD_BYTES = 16L << 20;

    private Compaction() {
    }

    /**
     * Shuts the database on {@code keeper} down compacted when {@link #worthIt}; any failure leaves the
     * plain close to release it.
     */
    static void atClose(Connection keeper, Path file) {
        try (Statement st = keeper.createStatement()) {
            if (wroteIntoAMostlyEmptyFile(st, fileSize(file))) {
                st.execute("SHUTDOWN COMPACT"); // rewrites the live data into a fresh, dense file
            }
        } catch (SQLException ignored) {
            // the plain close below still releases the workspace
        }
    }

    private static boolean wroteIntoAMostlyEmptyFile(Statement st, long fileSize) throws SQLException {
        long writes = 0;
        int liveShare = 100;
        try (ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILE_WRITE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_WRITE")) {
                    writes = Long.parseLong(rs.getString(2));
                } else {
                    liveShare = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return worthIt(writes, liveShare, fileSize);
    }

    /**
     * True when this session wrote to the file ({@code writes} > 0), less than half of the file's chunks
     * hold live data and the rest is large.
     *
     * @param liveShare the percentage of the file's chunks that hold live data
     */
    static boolean worthIt(long writes, int liveShare, long fileSize) {
        return writes > 0 && liveShare < COMPACT_BELOW_LIVE_PERCENT
                && fileSize / 100 * (100 - liveShare) > COMPACT_ABOVE_DEAD_BYTES;
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
