package org.kamworkbench.ui.imports;

/**
 * Starts slow work off the UI thread. The wizard uses {@link FxWorkRunner} (a JavaFX Task per
 * piece of work); view-model tests use a runner that needs no toolkit.
 */
public interface WorkRunner {
    <T> RunningWork start(MonitoredWork<T> work, WorkListener<T> listener);
}
