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

/**
 * A command-line call handed to the background process ({@link CliServer}): sends the arguments
 * and copies what comes back to this process's stdout and stderr.
 */
final class CliClient {
    private CliClient() {
    }

    /**
     * Runs the call in the background process if one answers.
     *
     * @return the call's exit code; empty when no background process took it (run it here)
     */
    static OptionalInt run(Path socket, String[] args, boolean terminal, OutputStream out, OutputStream err) {
        SocketChannel channel = connect(socket);
        if (channel == null) {
            return OptionalInt.empty();
        }
        try (SocketChannel call = channel) {
            DataOutputStream request = new DataOutputStream(CliProtocol.output(call));
            new CliProtocol.Request(terminal, Path.of("").toAbsolutePath().toString(), List.of(args)).writeTo(request);
            return copyAnswer(new DataInputStream(new BufferedInputStream(CliProtocol.input(call), 1 << 16)),
                    new Quiet(out), new Quiet(err));
        } catch (IOException e) {
            return OptionalInt.empty(); // the call never started (see copyAnswer): it runs here
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
