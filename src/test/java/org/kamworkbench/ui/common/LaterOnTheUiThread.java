package org.kamworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A background worker for tests: each piece of work runs at once, in order, as on the real worker; what it
 * hands back to the UI thread waits until {@link #deliver()} — as when a user acts again before the reload of
 * their last change has arrived.
 */
public final class LaterOnTheUiThread implements Background {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Running start(String description, Work<T> work, Listener<T> listener) {
        try {
            T value = work.run(org.kamworkbench.service.port.ProgressMonitor.NONE);
            pending.add(() -> listener.succeeded(value));
        } catch (Exception e) {
            pending.add(() -> listener.failed(e));
        }
        return () -> { };
    }

    /** Hands every outcome so far to the UI thread (which may queue more work: handed on too). */
    public void deliver() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }
}
