package org.kamworkbench.ui.imports;

import java.util.concurrent.atomic.AtomicBoolean;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.ui.common.Background;

/**
 * Runs work on the caller's thread, with no toolkit, reporting like the FxBackground does. Work can
 * be held back ({@link #holdNext()}) so a test can cancel it before it runs ({@link #release()}).
 */
final class ImmediateBackground implements Background {
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
    public <T> Running start(String description, Work<T> work, Listener<T> listener) {
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
            } catch (Exception e) {
                if (Background.isCancellation(e)) {
                    listener.cancelled();
                } else {
                    listener.failed(e);
                }
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
