package org.kamworkbench.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command-line call and the background process say to each other over their socket: the
 * call's arguments, then frames of stdout and stderr bytes and, last, the exit code.
 * (Plain reads and writes on the channel: the streams of {@code Channels} would serialise a reader
 * and a writer of the same channel on one lock.)
 */
final class CliProtocol {
    static final int MAGIC = 0x4B414D02; // 02: the request carries the caller's umask
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    /** Sent when the call starts running: a caller that saw it must not run the call again itself. */
    static final byte STARTED = 4;

    private CliProtocol() {
    }

    /**
     * A call: whether the caller's stderr is a terminal, its working folder, its umask (for the files the
     * call creates for it; -1 when unknown) and its arguments.
     */
    record Request(boolean terminal, String directory, int umask, List<String> args) {
        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeBoolean(terminal);
            out.writeUTF(directory);
            out.writeInt(umask);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a KAM Workbench call");
            }
            boolean terminal = in.readBoolean();
            String directory = in.readUTF();
            int umask = in.readInt();
            int count = in.readInt();
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(in.readUTF());
            }
            return new Request(terminal, directory, umask, args);
        }
    }

    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /** Reads one frame's kind; -1 at the end of the stream. */
    static int readKind(DataInputStream in) throws IOException {
        try {
            return in.readByte();
        } catch (EOFException e) {
            return -1;
        }
    }
}
