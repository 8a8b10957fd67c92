package org.kamworkbench.service.report;

import java.util.Locale;

/** The file formats a report is written in. */
public enum ReportFormat {
    PDF, HTML;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "pdf" or "html", any case. @throws IllegalArgumentException otherwise */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a report format: use pdf or html.");
    }
}
