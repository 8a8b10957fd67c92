package org.kamworkbench.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words and number formats of one report language, independent of the user interface's:
 * texts from {@code report.properties} / {@code report_it.properties}; money, numbers, shares and
 * dates as that language writes them (Italian: 1.234,56 €, 45,3 %, 4 dic 2026). Every text goes
 * through {@link MessageFormat}, so an apostrophe is written twice in the bundles.
 */
final class ReportText {
    private static final char NBSP = '\u00a0';
    private final Locale language;
    private final Locale format;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final DecimalFormatSymbols symbols;

    ReportText(Locale language) {
        this.language = language;
        this.format = "it".equals(language.getLanguage()) ? Locale.ITALY : Locale.UK;
        this.bundle = ResourceBundle.getBundle("org.kamworkbench.io.report.report", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format);
        this.symbols = DecimalFormatSymbols.getInstance(format);
    }

    Locale language() {
        return language;
    }

    String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Report text '" + key + "' is missing for " + language, e);
        }
        return new MessageFormat(pattern, format).format(args);
    }

    /** The text of an enum constant: key {@code Type.CONSTANT}; "–" for null. */
    String of(Enum<?> value) {
        return value == null ? "–" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Money with its currency, to the currency's cents: 1.234,56 € / €1,234.56. */
    String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        NumberFormat nf = NumberFormat.getCurrencyInstance(format);
        try {
            nf.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            return number(amount, 2) + NBSP + currency;
        }
        nf.setRoundingMode(RoundingMode.HALF_EVEN);
        return nf.format(amount);
    }

    /** A short amount for chart axes and tiles: 12,3 Mio / 12.3M, 450k. */
    String compact(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return decimal(value / 1e9, 1) + t("unit.billion");
        }
        if (abs >= 1e6) {
            return decimal(value / 1e6, 1) + t("unit.million");
        }
        if (abs >= 1e3) {
            return decimal(value / 1e3, 0) + t("unit.thousand");
        }
        return decimal(value, 0);
    }

    /** A fraction as a percentage with one decimal: 0.4532 → 45,3 % / 45.3%. */
    String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "–";
        }
        return decimal(fraction * 100, 1) + percentSign();
    }

    /** A signed change as a percentage: +4,2 % / −1.0%. */
    String change(Double fraction) {
        if (fraction == null || fraction.isNaN() || fraction.isInfinite()) {
            return "–";
        }
        String text = percent(Math.abs(fraction));
        return (fraction > 0 ? "+" : fraction < 0 ? "\u2212" : "") + text;
    }

    private String percentSign() {
        return "it".equals(language.getLanguage()) ? NBSP + "%" : "%";
    }

    String decimal(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        DecimalFormat df = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        df.setRoundingMode(RoundingMode.HALF_EVEN);
        return df.format(value);
    }

    String number(BigDecimal value, int maxDecimals) {
        if (value == null) {
            return "–";
        }
        DecimalFormat df = new DecimalFormat(maxDecimals == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDecimals), symbols);
        df.setRoundingMode(RoundingMode.HALF_EVEN);
        return df.format(value);
    }

    String integer(long value) {
        return decimal(value, 0);
    }

    String date(LocalDate date) {
        return date == null ? "–" : dates.format(date);
    }
}
