package org.kamworkbench.service.port;

import java.io.IOException;

/**
 * A plain UTF-8 CSV file read as {@link ByteRecord}s (implemented in {@code io}): the fast way through a
 * big invoice file. Only files the table reader would read to the very same rows qualify; at the first
 * sign of anything else (a quote, a record of another width than the header's, a lone carriage return,
 * bytes that are not UTF-8) the reader stops with {@link NotPlain} and the caller reads the file the
 * full way, through {@link TableFiles#open}, which says what is wrong where.
 */
public interface ByteRecords extends AutoCloseable {
    /** The header's field count. */
    int width();

    /** The next data record (reused, see {@link ByteRecord}), or null at the end; blank records are skipped. */
    ByteRecord next() throws IOException;

    /** Progress of the read, 0..1 by bytes. */
    double progress();

    @Override
    void close() throws IOException;

    /** The file holds something only the full reader reads right: read it that way. */
    final class NotPlain extends IOException {
        public NotPlain(String why) {
            super(why);
        }
    }
}
