package org.kamworkbench.ui.imports;

/**
 * Hears how background work goes, on the UI thread. Exactly one of succeeded, cancelled or failed
 * is called, once the work has really stopped.
 */
public interface WorkListener<T> {
    /** {@code fraction} in 0..1, or negative when unknown; {@code message} may be empty. */
    void progress(double fraction, String message);

    void succeeded(T value);

    /** The work noticed the cancellation and stopped without a result. */
    void cancelled();

    void failed(Throwable error);
}
