package org.kamworkbench.ui.imports;

import java.util.concurrent.atomic.AtomicBoolean;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * Runs work on the caller's thread, with no toolkit, reporting like MonitoredTask does. Work can
 * be held back ({@link #holdNext()}) so a test can cancel it before it runs ({@link #release()}).
 */
final class ImmediateWorkRunner implements WorkRunner {
    private boolean holdNext;
    private Runnable held;
    int started;

    void holdNext() {
        holdNext = true;
    }

    void release() {
        Runnable work = held;
        held = null;
        work.run();
    }

    boolean holding() {
        return held != null;
    }

    @Override
    public <T> RunningWork start(MonitoredWork<T> work, WorkListener<T> listener) {
        started++;
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                listener.progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Runnable run = () -> {
            T value;
            try {
                value = work.run(monitor);
            } catch (ImportCancelledException e) {
                listener.cancelled();
                return;
            } catch (Exception e) {
                listener.failed(e);
                return;
            }
            listener.succeeded(value);
        };
        if (holdNext) {
            holdNext = false;
            held = run;
        } else {
            run.run();
        }
        return () -> cancelled.set(true);
    }
}
