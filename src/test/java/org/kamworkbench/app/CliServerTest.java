package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.Charset;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.kamworkbench.cli.Caller;
import org.kamworkbench.cli.KamCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliServerTest {
    @TempDir
    Path dir;
    private Path socket;
    private CompletableFuture<Void> serving;

    @BeforeEach
    void startServer() throws Exception {
        socket = dir.resolve("s.sock");
        // read commands refuse a missing workspace; made before the server starts its short idle watch
        for (String name : List.of("ws", "p", "w")) {
            new WorkspaceWiring(dir).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve(name))).close();
        }
        serving = serve(Duration.ofMillis(600));
        for (int i = 0; i < 500 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        assertThat(socket).exists();
    }

    @AfterEach
    void waitForIdleStop() throws Exception {
        serving.get(20, TimeUnit.SECONDS);
        assertThat(socket).as("an idle server removes its socket").doesNotExist();
    }

    private CompletableFuture<Void> serve(Duration idle) {
        return CompletableFuture.runAsync(() -> {
            try {
                new CliServer(socket, new WorkspaceWiring(dir), idle, false).serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One of the empty workspaces made before the server started. */
    private String created(String name) {
        return dir.resolve(name).toString();
    }

    private record Answer(OptionalInt code, String out, String err) {
    }

    private Answer call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, args, false, out, err);
        return new Answer(code, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
    }

    @Test
    void aCallRunsInTheServerWithItsOutputAndExitCode() {
        String ws = created("ws");
        Answer status = call("status", "--json", "--workspace", ws);
        assertThat(status.code()).hasValue(KamCli.OK);
        assertThat(status.out()).contains("\"accounts\" : 0").contains("\"revenueRecords\"");
        assertThat(status.err()).isEmpty();

        Answer bad = call("analyze", "pareto", "--by", "planet", "--workspace", ws);
        assertThat(bad.code()).hasValue(KamCli.BAD_INPUT);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("planet");

        Answer again = call("status", "--json", "--workspace", ws);
        assertThat(again.out()).as("each call opens and closes its workspace").isEqualTo(status.out());
    }

    @Test
    void anOutputClosedEarlyDoesNotFailTheCall() {
        java.io.OutputStream closed = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, new String[] {"status", "--workspace", created("p")},
                false, closed, err);
        assertThat(code).as(err.toString(Charset.defaultCharset())).hasValue(KamCli.OK);
        assertThat(err.toString(Charset.defaultCharset())).isEmpty();
    }

    @Test
    void callsFromAnotherFolderAreSentBackToRunThemselves() throws Exception {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            new CliProtocol.Request(false, "/somewhere/else", -1, List.of("status", "--workspace", "relative"))
                    .writeTo(new DataOutputStream(CliProtocol.output(channel)));
            DataInputStream in = new DataInputStream(CliProtocol.input(channel));
            assertThat(in.readByte()).isEqualTo(CliProtocol.EXIT);
            assertThat(in.readInt()).isNegative();
        }
        assertThat(dir.resolve("relative.mv.db")).doesNotExist();
    }

    @Test
    void aSecondServerOnTheSameSocketLeavesItToTheFirst() throws Exception {
        serve(Duration.ofSeconds(30)).get(10, TimeUnit.SECONDS);
        assertThat(dir.resolve("s.sock.lock")).as("the first one's lock stays").exists();
        assertThat(call("status", "--json", "--workspace", created("w")).code()).hasValue(0);
    }

    @Test
    void withoutAServerTheCallIsLeftToTheCaller() {
        OptionalInt code = CliClient.run(dir.resolve("none.sock"), new String[] {"status"}, false,
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertThat(code).isEmpty();
    }

    @Test
    void anImportWhoseCallerWentAwayStopsAndChangesNothing() throws IOException {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "Account ID,Account Name,Billing Country\nA1,Alpha,DE\n");
        StringWriter err = new StringWriter();
        int code = new KamCli(new WorkspaceWiring(dir), new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Caller(false, () -> true)).run(new String[] {"import", "accounts", file.toString(),
                        "--workspace", dir.resolve("gone").toString()});
        assertThat(code).isEqualTo(KamCli.INTERRUPTED);
        assertThat(err.toString()).contains("cancelled");
        StringWriter out = new StringWriter();
        new KamCli(new WorkspaceWiring(dir), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .run(new String[] {"status", "--json", "--workspace", dir.resolve("gone").toString()});
        assertThat(out.toString()).contains("\"accounts\" : 0");
    }

    @Test
    void theSocketsFolderIsPrivateBeforeTheSocketIsBoundAndCallsComeFromThisUser() throws Exception {
        assertThat(Files.getPosixFilePermissions(dir))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path fresh = dir.resolve("fresh/sub");
        CliServer.privateFolder(fresh);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            assertThat(CliServer.fromThisUser(channel)).as("our own process passes the SO_PEERCRED check").isTrue();
        }
    }

    @Test
    void aConnectionThatNeverSendsItsRequestIsClosedAfterTheTimeout() throws Exception {
        // a server of its own whose idle watch cannot end it first on a busy machine
        Path own = dir.resolve("t.sock");
        CompletableFuture<Void> ownServer = CompletableFuture.runAsync(() -> {
            try {
                new CliServer(own, new WorkspaceWiring(dir), Duration.ofSeconds(5), false).serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 500 && !Files.exists(own); i++) {
            Thread.sleep(10);
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(own));
            long start = System.nanoTime();
            int read = CompletableFuture.supplyAsync(() -> {
                try {
                    return channel.read(java.nio.ByteBuffer.allocate(1));
                } catch (IOException e) {
                    return -1;
                }
            }).get(CliServer.REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
            assertThat(read).as("closed by the server, not answered").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(CliServer.REQUEST_TIMEOUT.minusSeconds(1));
        }
        ownServer.get(20, TimeUnit.SECONDS); // and then it stops when idle
    }
}
