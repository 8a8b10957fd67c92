package org.kamworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kamworkbench.service.port.TableFormat;

/**
 * Detects how a CSV file is written from its first megabyte: the charset (a byte order mark, else
 * UTF-8 when the sample is valid UTF-8, else Windows-1252) and the delimiter.
 */
final class CsvSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int SAMPLE_BYTES = 1 << 20;

    private CsvSniffer() {
    }

    static TableFormat detect(Path file) throws IOException {
        byte[] sample = new byte[SAMPLE_BYTES];
        int length;
        boolean wholeFile;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(sample, 0, sample.length);
            wholeFile = length < sample.length || in.read() < 0;
        }
        return detect(sample, length, wholeFile);
    }

    static TableFormat detect(byte[] sample, int length, boolean wholeFile) {
        ByteOrderMark bom = ByteOrderMark.of(sample, length);
        int start = bom == null ? 0 : bom.length();
        Charset charset = bom != null ? bom.charset()
                : isUtf8(sample, length, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(sample, start, length - start, charset);
        return TableFormat.csv(charset, bom != null, DelimiterSniffer.detect(text, wholeFile));
    }

    /**
     * Whether the bytes decode as UTF-8. When the sample is only the start of the file, a multi-byte
     * character cut at its end is not an error: the decoder leaves it pending instead.
     */
    static boolean isUtf8(byte[] sample, int length, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        if (decoder.decode(in, out, wholeFile).isError()) {
            return false;
        }
        return !wholeFile || !decoder.flush(out).isError();
    }
}
