package org.kamworkbench.service.port;

import java.nio.charset.Charset;

/**
 * How a tabular file is read: CSV with a charset and delimiter, or an XLSX sheet. Detected by
 * {@link TableFiles#detect}, every field can be overridden by the user.
 */
public record TableFormat(Kind kind, Charset charset, boolean bom, char delimiter, String sheet) {
    public enum Kind { CSV, XLSX }

    public static TableFormat csv(Charset charset, boolean bom, char delimiter) {
        return new TableFormat(Kind.CSV, charset, bom, delimiter, null);
    }

    public static TableFormat xlsx(String sheet) {
        return new TableFormat(Kind.XLSX, null, false, '\0', sheet);
    }
}
