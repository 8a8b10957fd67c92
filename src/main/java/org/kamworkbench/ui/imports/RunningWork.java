package org.kamworkbench.ui.imports;

/** Handle on started work. */
@FunctionalInterface
public interface RunningWork {
    /** Asks the work to stop; its listener hears the outcome once it has stopped. */
    void cancel();
}
