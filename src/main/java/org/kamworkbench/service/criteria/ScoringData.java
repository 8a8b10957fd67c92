package org.kamworkbench.service.criteria;

import org.kamworkbench.service.message.Sentence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;

/**
 * What scoring reads, loaded once: the accounts, their ratings, and the data of the scoring year
 * (our revenue and growth from the portfolio analysis, the clients' size converted at the year's FX
 * rate, head counts, estimated spend). Scoring a set over it is pure computation, fast enough to
 * run on every move of a weight slider. Immutable apart from a cache of derived values.
 */
public final class ScoringData {
    private static final MathContext PERCENT = MathContext.DECIMAL64;

    private final List<Account> accounts;
    private final int year;
    private final Map<Long, Map<String, Rating>> ratings = new HashMap<>();
    private final PortfolioAnalysis analysis;
    private final String analysisProblem;
    private final Map<String, BigDecimal> revenueByExternalId;
    private final Map<String, String> abcByExternalId;
    private final FxTable fx;
    private final Map<Long, EstimatedSpend> spend = new HashMap<>();
    private final Map<String, DerivedValues> cache = new ConcurrentHashMap<>();

    /** Values of one data source per account (index as in {@link #accounts()}), null when missing. */
    record DerivedValues(BigDecimal[] values, Sentence missingReason) {
    }

    /**
     * @param analysis        the portfolio analysis of the scoring year, or null when there is none
     * @param analysisProblem why there is none (shown when a set needs revenue), or null
     */
    ScoringData(List<Account> accounts, int year, List<Rating> ratingList, PortfolioAnalysis analysis,
                String analysisProblem, Map<String, BigDecimal> revenueByExternalId,
                Map<String, String> abcByExternalId, FxTable fx, List<EstimatedSpend> spendList) {
        this.accounts = List.copyOf(accounts);
        this.year = year;
        this.analysis = analysis;
        this.analysisProblem = analysisProblem;
        this.revenueByExternalId = revenueByExternalId;
        this.abcByExternalId = abcByExternalId;
        this.fx = fx;
        for (Rating r : ratingList) {
            ratings.computeIfAbsent(r.accountId(), k -> new HashMap<>()).put(key(r.criterion()), r);
        }
        spendList.forEach(s -> spend.put(s.accountId(), s));
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** The year of data-derived criteria. */
    public int year() {
        return year;
    }

    public String reportingCurrency() {
        return fx.reportingCurrency();
    }

    /** The portfolio analysis of the scoring year, or null when there is none (no revenue that year). */
    public PortfolioAnalysis analysis() {
        return analysis;
    }

    /** The rating of an account on a criterion (by name), or null. */
    public Rating rating(long accountId, String criterion) {
        Map<String, Rating> of = ratings.get(accountId);
        return of == null ? null : of.get(key(criterion));
    }

    /** Our revenue with the account in the scoring year (reporting currency); zero without revenue. */
    public BigDecimal revenue(Account account) {
        return revenueByExternalId.getOrDefault(account.externalId(), BigDecimal.ZERO);
    }

    /** The account's ABC class in the scoring year ("A", "B", "C"), "" without positive revenue. */
    public String abcClass(Account account) {
        return abcByExternalId.getOrDefault(account.externalId(), "");
    }

    /**
     * True when the workspace holds this source's data for at least one account (growth: revenue in
     * the scoring year and the year before; share of wallet: an estimated spend entered or imported).
     * Templates propose only the data-derived criteria this holds for.
     */
    public boolean hasData(CriterionSource source) {
        return switch (source) {
            case MANUAL -> true;
            case REVENUE -> analysis != null;
            case GROWTH -> analysis != null && java.util.stream.IntStream.range(0, analysis.data().accounts().size())
                    .anyMatch(i -> analysis.growthOf(i).nominal().isPresent());
            case ANNUAL_REVENUE -> accounts.stream().anyMatch(a -> a.annualRevenue() != null);
            case EMPLOYEES -> accounts.stream().anyMatch(a -> a.employees() != null);
            case SHARE_OF_WALLET -> spend.values().stream().anyMatch(s -> s.amount().signum() > 0);
        };
    }

    /**
     * Scores every account.
     *
     * @throws CriteriaInputException when the set needs data the workspace cannot give (no revenue
     *                                in the year, a missing FX rate)
     */
    public Scoreboard score(CriteriaSet set) {
        List<Criterion> criteria = set.criteria();
        int[][] levels = new int[accounts.size()][criteria.size()];
        Sentence[] missingReasons = new Sentence[criteria.size()];
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            if (criterion.source().manual()) {
                fillRatings(criterion, c, levels);
                missingReasons[c] = Sentence.of("criteria.missing.rating", criterion.name());
            } else {
                DerivedValues derived = values(criterion.source(), criterion.growthKind());
                fillDerived(criterion, c, derived.values(), levels);
                missingReasons[c] = Sentence.of("criteria.missing.value", derived.missingReason(), criterion.name());
            }
        }
        List<AccountScore> scores = new ArrayList<>(accounts.size());
        for (int a = 0; a < accounts.size(); a++) {
            scores.add(scoreOne(set, accounts.get(a), levels[a], missingReasons));
        }
        return new Scoreboard(set, year, scores);
    }

