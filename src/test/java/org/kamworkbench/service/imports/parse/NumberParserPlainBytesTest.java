package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte fast path of amounts reads exactly what the full parser reads, and leaves everything else to it. */
class NumberParserPlainBytesTest {
    @Provide
    Arbitrary<String> numberLike() {
        // the characters numbers, their near misses and their signs are made of
        return Arbitraries.strings().withChars("0123456789.,-+ ()e'€").ofMinLength(0).ofMaxLength(22);
    }

    @Provide
    Arbitrary<String> plainNumbers() {
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(6);
        return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), whole, Arbitraries.of(".", ","), fraction)
                .as((sign, w, sep, f) -> sign + w + (f.isEmpty() ? "" : sep + f));
    }

    @Property
    void whatTheFastPathReadsTheFullParserReadsTheSame(@ForAll("numberLike") String text) {
        sameAsFullParser(text, '.');
        sameAsFullParser(text, ',');
    }

    @Property
    void plainNumbersAreReadByTheFastPathWhenTheyFit(@ForAll("plainNumbers") String text) {
        sameAsFullParser(text, '.');
        sameAsFullParser(text, ',');
    }

    private static void sameAsFullParser(String text, char decimal) {
        NumberParser parser = new NumberParser(new NumberStyle(decimal, true));
        byte[] bytes = ("x," + text + ",y").getBytes(StandardCharsets.UTF_8);
        long fast = parser.plainE4(bytes, 2, bytes.length - 2);
        if (fast == NumberParser.NOT_PLAIN) {
            return;
        }
        try {
            assertThat(parser.parseE4(text)).as(text).isEqualTo(fast);
        } catch (InvalidValueException e) {
            throw new AssertionError("the fast path read '" + text + "' as " + fast + ", the full parser refuses it", e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10054.03|.|100540300", "-5|.|-50000", "0.0001|.|1", "12,5|,|125000", "99999999999999.9999|.|999999999999999999"})
    void readsPlainAmounts(String text, char decimal, long expected) {
        NumberParser parser = new NumberParser(new NumberStyle(decimal, true));
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(parser.plainE4(b, 0, b.length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,234.50|.", "1.234,50|,", "12.|.", ".5|.", "+5|.", "5-|.", "(5)|.", "1e3|.", "12.34567|.", "EUR 12|.",
            "12,5|.", "12.5|,", "''|.", "-|.", "123456789012345|.", "1 234|."})
    void leavesEverythingElseToTheFullParser(String text, char decimal) {
        NumberParser parser = new NumberParser(new NumberStyle(decimal, true));
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(parser.plainE4(b, 0, b.length)).as(text).isEqualTo(NumberParser.NOT_PLAIN);
    }
}
