package org.kamworkbench.app;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kamworkbench.cli.Caller;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/**
 * The background process of the command line: a JVM that stays up between calls (for
 * {@link #IDLE} after the last one), so that a call runs on code already loaded and compiled
 * instead of starting a JVM, the database engine and the libraries cold each time — as the Gradle
 * daemon does. Each call is a connection on a Unix socket in the user's cache folder (see
 * {@link CliClient}); it runs like a command in its own process, workspace opened and closed, and
 * is cancelled if its caller goes away. {@code KAM_SERVER=off} keeps every call in its own process.
 */
final class CliServer {
    static final Duration IDLE = Duration.ofMinutes(2);
    private static final Duration TIDY_AFTER = Duration.ofSeconds(5);
    /** Calls served at once; more are closed unanswered, and their callers run them themselves. */
    static final int MAX_CALLS = 8;
    /** How long a connection may stay silent before sending its request: then it is closed. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Path socket;
    private final WorkspaceOpener opener;
    private final Duration idle;
    private final boolean warmUp;
    private final String directory = Path.of("").toAbsolutePath().toString();
    private final AtomicInteger running = new AtomicInteger();
    private final java.util.concurrent.ScheduledExecutorService timeouts =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "cli-request-timeout");
                thread.setDaemon(true);
                return thread;
            });
    private volatile long lastCall = System.nanoTime();
    /** Whether the garbage of the calls so far has been given back to the system. */
    private volatile boolean tidy = true;

    /** @param warmUp whether to warm up on a throw-away workspace once listening ({@link CliWarmUp}) */
    CliServer(Path socket, WorkspaceOpener opener, Duration idle, boolean warmUp) {
        this.socket = socket;
        this.opener = opener;
        this.idle = idle;
        this.warmUp = warmUp;
    }