    private static AccountScore scoreOne(CriteriaSet set, Account account, int[] levels, Sentence[] reasons) {
        List<Sentence> missing = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            if (levels[c] == 0) {
                missing.add(reasons[c]);
            }
        }
        if (!missing.isEmpty()) {
            return new AccountScore(account, Double.NaN, Double.NaN, Double.NaN, null, levels, missing);
        }
        double attractiveness = Scorer.score(set.criteria(), levels, org.kamworkbench.domain.Axis.ATTRACTIVENESS);
        double strength = Scorer.score(set.criteria(), levels, org.kamworkbench.domain.Axis.STRENGTH);
        return new AccountScore(account, attractiveness, strength, Scorer.score(set.criteria(), levels, null),
                Scorer.quadrant(attractiveness, strength, set.quadrantCut()), levels, List.of());
    }

    private void fillRatings(Criterion criterion, int c, int[][] levels) {
        for (int a = 0; a < accounts.size(); a++) {
            Rating r = rating(accounts.get(a).id(), criterion.name());
            // a rating outside the scale (the scale shrank since) counts as missing, never as clipped
            levels[a][c] = r != null && r.level() >= 1 && r.level() <= criterion.scale() ? r.level() : 0;
        }
    }

    private static void fillDerived(Criterion criterion, int c, BigDecimal[] values, int[][] levels) {
        if (criterion.byQuantiles()) {
            double[] doubles = new double[values.length];
            for (int a = 0; a < values.length; a++) {
                doubles[a] = values[a] == null ? Double.NaN : values[a].doubleValue();
            }
            int[] q = LevelMapping.byQuantiles(doubles, criterion.scale());
            for (int a = 0; a < values.length; a++) {
                levels[a][c] = q[a];
            }
            return;
        }
        for (int a = 0; a < values.length; a++) {
            levels[a][c] = values[a] == null ? 0 : LevelMapping.byThresholds(criterion.thresholds(), values[a]);
        }
    }

    /** The value of a data source for every account; computed once per source. */
    DerivedValues values(CriterionSource source, GrowthKind growth) {
        String key = source == CriterionSource.GROWTH ? source + ":" + growth : source.name();
        DerivedValues cached = cache.get(key);
        if (cached == null) {
            cached = compute(source, growth);
            cache.put(key, cached);
        }
        return cached;
    }

    private DerivedValues compute(CriterionSource source, GrowthKind growth) {
        BigDecimal[] values = new BigDecimal[accounts.size()];
        for (int a = 0; a < values.length; a++) {
            Account account = accounts.get(a);
            values[a] = switch (source) {
                case REVENUE -> {
                    requireAnalysis();
                    yield revenue(account);
                }
                case GROWTH -> growthPercent(account, growth);
                case ANNUAL_REVENUE -> account.annualRevenue() == null ? null
                        : convert(account.annualRevenue(), account.currency(),
                        Sentence.of("criteria.what.annualRevenue", name(account)));
                case EMPLOYEES -> account.employees() == null ? null : BigDecimal.valueOf(account.employees());
                case SHARE_OF_WALLET -> shareOfWallet(account);
                case MANUAL -> throw new IllegalArgumentException("manual criteria have no data values");
            };
        }
        Sentence reason = switch (source) {
            case GROWTH -> Sentence.of("criteria.missing.growth." + growth.name().toLowerCase(Locale.ROOT),
                    String.valueOf(year));
            case ANNUAL_REVENUE -> Sentence.of("criteria.missing.annualRevenue");
            case EMPLOYEES -> Sentence.of("criteria.missing.employees");
            case SHARE_OF_WALLET -> Sentence.of("criteria.missing.spend");
            default -> Sentence.of("criteria.missing.noValue");
        };
        return new DerivedValues(values, reason);
    }

    private BigDecimal growthPercent(Account account, GrowthKind kind) {
        requireAnalysis();
        int index = analysis.data().indexOf(account.externalId());
        if (index < 0) {
            return null;
        }
        Growth g = analysis.growthOf(index);
        OptionalDouble value = kind == GrowthKind.REAL ? g.real() : g.nominal();
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble() * 100) : null;
    }

    /**
     * Our revenue of the scoring year as a percentage of the account's estimated spend, or null when
     * there is no spend, no analysis or no FX rate to convert it.
     */
    public BigDecimal shareOfWalletPercent(Account account) {
        try {
            return analysis == null ? null : shareOfWallet(account);
        } catch (CriteriaInputException e) {
            return null;
        }
    }

    private BigDecimal shareOfWallet(Account account) {
        EstimatedSpend s = spend.get(account.id());
        if (s == null || s.amount().signum() <= 0) {
            return null;
        }
        requireAnalysis();
        BigDecimal wallet = convert(s.amount(), s.currency(), Sentence.of("criteria.what.spend", name(account)));
        return revenue(account).multiply(BigDecimal.valueOf(100)).divide(wallet, PERCENT);
    }

    private BigDecimal convert(BigDecimal amount, String currency, Sentence what) {
        String code = currency == null || currency.isBlank() ? fx.reportingCurrency() : currency;
        BigDecimal rate = fx.rateOrNull(code, year, org.kamworkbench.domain.FxRate.WHOLE_YEAR);
        if (rate == null) {
            throw new CriteriaInputException("criteria.noRate", code, String.valueOf(year), fx.reportingCurrency(), what);
        }
        return amount.multiply(rate);
    }

    private void requireAnalysis() {
        if (analysis == null) {
            throw new CriteriaInputException(analysisProblem);
        }
    }

    private static String name(Account account) {
        return account.name() + " (" + account.externalId() + ")";
    }

    private static String key(String criterion) {
        return criterion.trim().toLowerCase(Locale.ROOT);
    }
}
