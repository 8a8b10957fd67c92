package org.kamworkbench.ui.portfolio;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.OptionalDouble;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.ui.common.Texts;

/**
 * How the portfolio screen writes its figures in the user's locale: shares as percentages with one
 * decimal, changes with ▲/▼, HHI as a whole number. The tests format the service's numbers with it
 * to check what the screen shows.
 */
public final class PortfolioFormats {
    public static final String NONE = "\u2014";
    public static final String UP = "\u25B2";
    public static final String DOWN = "\u25BC";

    private final Texts texts;

    public PortfolioFormats(Texts texts) {
        this.texts = texts;
    }

    public Texts texts() {
        return texts;
    }

    /** 0.7712 → "77.1%" (or "77,1 %"); "—" for NaN. */
    public String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return NONE;
        }
        return texts.percent(fraction);
    }

    /** 0.25 → "25%": axis ticks. */
    public String percentWhole(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(texts.locale());
        f.setMaximumFractionDigits(0);
        return f.format(fraction);
    }

    /** A growth or share that may be unavailable: "n/a". */
    public String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? signedPercent(fraction.getAsDouble()) : texts.get("portfolio.na");
    }

    /** "+5.2%" / "−3.0%". */
    public String signedPercent(double fraction) {
        return Double.isNaN(fraction) ? NONE : texts.signedPercent(fraction);
    }

    public String decimal(double value, int digits) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(texts.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    public String hhi(double hhi) {
        return decimal(hhi, 0);
    }

    public String band(ConcentrationBand band) {
        return band == null ? NONE : texts.get("portfolio.band." + band.key());
    }

    public String money(BigDecimal value, String currency) {
        return value == null ? NONE : texts.money(value, currency);
    }

    public String count(long n) {
        return texts.count(n);
    }

    /** "▲ 12.3%" / "▼ 1.0%" / "0.0%": a change written with its direction. */
    public String change(double delta, String magnitude) {
        String arrow = delta > 0 ? UP + " " : delta < 0 ? DOWN + " " : "";
        return arrow + magnitude;
    }

    /** "+2.0 pp" / "−8.3 pp" / "0.0 pp": a difference of two growth rates. */
    public String signedPoints(double deltaFraction) {
        String magnitude = decimal(Math.abs(deltaFraction) * 100, 1);
        boolean zero = magnitude.equals(decimal(0, 1));
        String sign = zero ? "" : deltaFraction > 0 ? "+" : "\u2212";
        return texts.format("portfolio.points", sign + magnitude);
    }

    /** A change of a share in percentage points: "▲ 1.2 pp". */
    public String pointsChange(double deltaFraction) {
        return change(deltaFraction, texts.format("portfolio.points", decimal(Math.abs(deltaFraction) * 100, 1)));
    }
}