    /** Serves calls until idle; returns at once when another process already serves this socket. */
    void serve() throws IOException {
        // private before the socket exists: no moment when another user could connect (no chmod after bind)
        privateFolder(socket.toAbsolutePath().getParent());
        Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                return;
            }
            try {
                serveHoldingTheLock(lockFile);
            } finally {
                deleteQuietly(lockFile); // one per working folder: don't let them pile up
            }
        }
    }

    private void serveHoldingTheLock(Path lockFile) throws IOException {
        Files.deleteIfExists(socket); // left by a process that was killed
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { // also when stopped from outside (kill)
            deleteQuietly(socket);
            deleteQuietly(lockFile);
        }, "cli-server-stopped"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            onlyForThisUser(socket);
            startIdleWatch(server);
            if (warmUp) {
                CliWarmUp.start(opener, () -> running.get() > 0);
            }
            acceptUntilClosed(server);
        } finally {
            deleteQuietly(socket);
        }
    }

    private static void closeQuietly(SocketChannel call) {
        try {
            call.close();
        } catch (IOException alreadyGone) {
            // nothing to release
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillInUse) {
            // a file the system will not let go of yet (Windows): harmless
        }
    }

    /** Where the file system has POSIX permissions; elsewhere (Windows) the user's profile folder is private. */
    private static void onlyForThisUser(Path socket) throws IOException {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own access rules apply
        }
    }

    /**
     * Makes the socket's folder reachable by this user only (0700) before the socket is bound in it;
     * a folder owned by someone else is refused rather than used.
     */
    static void privateFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            if (!Files.getOwner(folder).equals(thisUser())) {
                throw new IOException("The folder " + folder + " belongs to another user.");
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // the user's profile folder is private (Windows)
        }
    }

    private static java.nio.file.attribute.UserPrincipal thisUser() throws IOException {
        return java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    /** Whether the process at the other end of {@code call} runs as this user ({@code SO_PEERCRED}). */
    static boolean fromThisUser(SocketChannel call) {
        try {
            return call.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user().equals(thisUser());
        } catch (UnsupportedOperationException notLinux) {
            return true; // only the private folder protects the socket there
        } catch (IOException e) {
            return false;
        }
    }

    /** The lock, or null when another server (in another process or this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** Answers calls until the server closes, then lets the calls still running finish. */
    private void acceptUntilClosed(ServerSocketChannel server) {
        while (server.isOpen()) {
            SocketChannel call;
            try {
                call = server.accept();
            } catch (IOException closedWhenIdle) {
                break;
            }
            if (running.get() >= MAX_CALLS) {
                closeQuietly(call); // bounded threads: the caller then runs its call in its own process
                continue;
            }
            running.incrementAndGet();
            Thread thread = new Thread(() -> answer(call), "cli-call");
            thread.start();
        }
        // one accepted just as the idle watch closed the server: the process must not end under it
        while (running.get() > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void startIdleWatch(ServerSocketChannel server) {
        Thread watch = new Thread(() -> {
            while (server.isOpen()) {
                try {
                    Thread.sleep(Math.max(1, Math.min(1000, idle.toMillis() / 4)));
                } catch (InterruptedException e) {
                    return;
                }
                long quiet = System.nanoTime() - lastCall;
                if (running.get() == 0 && !tidy && quiet > TIDY_AFTER.toNanos()) {
                    tidy = true;
                    System.gc(); // a big import leaves hundreds of megabytes of garbage: give them back while idle
                }
                if (running.get() == 0 && quiet > idle.toNanos()) {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // closing is all we wanted
                    }
                }
            }
        }, "cli-idle-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Runs one call: its output goes back as frames, then its exit code. */
    private void answer(SocketChannel call) {
        try (call) {
            if (!fromThisUser(call)) {
                return; // another user's process: not a word of this user's data
            }
            DataInputStream in = new DataInputStream(CliProtocol.input(call));
            // a connection that never says what it wants must not hold a thread (and the process) forever
            var silent = timeouts.schedule(() -> closeQuietly(call), REQUEST_TIMEOUT.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            CliProtocol.Request request = CliProtocol.Request.readFrom(in);
            silent.cancel(false);
            DataOutputStream frames = new DataOutputStream(new BufferedOutputStream(CliProtocol.output(call), 1 << 16));
            if (!request.directory().equals(directory)) {
                exit(frames, -1); // relative paths would mean something else here: the caller runs it itself
                return;
            }
            synchronized (frames) {
                frames.writeByte(CliProtocol.STARTED);
                frames.flush();
            }
            AtomicBoolean gone = watchForHangUp(in);
            Charset charset = Charset.defaultCharset();
            PrintWriter out = writer(frames, CliProtocol.OUT, charset);
            PrintWriter err = writer(frames, CliProtocol.ERR, charset);
            CallerOutputs outputs = CallerOutputs.before(request.args(), Path.of(directory));
            int code = new KamCli(opener, out, err, new Caller(request.terminal(), gone::get))
                    .run(request.args().toArray(new String[0]));
            outputs.applyUmask(request.umask()); // the caller's umask, not this process's 077
            out.flush();
            err.flush();
            exit(frames, code);
        } catch (IOException callerWentAway) {
            // nobody left to tell
        } finally {
            lastCall = System.nanoTime();
            tidy = false;
            running.decrementAndGet();
        }
    }

    private static PrintWriter writer(DataOutputStream frames, byte kind, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(new FrameStream(frames, kind), charset), true);
    }

    private static void exit(DataOutputStream frames, int code) throws IOException {
        synchronized (frames) {
            frames.writeByte(CliProtocol.EXIT);
            frames.writeInt(code);
            frames.flush();
        }
    }

    /** A caller sends nothing after its request: a read that ends means it hung up (Ctrl+C, say). */
    private static AtomicBoolean watchForHangUp(DataInputStream in) {
        AtomicBoolean gone = new AtomicBoolean();
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // a caller never writes more; keep waiting for the end
                }
            } catch (IOException ignored) {
                // as good as an end
            }
            gone.set(true);
        }, "cli-hang-up-watch");
        watch.setDaemon(true);
        watch.start();
        return gone;
    }

    /** One of the call's output streams, sent as frames of its kind. */
    private static final class FrameStream extends OutputStream {
        private final DataOutputStream frames;
        private final byte kind;

        FrameStream(DataOutputStream frames, byte kind) {
            this.frames = frames;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            synchronized (frames) {
                frames.writeByte(kind);
                frames.writeInt(len);
                frames.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (frames) {
                frames.flush();
            }
        }
    }
}
