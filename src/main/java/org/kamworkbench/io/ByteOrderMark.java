package org.kamworkbench.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks a text file may start with: they name the charset and are never content. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** The mark {@code head} starts with, or null. */
    static ByteOrderMark of(byte[] head, int length) {
        for (ByteOrderMark bom : values()) {
            if (bom.matches(head, length)) {
                return bom;
            }
        }
        return null;
    }

    private boolean matches(byte[] head, int length) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
