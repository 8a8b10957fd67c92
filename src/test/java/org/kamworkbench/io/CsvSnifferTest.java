package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.TableFormat;

class CsvSnifferTest {
    @Test
    void aMultiByteCharacterCutAtTheEndOfTheSampleIsStillUtf8() {
        byte[] bytes = "name\nZürich".getBytes(StandardCharsets.UTF_8);
        int cut = bytes.length - "rich".length() - 1; // inside the two bytes of ü
        assertThat(CsvSniffer.isUtf8(bytes, cut, false)).isTrue();
        assertThat(CsvSniffer.isUtf8(bytes, cut, true)).as("cut at the real end of the file").isFalse();
        assertThat(CsvSniffer.isUtf8(bytes, bytes.length, true)).isTrue();
    }

    @Test
    void windows1252BytesAreNotUtf8() {
        byte[] bytes = "Café".getBytes(CsvSniffer.WINDOWS_1252);
        assertThat(CsvSniffer.isUtf8(bytes, bytes.length, true)).isFalse();
        assertThat(CsvSniffer.detect(bytes, bytes.length, true).charset()).isEqualTo(CsvSniffer.WINDOWS_1252);
    }

    @Test
    void fileWhoseSampleEndsInsideACharacterIsDetectedAsUtf8(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[CsvSniffer.SAMPLE_BYTES + 100];
        Arrays.fill(bytes, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, bytes, CsvSniffer.SAMPLE_BYTES - 1, euro.length);
        Path file = Files.write(dir.resolve("long.csv"), bytes);
        assertThat(CsvSniffer.detect(file)).isEqualTo(TableFormat.csv(StandardCharsets.UTF_8, false, ','));
    }

    @Test
    void utf16ByteOrderMarksAreRecognised() {
        byte[] le = ("\uFEFFName\tCity\nA\tB\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvSniffer.detect(le, le.length, true))
                .isEqualTo(TableFormat.csv(StandardCharsets.UTF_16LE, true, '\t'));
    }

    @Test
    void delimiterThatSplitsEveryRecordAlikeBeatsAMoreFrequentOne() {
        String text = "Name;Amount;Note\nAcme;1,50;a,b,c\nBeta;2,75;x\nGamma;3;\n";
        assertThat(DelimiterSniffer.detect(text, true)).isEqualTo(';');
    }

    @Test
    void delimiterInsideQuotesDoesNotCount() {
        String text = "Name,Note\n\"A;B;C\",\"x;y\"\n\"D;E\",z\n";
        assertThat(DelimiterSniffer.detect(text, true)).isEqualTo(',');
    }

    @Test
    void singleColumnFallsBackToComma() {
        assertThat(DelimiterSniffer.detect("Name\nAcme\nBeta\n", true)).isEqualTo(',');
    }

    @Test
    void onlyTheFirstTwentyRecordsAreLookedAtAndACutRecordIsIgnored() {
        StringBuilder text = new StringBuilder("a|b|c\n");
        for (int i = 0; i < 30; i++) {
            text.append(i < 19 ? "1|2|3\n" : "1,2,3,4,5,6,7\n");
        }
        assertThat(DelimiterSniffer.detect(text.toString(), true)).isEqualTo('|');
        assertThat(DelimiterSniffer.detect("a;b\n1;2\n3;4\n5,6,7,8,9", false)).isEqualTo(';');
    }
}
