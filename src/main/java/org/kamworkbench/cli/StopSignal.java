package org.kamworkbench.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (SIGINT) or SIGTERM in a command line running in its own process: the running command is
 * told to stop, as when a caller of the background process goes away, and the process waits for
 * it to roll back before it ends, so that an import is either cancelled whole or already complete.
 */
public final class StopSignal {
    /** Longer than any rollback; a process that cannot stop still ends. */
    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Registers the shutdown hook that runs on SIGINT and SIGTERM. */
    public static StopSignal install() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(signal::stopAndWait, "cli-stop-signal"));
        return signal;
    }

    /** What the signal does: ask the command to stop, then wait until it has. */
    public void stopAndWait() {
        requested.set(true);
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This process's console, gone once the signal came. */
    public Caller caller() {
        return new Caller(System.console() != null, requested::get);
    }

    /** Called when the command has ended (rolled back or complete): the process may end now. */
    public void finished() {
        finished.countDown();
    }
}
