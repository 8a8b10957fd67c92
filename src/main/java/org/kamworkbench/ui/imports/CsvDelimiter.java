package org.kamworkbench.ui.imports;

/** The CSV delimiters the file reader detects, and the user may choose. */
public enum CsvDelimiter {
    COMMA(','), SEMICOLON(';'), TAB('\t'), PIPE('|');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The delimiter for a character, or null when it is none of these. */
    public static CsvDelimiter of(char c) {
        for (CsvDelimiter d : values()) {
            if (d.character == c) {
                return d;
            }
        }
        return null;
    }
}
