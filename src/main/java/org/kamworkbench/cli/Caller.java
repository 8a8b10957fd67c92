package org.kamworkbench.cli;

import java.util.function.BooleanSupplier;

/**
 * Who runs a command line: whether their stderr is a terminal (long work then shows its progress
 * there) and whether they have gone away (long work then stops, leaving nothing half done).
 */
public record Caller(boolean terminal, BooleanSupplier gone) {
    /** This process's own console, which never goes away while we run. */
    public static Caller thisProcess() {
        return new Caller(System.console() != null, () -> false);
    }
}
