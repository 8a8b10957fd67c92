package org.kamworkbench.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.KpiStatus;

class ReportTextTest {
    private final ReportText it = new ReportText(Locale.ITALIAN);
    private final ReportText en = new ReportText(Locale.ENGLISH);

    @Test
    void moneyIsWrittenAsTheReportLanguageWritesIt() {
        assertThat(it.money(new BigDecimal("1234.555"), "EUR")).isEqualTo("1.234,56\u00a0€");
        assertThat(en.money(new BigDecimal("1234.555"), "EUR")).isEqualTo("€1,234.56");
        assertThat(it.money(new BigDecimal("-0.5"), "USD")).contains("0,50").contains("USD");
        assertThat(it.money(null, "EUR")).isEqualTo("–");
    }

    @Test
    void sharesChangesAndDates() {
        assertThat(it.percent(0.45349)).isEqualTo("45,3\u00a0%");
        assertThat(en.percent(0.45351)).isEqualTo("45.4%");
        assertThat(en.percent(Double.NaN)).isEqualTo("–");
        assertThat(it.change(-0.0123)).isEqualTo("\u22121,2\u00a0%");
        assertThat(en.change(0.1)).isEqualTo("+10.0%");
        assertThat(en.change(null)).isEqualTo("–");
        assertThat(it.date(LocalDate.of(2026, 12, 4))).isEqualTo("4 dic 2026");
        assertThat(en.date(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
        assertThat(it.compact(12_345_678)).isEqualTo("12,3\u00a0Mln");
        assertThat(en.compact(450_000)).isEqualTo("450k");
    }

    @Test
    void textsComeFromTheBundleOfTheLanguageAskedFor() {
        assertThat(it.t("plan.title.client", "Acme")).isEqualTo("Revisione dei progressi con Acme");
        assertThat(it.t("plan.title.internal", "Acme")).isEqualTo("Piano dell'account: Acme (interno)");
        assertThat(en.t("plan.title.client", "Acme")).isEqualTo("Progress review with Acme");
        assertThat(it.of(KpiStatus.OFF_TRACK)).isEqualTo("fuori obiettivo");
        assertThat(en.of(null)).isEqualTo("–");
    }

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties italian = new java.util.Properties();
        try (var a = ReportText.class.getResourceAsStream("report.properties");
             var b = ReportText.class.getResourceAsStream("report_it.properties")) {
            english.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            italian.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(italian.keySet()).isEqualTo(english.keySet());
    }
}
