package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RatingRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * Scoring and the KAM portfolio matrix: reads what scoring needs once ({@link #load(Integer)}), then
 * scores any set over it as often as weights move ({@link ScoringData#score}); also the comparison of
 * versions, the sensitivity of weights and one account's key-account status.
 */
public final class ScoringService {
    private final CriteriaSetService sets;
    private final DesignationService designations;
    private final PortfolioService portfolio;
    private final RatingRepository ratings;
    private final EffortRepository effort;
    private final RatesRepository rates;
    private final SettingsRepository settings;
    private final Clock clock;

    public ScoringService(CriteriaSetService sets, DesignationService designations, PortfolioService portfolio,
                          RatingRepository ratings, EffortRepository effort, RatesRepository rates,
                          SettingsRepository settings, Clock clock) {
        this.sets = sets;
        this.designations = designations;
        this.portfolio = portfolio;
        this.ratings = ratings;
        this.effort = effort;
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Reads what scoring needs for {@code year} (null: the last complete year with revenue).
     *
     * @throws CriteriaInputException for a year without revenue when revenue is asked for explicitly
     */
    public ScoringData load(Integer year) {
        return load(year, portfolio.load());
    }

    /** As {@link #load(Integer)}, on portfolio data the caller has already read (the review pack reads it once). */
    public ScoringData load(Integer year, PortfolioData data) {
        int scoringYear = year != null ? year : defaultYear(data);
        PortfolioAnalysis analysis = null;
        String problem = null;
        Map<String, BigDecimal> revenue = new HashMap<>();
        Map<String, String> abc = new HashMap<>();
        try {
            analysis = portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(scoringYear)));
            ParetoCurve curve = analysis.curve();
            for (int r = 0; r < curve.size(); r++) {
                revenue.put(curve.account(r).externalId(), curve.revenue(r));
                abc.put(curve.account(r).externalId(), curve.abcClass(r));
            }
            for (int i = 0; i < analysis.excluded().size(); i++) {
                revenue.put(analysis.excluded().account(i).externalId(), analysis.excluded().revenue(i));
            }
        } catch (PortfolioInputException | MissingRateException e) {
            problem = e.getMessage();
        }
        FxTable fx = new FxTable(settings.load().reportingCurrency(), rates.fxRates());
        return new ScoringData(data.accounts(), scoringYear, ratings.findAll(), analysis, problem, revenue, abc, fx,
                effort.estimatedSpend());
    }

    /** The last calendar year whose December holds revenue, else the last year with revenue, else last year. */
    public int defaultYear(PortfolioData data) {
        return data.hasRevenue() ? data.latestCompleteYear() : LocalDate.now(clock).getYear() - 1;
    }

    /**
     * Scores the newest version of the set with this name.
     *
     * @throws CriteriaInputException for an unknown name or a set that cannot be scored
     */
    public Scoreboard score(ScoringData data, String setName) {
        List<CriteriaSet> versions = sets.versions(setName);
        if (versions.isEmpty()) {
            throw new CriteriaInputException("criteria.noSuchSet", setName,
                    String.join(", ", sets.latestSets().stream().map(CriteriaSet::name).toList()));
        }
        return data.score(versions.get(versions.size() - 1));
    }

    /** Scores the current set. @throws CriteriaInputException when there is none or it cannot be scored */
    public Scoreboard score(ScoringData data) {
        CriteriaSet set = sets.currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSetDefine"));
        return data.score(set);
    }

    /** The accounts that change quadrant between two sets (versions), and why. */
    public VersionComparison compare(ScoringData data, CriteriaSet before, CriteriaSet after) {
        return VersionComparison.compare(data, before, after);
    }

    public List<Sensitivity.Case> sensitivity(ScoringData data, CriteriaSet set) {
        return Sensitivity.analyse(data, set);
    }

    /**
     * The account header's summary (for the account page and other features): the account's
     * quadrant and scores under the current set, or why it has none, and its current designation.
     */
    public KeyAccountStatus status(long accountId) {
        Designation designation = designations.current(accountId).orElse(null);
        Optional<CriteriaSet> set = sets.currentSet();
        if (set.isEmpty()) {
            return new KeyAccountStatus(KeyAccountStatus.State.NO_CRITERIA, null, 0, null, Double.NaN, Double.NaN,
                    Double.NaN, 0, List.of(), designation);
        }
        CriteriaSet s = set.get();
        Scoreboard board;
        try {
            board = load(null).score(s);
        } catch (CriteriaInputException e) {
            return new KeyAccountStatus(KeyAccountStatus.State.NOT_SCORED, s.name(), s.version(), null, Double.NaN,
                    Double.NaN, Double.NaN, 0, e.sentences(), designation);
        }
        AccountScore score = board.of(accountId);
        if (score == null || !score.complete()) {
            return new KeyAccountStatus(KeyAccountStatus.State.INCOMPLETE, s.name(), s.version(), null, Double.NaN,
                    Double.NaN, Double.NaN, 0, score == null ? List.of(Sentence.of("criteria.missing.unknownAccount"))
                    : score.missing(), designation);
        }
        return new KeyAccountStatus(KeyAccountStatus.State.SCORED, s.name(), s.version(), score.quadrant(),
                score.attractiveness(), score.strength(), score.score(), board.rank(accountId), List.of(),
                designation);
    }
}
