package org.kamworkbench.service.portfolio;

import java.util.List;

/**
 * Everything the portfolio screen and the CLI show for one period, in one immutable result:
 * headline figures (and the previous period's, for the change tiles), the ranked curve, the
 * accounts listed apart, the breakdown by a dimension, currency exposure and growth.
 */
public final class PortfolioAnalysis {
    private final PortfolioData data;
    private final AnalysisRequest request;
    private final AnalysedPeriod period;
    private final ParetoCurve curve;
    private final ExcludedAccounts excluded;
    private final List<GroupSummary> groups;
    private final List<CurrencyExposure> currencies;
    private final Growth growth;
    private final SegmentMetrics previousMetrics;
    private final GrowthCalculator growthCalculator;
    private final List<org.kamworkbench.service.message.Sentence> notes;

    PortfolioAnalysis(PortfolioData data, AnalysisRequest request, AnalysedPeriod period, ParetoCurve curve,
                      ExcludedAccounts excluded, List<GroupSummary> groups, List<CurrencyExposure> currencies,
                      Growth growth, SegmentMetrics previousMetrics, GrowthCalculator growthCalculator,
                      List<org.kamworkbench.service.message.Sentence> notes) {
        this.data = data;
        this.request = request;
        this.period = period;
        this.curve = curve;
        this.excluded = excluded;
        this.groups = List.copyOf(groups);
        this.currencies = List.copyOf(currencies);
        this.growth = growth;
        this.previousMetrics = previousMetrics;
        this.growthCalculator = growthCalculator;
        this.notes = List.copyOf(notes);
    }

    public PortfolioData data() {
        return data;
    }

    public String reportingCurrency() {
        return data.reportingCurrency;
    }

    public AnalysisRequest request() {
        return request;
    }

    /** The whole months analysed. */
    public AnalysedPeriod period() {
        return period;
    }

    /** The period growth compares against: the same number of months right before. */
    public AnalysedPeriod previousPeriod() {
        return period.previous();
    }

    public AbcThresholds thresholds() {
        return request.thresholds();
    }

    /** The headline figures of the whole portfolio. */
    public SegmentMetrics metrics() {
        return curve.metrics();
    }

    /** The same figures for the previous period; null when it has no data (or no convertible data). */
    public SegmentMetrics previousMetrics() {
        return previousMetrics;
    }

    public ParetoCurve curve() {
        return curve;
    }

    public ExcludedAccounts excluded() {
        return excluded;
    }

    /** The dimension of {@link #groups()}, or null. */
    public Dimension dimension() {
        return request.dimension();
    }

    /** One entry per group key of the dimension (sorted by key); empty without a dimension. */
    public List<GroupSummary> groups() {
        return groups;
    }

    /** Revenue per original currency, sorted by currency code. */
    public List<CurrencyExposure> currencies() {
        return currencies;
    }

    /** Growth of the whole portfolio's net revenue. */
    public Growth growth() {
        return growth;
    }

    /** Growth of one account (index in {@link #data()}). */
    public Growth growthOf(int accountIndex) {
        return growthCalculator.ofAccount(accountIndex);
    }

    /** Why some figures are unavailable (missing rates for the previous period, missing inflation...). */
    public List<String> notes() {
        return notes(java.util.Locale.ROOT);
    }

    /** The notes in {@code locale}'s language. */
    public List<String> notes(java.util.Locale locale) {
        return notes.stream().map(n -> n.text(locale)).toList();
    }
}
