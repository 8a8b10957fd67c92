package org.kamworkbench.service.criteria;

import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.kamworkbench.service.message.Sentence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.CriteriaRepository;
import org.kamworkbench.service.port.DesignationRepository;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RatingRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * Strategic account identification (issue 4): versioned criteria sets, ratings, scoring and the
 * KAM portfolio matrix, designations, the review alert and the criteria review date.
 *
 * <p>Usage: {@link #load(Integer)} the scoring data once (it reads the workspace), then score any
 * set over it as often as weights move ({@link ScoringData#score}). Writes are one transaction each.
 */
public final class KeyAccountService {
    private final CriteriaRepository criteria;
    private final RatingRepository ratings;
    private final DesignationRepository designations;
    private final EffortRepository effort;
    private final PortfolioService portfolio;
    private final RatesRepository rates;
    private final SettingsRepository settings;
    private final TableFiles files;
    private final Clock clock;

    private final EditGuard edits;

    /** {@code edits} checks the versions of ratings (per account and criterion) and designations (per account). */
    public KeyAccountService(CriteriaRepository criteria, RatingRepository ratings, DesignationRepository designations,
                             EffortRepository effort, PortfolioService portfolio, RatesRepository rates,
                             SettingsRepository settings, TableFiles files, Clock clock, EditGuard edits) {
        this.edits = edits;
        this.criteria = criteria;
        this.ratings = ratings;
        this.designations = designations;
        this.effort = effort;
        this.portfolio = portfolio;
        this.rates = rates;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- criteria sets ---

    /** The set scoring uses: the most recently saved version of any set. */
    public Optional<CriteriaSet> currentSet() {
        return criteria.current();
    }

    /** The newest version of every set, most recently saved first. */
    public List<CriteriaSet> latestSets() {
        return criteria.latestVersions();
    }

    /** Every version of a set, oldest first. */
    public List<CriteriaSet> versions(String name) {
        return criteria.versions(name);
    }

    /**
     * Saves the set as a new dated version of the set with its name.
     *
     * @throws CriteriaInputException with every rule it breaks
     */
    public CriteriaSet save(CriteriaSet set) {
        List<org.kamworkbench.service.message.Sentence> problems = CriteriaValidator.problems(set);
        if (!problems.isEmpty()) {
            throw new CriteriaInputException(problems);
        }
        return criteria.saveNewVersion(set, LocalDateTime.now(clock).withNano(0));
    }

    /** Validates a file's set and saves it as a new version (see {@link #save}). */
    public CriteriaSet importCriteria(CriteriaDraft draft) {
        return save(CriteriaValidator.toSet(draft));
    }

    /** The sets whose review date has come, oldest due first. */
    public List<CriteriaSet> reviewsDue() {
        LocalDate today = today();
        return criteria.latestVersions().stream().filter(s -> !s.reviewDue().isAfter(today))
                .sorted(Comparator.comparing(CriteriaSet::reviewDue)).toList();
    }

    // --- scoring ---

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
        return data.hasRevenue() ? data.latestCompleteYear() : today().getYear() - 1;
    }

    /**
     * Scores the newest version of the set with this name.
     *
     * @throws CriteriaInputException for an unknown name or a set that cannot be scored
     */
    public Scoreboard score(ScoringData data, String setName) {
        List<CriteriaSet> versions = criteria.versions(setName);
        if (versions.isEmpty()) {
            throw new CriteriaInputException("criteria.noSuchSet", setName, String.join(", ", latestSets().stream().map(CriteriaSet::name).toList()));
        }
        return data.score(versions.get(versions.size() - 1));
    }

    /** Scores the current set. @throws CriteriaInputException when there is none or it cannot be scored */
    public Scoreboard score(ScoringData data) {
        CriteriaSet set = currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSetDefine"));
        return data.score(set);
    }

    /** The accounts that change quadrant between two sets (versions), and why. */
    public VersionComparison compare(ScoringData data, CriteriaSet before, CriteriaSet after) {
        return VersionComparison.compare(data, before, after);
    }

    /** The version saved before {@code set}, if any. */
    public Optional<CriteriaSet> previousVersion(CriteriaSet set) {
        return criteria.versions(set.name()).stream().filter(v -> v.version() < set.version())
                .max(Comparator.comparingInt(CriteriaSet::version));
    }

    public List<Sensitivity.Case> sensitivity(ScoringData data, CriteriaSet set) {
        return Sensitivity.analyse(data, set);
    }

    /**
     * The account header's summary (for the account page and other features): the account's
     * quadrant and scores under the current set, or why it has none, and its current designation.
     */
    public KeyAccountStatus status(long accountId) {
        Designation designation = currentDesignation(accountId).orElse(null);
        Optional<CriteriaSet> set = currentSet();
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
                    Double.NaN, Double.NaN, 0, score == null ? List.of(Sentence.of("criteria.missing.unknownAccount")) : score.missing(),
                    designation);
        }
        return new KeyAccountStatus(KeyAccountStatus.State.SCORED, s.name(), s.version(), score.quadrant(),
                score.attractiveness(), score.strength(), score.score(), board.rank(accountId), List.of(),
                designation);
    }

    // --- ratings, effort, spend ---

    public List<Rating> ratings() {
        return ratings.findAll();
    }

    /**
     * Sets (or, with level 0, clears) an account's rating on a manual criterion of the current set.
     *
     * @throws CriteriaInputException for an unknown criterion or a level outside its scale
     */
    public Rating rate(long accountId, String criterionName, int level, String author, String comment) {
        return rate(accountId, criterionName, level, author, comment, EditGuard.UNREAD);
    }

    /**
     * Sets (or, with level 0, clears) an account's rating on a manual criterion of the current set, based on the
     * rating's version {@code basedOn} (see {@link #ratingVersions}): refused when someone else rated it since.
     */
    public Rating rate(long accountId, String criterionName, int level, String author, String comment,
                       long basedOn) {
        CriteriaSet set = currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSet"));
        var criterion = set.criterion(criterionName);
        if (criterion == null || !criterion.source().manual()) {
            throw new CriteriaInputException("criteria.notManual", criterionName, set.name());
        }
        VersionKey key = VersionKey.rating(accountId, criterion.name());
        if (level == 0) {
            return edits.save(author, key, basedOn, true, () -> {
                ratings.delete(accountId, criterion.name());
                return null;
            });
        }
        if (level < 1 || level > criterion.scale()) {
            throw new CriteriaInputException("criteria.levelOutside", String.valueOf(level), String.valueOf(criterion.scale()), criterion.name());
        }
        Rating rating = new Rating(accountId, criterion.name(), level, today(), author, comment);
        return edits.save(author, key, basedOn, false, () -> {
            ratings.saveAll(List.of(rating));
            return rating;
        });
    }

    /** The versions of every rating, in one query: what the rating grid's saves are based on. */
    public Versions ratingVersions() {
        return edits.readAll(VersionKey.Kind.RATING, List.of());
    }

    /** The versions of every account's designation, in one query: what the designations screen's saves are based on. */
    public Versions designationVersions() {
        return edits.readAll(VersionKey.Kind.DESIGNATION, List.of());
    }

    /** The version of an account's designation: what its next designation is based on. */
    public long designationVersion(long accountId) {
        return edits.read(VersionKey.designation(accountId)).number();
    }

    /** Imports a ratings file against the current set; returns how many ratings were stored. */
    public int importRatings(Path file, String author) {
        return importRatingsFile(file, author).ratings();
    }

    /**
     * Imports a ratings file against the current set, one row per rating or the wide sheet (an account
     * column, then one column per criterion); says how many were stored and which form was read.
     */
    public RatingsImport importRatingsFile(Path file, String author) {
        CriteriaSet set = currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSetToRate"));
        return imports().ratingsAnyForm(file, set, author, today(), this::storeImported);
    }

    /** Imported ratings move their versions on, so a grid read before the import cannot save over them. */
    private void storeImported(List<Rating> imported) {
        Map<VersionKey, Long> unread = new java.util.LinkedHashMap<>();
        imported.forEach(r -> unread.put(VersionKey.rating(r.accountId(), r.criterion()), EditGuard.UNREAD));
        String author = imported.isEmpty() ? null : imported.get(0).author();
        edits.saveAll(author, unread, () -> {
            ratings.saveAll(imported);
            return null;
        });
    }

    public int importEffort(Path file) {
        List<Effort> list = imports().efforts(file);
        effort.saveEfforts(list);
        return list.size();
    }

    public int importEstimatedSpend(Path file) {
        List<EstimatedSpend> list = imports().spend(file);
        effort.saveEstimatedSpend(list);
        return list.size();
    }

    public List<Effort> efforts() {
        return effort.efforts();
    }

    /**
     * Enters the effort of an account in a year (replacing what was there).
     *
     * @throws CriteriaInputException for negative numbers or neither hours nor budget
     */
    public Effort enterEffort(long accountId, int year, BigDecimal hours, BigDecimal budget) {
        if (hours == null && budget == null) {
            throw new CriteriaInputException("criteria.effortMissing", String.valueOf(year));
        }
        if ((hours != null && hours.signum() < 0) || (budget != null && budget.signum() < 0)) {
            throw new CriteriaInputException("criteria.effortNegative");
        }
        Effort e = new Effort(accountId, year, hours, budget);
        effort.saveEfforts(List.of(e));
        return e;
    }

    /** The client's estimated spend of an account, or null. */
    /** Every account's estimated spend. */
    public List<EstimatedSpend> estimatedSpends() {
        return effort.estimatedSpend();
    }

    public EstimatedSpend estimatedSpend(long accountId) {
        return effort.estimatedSpend().stream().filter(s -> s.accountId() == accountId).findFirst().orElse(null);
    }

    /**
     * Enters the client's estimated yearly spend (for share of wallet).
     *
     * @throws CriteriaInputException for a negative amount or an unknown currency
     */
    public EstimatedSpend enterEstimatedSpend(long accountId, BigDecimal amount, String currency) {
        String code = org.kamworkbench.service.imports.parse.Currencies.code(currency);
        if (code == null) {
            throw new CriteriaInputException("criteria.badCurrency", currency);
        }
        if (amount == null || amount.signum() <= 0) {
            throw new CriteriaInputException("criteria.spendPositive");
        }
        EstimatedSpend s = new EstimatedSpend(accountId, amount, code);
        effort.saveEstimatedSpend(List.of(s));
        return s;
    }

    private InputImports imports() {
        List<Account> accounts = portfolio.load().accounts();
        return new InputImports(files, accounts);
    }

    // --- designations and the review alert ---

    /**
     * Confirms an account's status.
     *
     * @throws CriteriaInputException without a reason
     */
    public Designation designate(long accountId, DesignationStatus status, String reason, String author) {
        return designate(accountId, status, reason, author, EditGuard.UNREAD);
    }

    /**
     * Confirms an account's status based on its designation's version {@code basedOn}
     * ({@link #designationVersion}): refused when someone else designated it since.
     */
    public Designation designate(long accountId, DesignationStatus status, String reason, String author,
                                 long basedOn) {
        if (reason == null || reason.isBlank()) {
            throw new CriteriaInputException("criteria.designationReason", status.ordinal());
        }
        Designation d = new Designation(accountId, status, reason.trim(), today(), author);
        return edits.save(author, VersionKey.designation(accountId), basedOn, false, () -> {
            designations.add(d);
            return d;
        });
    }

    /**
     * Confirms one status for several accounts with one reason, in one transaction.
     *
     * @throws CriteriaInputException without a reason or without accounts
     */
    public List<Designation> designateAll(java.util.Collection<Long> accountIds, DesignationStatus status,
                                          String reason, String author) {
        return designateAll(accountIds, status, reason, author, null);
    }

    /**
     * Confirms one status for several accounts with one reason, in one transaction, each based on its
     * designation's version in {@code read} ({@link #designationVersions}; null: not based on a read): refused,
     * nothing saved, when someone else designated any of them since.
     *
     * @throws CriteriaInputException without a reason or without accounts
     */
    public List<Designation> designateAll(java.util.Collection<Long> accountIds, DesignationStatus status,
                                          String reason, String author, Versions read) {
        if (accountIds.isEmpty()) {
            throw new CriteriaInputException("criteria.designateNone");
        }
        if (reason == null || reason.isBlank()) {
            throw new CriteriaInputException("criteria.designationReasonAll", status.ordinal());
        }
        List<Designation> list = accountIds.stream().distinct()
                .map(id -> new Designation(id, status, reason.trim(), today(), author)).toList();
        Map<VersionKey, Long> basedOn = new HashMap<>();
        list.forEach(d -> basedOn.put(VersionKey.designation(d.accountId()),
                read == null ? EditGuard.UNREAD : read.of(VersionKey.designation(d.accountId()))));
        return edits.saveAll(author, basedOn, () -> {
            designations.addAll(list);
            return list;
        });
    }

    /** The whole designation history, by account, oldest first. */
    public List<Designation> designations() {
        return designations.history();
    }

    public Optional<Designation> currentDesignation(long accountId) {
        return designations.history().stream().filter(d -> d.accountId() == accountId).reduce((a, b) -> b);
    }

    /** The current designation of every designated account. */
    public Map<Long, Designation> currentDesignations() {
        Map<Long, Designation> current = new HashMap<>();
        designations.history().forEach(d -> current.put(d.accountId(), d));
        return current;
    }

    /** The accounts whose current designation is KEY: the product's key accounts (see {@link DesignatedKeyAccounts}). */
    public Set<Long> designatedKeyAccounts() {
        Set<Long> key = new HashSet<>();
        currentDesignations().forEach((id, d) -> {
            if (d.status() == DesignationStatus.KEY) {
                key.add(id);
            }
        });
        return key;
    }

    /** Key accounts not growing despite effort, for the current set's number of months (default 12). */
    public List<ReviewAlert> reviewAlerts() {
        return reviewAlerts(portfolio.load());
    }

    /** As {@link #reviewAlerts()}, on portfolio data the caller has already read. */
    public List<ReviewAlert> reviewAlerts(PortfolioData data) {
        int months = currentSet().map(CriteriaSet::keyReviewMonths).orElse(CriteriaSet.DEFAULT_REVIEW_MONTHS);
        return ReviewAlerts.find(portfolio, data, designations.history(), effort.efforts(), months,
                today());
    }
}
