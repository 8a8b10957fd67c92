package org.kamworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.io.ExcelNumberFormats.Kind;

class ExcelCellTextTest {
    @ParameterizedTest
    @CsvSource({"0.30000000000000004, 0.3", "1234.5599999999999, 1234.56", "1.0E20, 100000000000000000000",
            "1.0E-7, 0.0000001", "1E+3, 1000", "-42.50, -42.5", "0.000, 0", "12345678901234567, 12345678901234600"})
    void numbersArePlainDecimalsWithExcelsFifteenDigits(String raw, String text) {
        assertThat(ExcelCellText.number(new BigDecimal(raw))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"45356, false, DATE, 2024-03-05", "45356.57303240741, false, DATE, 2024-03-05T13:45:10",
            "1, false, DATE, 1900-01-01", "59, false, DATE, 1900-02-28", "61, false, DATE, 1900-03-01",
            "43894, true, DATE, 2024-03-05", "0.5, false, TIME, 12:00:00", "45356.25, false, TIME, 2024-03-05T06:00:00"})
    void serialDatesAsIso(String serial, boolean date1904, Kind kind, String text) {
        assertThat(ExcelCellText.dateTime(new BigDecimal(serial), date1904, kind)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yyyy-mm-dd|DATE", "dd/mm/yyyy hh:mm|DATE", "mmm-yy|DATE",
            "[$-409]d-mmm-yyyy;@|DATE", "h:mm AM/PM|TIME", "[h]:mm:ss|TIME", "mm:ss|TIME", "0.00|NUMBER",
            "#,##0.00 \"days\"|NUMBER", "[Red]-#,##0.00|NUMBER", "0.00E+00|NUMBER", "General|NUMBER", "@|NUMBER",
            "\\d0|NUMBER"})
    void formatCodes(String code, Kind kind) {
        assertThat(ExcelNumberFormats.ofCode(code)).isEqualTo(kind);
    }

    @Test
    void builtInFormatIdsWinOverAMissingCode() {
        assertThat(ExcelNumberFormats.kind(14, null)).isEqualTo(Kind.DATE);
        assertThat(ExcelNumberFormats.kind(22, null)).isEqualTo(Kind.DATE);
        assertThat(ExcelNumberFormats.kind(21, null)).isEqualTo(Kind.TIME);
        assertThat(ExcelNumberFormats.kind(4, null)).isEqualTo(Kind.NUMBER);
        assertThat(ExcelNumberFormats.kind(null, null)).isEqualTo(Kind.NUMBER);
        assertThat(ExcelNumberFormats.kind(170, "yyyy")).isEqualTo(Kind.DATE);
    }
}
