package org.kamworkbench.store;

/** The first line of an error, without H2's SQL and error code: for a user sentence. */
final class FirstLine {
    private FirstLine() {
    }

    static String of(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf("; SQL statement");
        line = sql > 0 ? line.substring(0, sql) : line;
        int code = line.lastIndexOf(" [");
        return (code > 0 ? line.substring(0, code) : line).trim();
    }
}
