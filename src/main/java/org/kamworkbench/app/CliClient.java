package org.kamworkbench.app;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A command-line call handed to the background process ({@link CliServer}): sends the arguments
 * and copies what comes back to this process's stdout and stderr.
 */
final class CliClient {
    private CliClient() {
    }

    /** Longer than any rollback: how long Ctrl+C waits for the background process to say how the call ended. */
    private static final long CANCEL_WAIT_SECONDS = 60;

    /**
     * What runs when this process is told to stop (Ctrl+C, SIGTERM) during a call: by default a
     * shutdown hook, so the call is cancelled in the background process before this process ends.
     */
    interface Signals {
        /** Arranges for {@code cancelAndWait} to run on a signal until the returned handle is closed. */
        Registration whileRunning(Runnable cancelAndWait);

        /** Ends the arrangement: closing throws nothing. */
        interface Registration extends AutoCloseable {
            @Override
            void close();
        }

        Signals SHUTDOWN_HOOK = cancelAndWait -> {
            Thread hook = new Thread(cancelAndWait, "cli-client-stop-signal");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run: nothing to remove
                }
            };
        };
    }

    /**
     * Runs the call in the background process if one answers. Ctrl+C (or SIGTERM) during the call is
     * forwarded: the call is cancelled there, and this process waits until the background process
     * has said how it ended ("Import cancelled; the workspace is unchanged." or "The import had already
     * completed; nothing was undone.") before it ends with the signal's exit code (130 for Ctrl+C).
     *
     * @return the call's exit code; empty when no background process took it (run it here)
     */
    static OptionalInt run(Path socket, String[] args, boolean terminal, OutputStream out, OutputStream err) {
        return run(socket, args, terminal, out, err, Signals.SHUTDOWN_HOOK);
    }

    static OptionalInt run(Path socket, String[] args, boolean terminal, OutputStream out, OutputStream err,
                           Signals signals) {
        return run(socket, args, terminal, CallerOutputs.umaskOfThisProcess(), out, err, signals);
    }

    /** As a caller whose umask is {@code umask} (what the files the call creates for it get). */
    static OptionalInt run(Path socket, String[] args, boolean terminal, int umask, OutputStream out, OutputStream err,
                           Signals signals) {
        SocketChannel channel = connect(socket);
        if (channel == null) {
            return OptionalInt.empty();
        }
        CountDownLatch answered = new CountDownLatch(1);
        try (SocketChannel call = channel; Signals.Registration onSignal = signals.whileRunning(() -> cancel(call, answered))) {
            DataOutputStream request = new DataOutputStream(CliProtocol.output(call));
            new CliProtocol.Request(terminal, Path.of("").toAbsolutePath().toString(), umask, List.of(args))
                    .writeTo(request);
            return copyAnswer(new DataInputStream(new BufferedInputStream(CliProtocol.input(call), 1 << 16)),
                    new Quiet(out), new Quiet(err));
        } catch (IOException e) {
            return OptionalInt.empty(); // the call never started (see copyAnswer): it runs here
        } finally {
            answered.countDown();
        }
    }

    /**
     * Tells the background process that this caller is stopping (it sees the end of our requests, as
     * when a caller goes away), then waits for its last words and exit code to be copied.
     */
    private static void cancel(SocketChannel call, CountDownLatch answered) {
        try {
            call.shutdownOutput();
        } catch (IOException alreadyClosed) {
            return; // the call has ended
        }
        try {
            answered.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the frames to our streams; the call's exit code, or empty if it never started there. */
    private static OptionalInt copyAnswer(DataInputStream in, OutputStream out, OutputStream err) throws IOException {
        boolean started = false;
        byte[] buffer = new byte[1 << 16];
        try {
            int kind;
            while ((kind = CliProtocol.readKind(in)) >= 0) {
                if (kind == CliProtocol.STARTED) {
                    started = true;
                } else if (kind == CliProtocol.EXIT) {
                    int code = in.readInt();
                    out.flush();
                    err.flush();
                    return code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
                } else {
                    copyFrame(in, kind == CliProtocol.OUT ? out : err, buffer);
                }
            }
        } catch (IOException e) {
            if (!started) {
                throw e;
            }
        }
        out.flush();
        if (!started) {
            return OptionalInt.empty();
        }
        err.write("The background process of KAM Workbench stopped during the call.\n".getBytes());
        err.flush();
        return OptionalInt.of(org.kamworkbench.cli.KamCli.FAILURE);
    }

    private static void copyFrame(DataInputStream in, OutputStream target, byte[] buffer) throws IOException {
        int length = in.readInt();
        while (length > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, length));
            if (n < 0) {
                throw new java.io.EOFException();
            }
            target.write(buffer, 0, n);
            length -= n;
        }
        target.flush();
    }

    /**
     * Our stdout or stderr, which may close before the call ends ({@code | head}): like
     * {@code System.out}, it then drops what comes instead of failing the call.
     */
    private static final class Quiet extends java.io.FilterOutputStream {
        private boolean closed;

        Quiet(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!closed) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    closed = true;
                }
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() {
            if (!closed) {
                try {
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                }
            }
        }
    }

    private static SocketChannel connect(Path socket) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                return null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
