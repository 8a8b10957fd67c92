package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yyyy-MM-dd|2024-03-01|20240301", "yyyy-MM-dd|2024-03-01 14:22|20240301",
            "yyyy-MM-dd|2024-03-01T14:22:05|20240301", "yyyy-MM-dd|2024-03-01T14:22:05.123Z|20240301",
            "yyyy-MM-dd|2024-03-01 14:22:05+01:00|20240301", "dd/MM/yyyy|01/03/2024|20240301",
            "dd/MM/yyyy|1/3/2024 2:05 PM|20240301", "MM/dd/yyyy|03/01/2024|20240301",
            "MM/dd/yyyy|3/15/2024 14:22|20240315", "dd.MM.yyyy|01.03.2024|20240301",
            "yyyy/MM/dd|2024/03/01|20240301", "dd-MM-yyyy|29-02-2024|20240229",
            "d MMM uuuu|1 Mar 2024|20240301", "yyyyMMdd|20240301|20240301",
            "yyyy-MM-dd|2010-12-01 08:26:00|20101201", "MM/dd/yyyy|12/1/2010 8:26|20101201",
            "yyyy-MM-dd|2010-12-01 23:59:59|20101201", "MM/dd/yyyy|12/1/2010 12:00 AM|20101201"})
    void readsEachStyleWithOrWithoutTime(String pattern, String text, int expected) throws InvalidValueException {
        assertThat(new DateParser(DateStyle.ofPattern(pattern)).parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yyyy-MM-dd|2024-02-30", "yyyy-MM-dd|2023-02-29", "yyyy-MM-dd|2024-13-01", "yyyy-MM-dd|01/03/2024",
            "yyyy-MM-dd|2024-03-01 noon", "dd/MM/yyyy|32/01/2024", "dd/MM/yyyy|01/03/24", "yyyy-MM-dd|",
            "dd.MM.yyyy|31.04.2024", "d MMM uuuu|31 Feb 2024", "yyyy-MM-dd|2010-12-01 25:61",
            "yyyy-MM-dd|2010-12-01 24:00", "yyyy-MM-dd|2010-12-01 08:60", "yyyy-MM-dd|2010-12-01 08:26:61",
            "MM/dd/yyyy|12/1/2010 13:05 PM", "MM/dd/yyyy|12/1/2010 0:05 AM", "dd.MM.yyyy|31.02.2010 08:26"})
    void rejectsImpossibleDates(String pattern, String text) {
        DateParser p = new DateParser(DateStyle.ofPattern(pattern));
        assertThatThrownBy(() -> p.parse(text == null ? "" : text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("is not a date (expected " + pattern + ")");
    }

    @Test
    void knowsTheFastStylesByTheirPatterns() {
        assertThat(DateStyle.ofPattern("dd/MM/yyyy")).isEqualTo(new DateStyle(DateStyle.Order.DMY, '/', true, null));
        assertThat(DateStyle.ofPattern("M/d/yyyy")).isEqualTo(new DateStyle(DateStyle.Order.MDY, '/', true, null));
        assertThat(DateStyle.ofPattern("uuuu-MM-dd")).isEqualTo(DateStyle.ISO);
        assertThat(DateStyle.ofPattern("dd/MM/yy").explicitPattern()).isEqualTo("dd/MM/yy");
    }

    @Test
    void detectsTheStyleAndDisambiguatesDayAndMonth() {
        assertThat(StyleDetector.dateStyle(List.of("2024-03-01", "2024-03-02 10:00"))).isEqualTo(DateStyle.ISO);
        assertThat(StyleDetector.dateStyle(List.of("01/03/2024", "25/03/2024")))
                .isEqualTo(new DateStyle(DateStyle.Order.DMY, '/', true, null));
        assertThat(StyleDetector.dateStyle(List.of("01/03/2024", "03/25/2024")))
                .isEqualTo(new DateStyle(DateStyle.Order.MDY, '/', true, null));
        assertThat(StyleDetector.dateStyle(List.of("01.03.2024")))
                .isEqualTo(new DateStyle(DateStyle.Order.DMY, '.', true, null));
        // every value ambiguous: day first, but only as a guess
        assertThat(StyleDetector.dateStyle(List.of("01/03/2024", "02/03/2024")))
                .isEqualTo(new DateStyle(DateStyle.Order.DMY, '/', false, null));
        assertThat(StyleDetector.dateStyle(List.of("n/a"))).isNull();
    }

    @Test
    void aGuessedDayFirstStyleGivesWayToAMonthFirstValue() throws InvalidValueException {
        DateParser guessed = new DateParser(new DateStyle(DateStyle.Order.DMY, '/', false, null));
        assertThat(guessed.parse("01/03/2024")).isEqualTo(20240301);
        assertThatThrownBy(() -> guessed.parse("03/15/2024"))
                .isInstanceOfSatisfying(StyleConflictException.class,
                        e -> assertThat(e.date()).isEqualTo(new DateStyle(DateStyle.Order.MDY, '/', true, null)));
        DateParser firm = new DateParser(new DateStyle(DateStyle.Order.DMY, '/', true, null));
        assertThatThrownBy(() -> firm.parse("03/15/2024")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void spreadsheetSerialDaysOnlyWhenAskedFor() throws InvalidValueException {
        DateParser xlsx = new DateParser(DateStyle.ISO, true);
        assertThat(xlsx.parse("45352", true)).isEqualTo(20240301);
        assertThat(xlsx.parse("45352.604166", true)).isEqualTo(20240301);
        assertThatThrownBy(() -> xlsx.parse("45352", false)).as("a text cell of an XLSX file is no serial")
                .isInstanceOf(InvalidValueException.class);
        assertThat(xlsx.parse("2024-03-01")).isEqualTo(20240301);
        assertThatThrownBy(() -> xlsx.parse("2024", true)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DateParser(DateStyle.ISO).parse("45352", true)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aBadPatternIsASentence() {
        assertThatThrownBy(() -> DateParser.formatter("dd/qq/yyyy pp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a date pattern");
    }
}
