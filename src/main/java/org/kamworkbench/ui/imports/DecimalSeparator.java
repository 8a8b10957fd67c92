package org.kamworkbench.ui.imports;

/** Decimal separators of amounts in a file. */
public enum DecimalSeparator {
    POINT('.'), COMMA(',');

    private final char character;

    DecimalSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    public static DecimalSeparator of(char c) {
        return c == ',' ? COMMA : POINT;
    }
}
