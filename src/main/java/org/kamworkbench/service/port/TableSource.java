package org.kamworkbench.service.port;

import java.io.IOException;
import java.util.List;

/** A tabular file read as a stream of records; never held whole in memory. */
public interface TableSource extends AutoCloseable {
    /** The header cells (the first record), trimmed. */
    List<String> header();

    /** The next data record, or null at the end. Blank records are skipped. */
    TableRow next() throws IOException;

    /** Progress of the read, 0..1 (by bytes for CSV, by rows for XLSX when known). */
    double progress();

    @Override
    void close() throws IOException;
}
