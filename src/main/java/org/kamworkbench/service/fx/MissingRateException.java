package org.kamworkbench.service.fx;

import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * Revenue in a currency and period with no FX rate: shown to the user, never converted at 1.0. The sentence comes
 * from the service bundle: English in {@link #getMessage()}, the user's language in {@link #message(Locale)}.
 */
public class MissingRateException extends RuntimeException implements LocalizedRefusal {
    private final String currency;
    private final int year;
    private final int month;
    private final List<MissingRate> all;
    private final transient Sentence sentence;

    public MissingRateException(String currency, int year, int month, String reportingCurrency) {
        this(currency, year, month, reportingCurrency, List.of(new MissingRate(currency, year)));
    }

    /**
     * The first missing month, and {@code all} the currencies and years the same work lacks (the first
     * among them), so that a screen can name every one at once.
     */
    public MissingRateException(String currency, int year, int month, String reportingCurrency,
                                List<MissingRate> all) {
        this(currency, year, month, all, sentence(currency, year, month, reportingCurrency, all));
    }

    private MissingRateException(String currency, int year, int month, List<MissingRate> all, Sentence sentence) {
        super(sentence.toString());
        this.sentence = sentence;
        this.currency = currency;
        this.year = year;
        this.month = month;
        this.all = List.copyOf(all);
    }

    private static Sentence sentence(String currency, int year, int month, String reportingCurrency,
                                     List<MissingRate> all) {
        Sentence first = Sentence.of("fx.missing", currency, String.format("%d-%02d", year, month),
                String.valueOf(year), reportingCurrency);
        return all.size() > 1 ? Sentence.of("fx.missing.others", first, others(all, currency, year)) : first;
    }

    /** The sentence, to be part of another ("Growth is not available: …"). */
    public Sentence sentence() {
        return sentence;
    }

    @Override
    public String message(Locale locale) {
        return sentence.text(locale);
    }

    private static String others(List<MissingRate> all, String currency, int year) {
        return String.join(", ", all.stream().filter(m -> !(m.currency().equals(currency) && m.year() == year))
                .map(MissingRate::toString).toList());
    }

    /** Every currency and year without a rate, by year then currency; at least the one of the message. */
    public List<MissingRate> all() {
        return all;
    }

    public String currency() {
        return currency;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }
}
