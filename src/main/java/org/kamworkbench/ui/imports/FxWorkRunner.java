package org.kamworkbench.ui.imports;

/** Runs each piece of work as a {@link MonitoredTask} on its own daemon thread. */
public final class FxWorkRunner implements WorkRunner {
    @Override
    public <T> RunningWork start(MonitoredWork<T> work, WorkListener<T> listener) {
        MonitoredTask<T> task = new MonitoredTask<>(work, listener);
        Thread thread = new Thread(task, "import-wizard-work");
        thread.setDaemon(true);
        thread.start();
        return task::stop;
    }
}
