package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date form for typing and showing: the locale's short form with four-digit years; ISO accepted too. */
class TextsDatesTest {
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Test
    void italianWritesAndReadsDayMonthYear() {
        Texts it = Texts.forLocale(Locale.ITALY);
        assertThat(it.date(NEW_YEARS_EVE)).isEqualTo("31/12/2026");
        assertThat(it.parseDate("31/12/2026")).isEqualTo(NEW_YEARS_EVE);
        assertThat(it.parseDate(" 2026-12-31 ")).as("ISO too").isEqualTo(NEW_YEARS_EVE);
        assertThat(it.datePattern()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void americanEnglishKeepsMonthFirstButWithFourDigitYears() {
        Texts us = Texts.forLocale(Locale.US);
        assertThat(us.date(NEW_YEARS_EVE)).isEqualTo("12/31/2026");
        assertThat(us.parseDate("12/31/2026")).isEqualTo(NEW_YEARS_EVE);
        assertThat(us.parseDate("31/12/2026")).as("no 31st month").isNull();
    }

    @Test
    void whatIsNoDayIsRefusedNotMoved() {
        Texts it = Texts.forLocale(Locale.ITALY);
        assertThat(it.parseDate("31/02/2026")).isNull();
        assertThat(it.parseDate("2026-02-30")).isNull();
        assertThat(it.parseDate("domani")).isNull();
        assertThat(it.parseDate("")).isNull();
    }

    @Test
    void theEnglishOfTheLanguageMenuWritesDayFirst() {
        Texts uk = Texts.forLocale(Language.ENGLISH.locale(Locale.ITALY));
        assertThat(uk.date(NEW_YEARS_EVE)).isEqualTo("31/12/2026");
    }
}
