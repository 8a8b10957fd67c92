package org.kamworkbench.service.imports.parse;

/**
 * How numbers are written in a file: the decimal separator, and whether the sample proved it
 * ({@code firm}) or it is only a guess that a later value may overturn.
 */
public record NumberStyle(char decimal, boolean firm) {
    public NumberStyle {
        if (decimal != '.' && decimal != ',') {
            throw new IllegalArgumentException("The decimal separator must be '.' or ','.");
        }
    }

    /** The other decimal separator, as a proven style. */
    public NumberStyle alternative() {
        return new NumberStyle(decimal == '.' ? ',' : '.', true);
    }
}
