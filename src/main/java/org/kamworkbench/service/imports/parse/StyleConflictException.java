package org.kamworkbench.service.imports.parse;

/**
 * A value contradicts a number or date style that was only guessed from ambiguous sample values
 * (e.g. every sampled date read as dd/MM until 03/15/2024 appears). The import restarts with the
 * style the value proves; nothing has been written at that point.
 */
public final class StyleConflictException extends RuntimeException {
    private final NumberStyle number;
    private final DateStyle date;

    private StyleConflictException(NumberStyle number, DateStyle date) {
        super("restart with a corrected style", null, false, false);
        this.number = number;
        this.date = date;
    }

    public static StyleConflictException number(NumberStyle proven) {
        return new StyleConflictException(proven, null);
    }

    public static StyleConflictException date(DateStyle proven) {
        return new StyleConflictException(null, proven);
    }

    /** The proven number style, or null when the conflict is about dates. */
    public NumberStyle number() {
        return number;
    }

    /** The proven date style, or null when the conflict is about numbers. */
    public DateStyle date() {
        return date;
    }
}
