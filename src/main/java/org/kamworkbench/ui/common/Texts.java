package org.kamworkbench.ui.common;

import java.math.BigDecimal;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kamworkbench.service.message.DateStyle;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language and number conventions: texts from the resource bundle, numbers and money
 * formatted and parsed for the locale. Formats are made per call: they are not thread-safe.
 */
public final class Texts {
    public static final String BUNDLE = "org.kamworkbench.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The application's bundle for {@code locale}, English when the language has none: never the JVM's
     * default language (English chosen on an Italian system speaks English).
     */
    public static Texts forLocale(Locale locale) {
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A whole number with the locale's grouping: 20 000 / 20,000 / 20.000. */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** An amount rounded to whole units, grouped: for tables read from the back of a room. */
    public String amount(BigDecimal value) {
        return amountFormat().format(value);
    }

    /** The format of {@link #amount}, for a caller that formats many amounts on one thread (a table). */
    public NumberFormat amountFormat() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    /** A share or rate as a percentage with one decimal: 0.7712 → "77.1%" (Italian "77,1%"). */
    public String percent(double fraction) {
        return percent(fraction, 1);
    }

    /** A percentage with {@code decimals} decimals: one account's share among thousands needs two (0.05%). */
    public String percent(double fraction, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(fraction);
    }

    /** A change as a signed percentage with one decimal: "+5.2%", "\u22123.0%", "0.0%". */
    public String signedPercent(double fraction) {
        String p = percent(Math.abs(fraction));
        return (fraction > 0 ? "+" : fraction < 0 ? "\u2212" : "") + p;
    }

    /** Money in whole units with the currency's symbol as the locale writes it: €1,234,567. */
    public String money(BigDecimal value, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return amount(value) + " " + currency;
        }
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(value);
    }

    /** An exact decimal (a rate, a percentage) with the locale's decimal separator, all its digits: for a field. */
    public String decimal(BigDecimal value) {
        return exact(value, false);
    }

    /** An exact decimal grouped for reading in a table (1,286,339 / 1.286.339), all its digits. */
    public String groupedDecimal(BigDecimal value) {
        return exact(value, true);
    }

    private String exact(BigDecimal value, boolean grouped) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        f.setMinimumFractionDigits(0);
        f.setGroupingUsed(grouped);
        return f.format(value);
    }

    /**
     * A number typed by the user, read by the one strict parser with the locale's conventions (Italian:
     * decimal comma, "." grouping; English: decimal point, "," grouping): "1.000" is a thousand in
     * Italian and refused in English where "1,000" is.
     *
     * @return null when the text is not a number
     */
    public BigDecimal parseDecimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return numbers().parseDecimal(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** A rate typed by the user: a number, or a percentage ("2,5 %"); null when it is neither. */
    public BigDecimal parseRate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return numbers().parseRate(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** A whole number typed by the user ("1.200" in Italian); null when it is not one. */
    public Long parseWhole(String text) {
        BigDecimal n = parseDecimal(text);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A date as the user reads and types it: the locale's short form with four-digit years (31/12/2026). */
    public String date(LocalDate date) {
        return date == null ? "" : DateStyle.formatter(locale).format(date);
    }

    /** A month as the user reads it in a sentence: "Jul 2023", "lug 2023". */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    /** The form {@link #date} writes, for a field's prompt: "dd/mm/yyyy" in Italian. */
    public String datePattern() {
        return DateStyle.pattern(locale).toLowerCase(Locale.ROOT);
    }

    /**
     * A date typed by the user: in the form {@link #date} writes, or ISO (2026-12-31); null when it is
     * neither or no such day ("31/02/2026").
     */
    public LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        for (DateTimeFormatter f : List.of(DateStyle.formatter(locale), DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The strict reader for this locale: its decimal separator when it is a point or comma, else a point. */
    private NumberParser numbers() {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return NumberParser.forDecimalSeparator(separator == ',' ? ',' : '.');
    }
}
