package org.kamworkbench.service.account;

import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.service.accounts.AccountGroups;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.accounts.AccountTable;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.AccountProfileRepository;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.AccountTeamRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * The account page's data and its profile edits. Each edit is validated, saved in one transaction
 * and recorded in the session's {@link EditHistory}.
 */
public final class AccountPageService {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AccountRepository accounts;
    private final AccountProfileRepository profiles;
    private final AccountTeamRepository teams;
    private final ColleagueRepository colleagues;
    private final AccountService accountService;
    private final PortfolioService portfolio;
    private final EditHistory history;
    private final EditGuard edits;

    /** {@code edits} checks the versions of an account's fields and of its needs and notes, each kept apart. */
    public AccountPageService(AccountRepository accounts, AccountProfileRepository profiles, AccountTeamRepository teams,
                              ColleagueRepository colleagues, AccountService accountService, PortfolioService portfolio,
                              EditHistory history, EditGuard edits) {
        this.edits = edits;
        this.accounts = accounts;
        this.profiles = profiles;
        this.teams = teams;
        this.colleagues = colleagues;
        this.accountService = accountService;
        this.portfolio = portfolio;
        this.history = history;
    }

    /** @throws IllegalArgumentException when there is no such account */
    public AccountOverview overview(long accountId) {
        Account account = require(accountId);
        AccountTable table = accountService.table();
        Map<String, AccountRow> rows = new HashMap<>();
        List<Account> all = new ArrayList<>();
        table.rows().forEach(r -> {
            rows.put(r.account().externalId(), r);
            all.add(r.account());
        });
        AccountGroups groups = new AccountGroups(all);
        List<String> missing = new ArrayList<>();
        Account top = groups.topOf(account);
        BigDecimal groupRevenue = rolledUp(groups, top, rows, missing);
        List<GroupMember> children = new ArrayList<>();
        for (Account child : groups.childrenOf(account)) {
            children.add(new GroupMember(child, rolledUp(groups, child, rows, new ArrayList<>())));
        }
        AccountRow own = rows.get(account.externalId());
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>(own == null ? Map.of() : own.revenueByYear());
        return new AccountOverview(account, profile(accountId), groups.parentOf(account), children, top,
                groupRevenue, table.reportingCurrency(), byYear, missing, abcClass(account), leadKam(accountId));
    }

    /** The account with this CRM id, if the workspace holds it. */
    public java.util.Optional<Account> findByExternalId(String externalId) {
        return accounts.findByExternalId(externalId);
    }

    public AccountProfile profile(long accountId) {
        return profiles.find(accountId).orElse(AccountProfile.empty(accountId));
    }

    /**
     * The versions of an account's fields and of its needs and notes as they are now: what the overview's saves
     * are based on. Read them before the account, so a change in between is refused rather than overwritten.
     */
    public Versions versions(long accountId) {
        return edits.read(List.of(VersionKey.account(accountId), VersionKey.accountProfile(accountId)));
    }

    /**
     * Saves a changed profile of an account (the external id cannot change), not based on a version read.
     *
     * @throws IllegalArgumentException with a user sentence when a field is invalid
     */
    public Account updateAccount(Account changed) {
        return updateAccount(changed, EditGuard.UNREAD);
    }

    /**
     * Saves a changed profile of an account based on the version {@code basedOn} of its fields ({@link #versions}):
     * refused ({@link org.kamworkbench.service.edit.StaleEditException}) when someone else saved them since, so an
     * older form never puts back a field another person changed. An unchanged form saves nothing.
     *
     * @throws IllegalArgumentException with a user sentence when a field is invalid
     */
    public Account updateAccount(Account changed, long basedOn) {
        Account old = require(changed.id());
        Account clean = validate(old, changed);
        if (clean.sameContentAs(old)) {
            return old;
        }
        VersionKey key = VersionKey.account(old.id());
        edits.save(key, basedOn, () -> {
            accounts.saveAll(List.of(), List.of(clean));
            return clean;
        });
        long after = EditGuard.versionAfter(basedOn);
        history.record("Edit of " + old.name(), () -> edits.save(key, after, () -> {
            accounts.saveAll(List.of(), List.of(old));
            return old;
        }));
        return clean;
    }

    /** Saves an account's needs and notes, not based on a version read. */
    public AccountProfile updateProfile(AccountProfile changed) {
        return updateProfile(changed, EditGuard.UNREAD);
    }

    /**
     * Saves an account's needs and notes based on their version {@code basedOn} ({@link #versions}): refused when
     * someone else saved them since. Unchanged needs and notes save nothing.
     *
     * @throws IllegalArgumentException when the complexity is not 1–5 or a need is blank
     */
    public AccountProfile updateProfile(AccountProfile changed, long basedOn) {
        Account account = require(changed.accountId());
        if (changed.complexity() != null && (changed.complexity() < 1 || changed.complexity() > 5)) {
            throw new UserInputException("account.complexityRange");
        }
        AccountProfile clean = new AccountProfile(changed.accountId(), cleanList(changed.languages()),
                cleanList(changed.expertise()), changed.complexity(), blankToNull(changed.notes()));
        AccountProfile old = profile(changed.accountId());
        if (clean.equals(old)) {
            return old;
        }
        VersionKey key = VersionKey.accountProfile(account.id());
        edits.save(key, basedOn, () -> {
            profiles.save(clean);
            return clean;
        });
        long after = EditGuard.versionAfter(basedOn);
        history.record("Edit of " + account.name() + "'s needs and notes", () -> edits.save(key, after, () -> {
            profiles.save(old);
            return old;
        }));
        return clean;
    }

    private Account validate(Account old, Account c) {
        if (!Objects.equals(old.externalId(), c.externalId())) {
            throw new UserInputException("account.idFixed");
        }
        String name = blankToNull(c.name());
        if (name == null) {
            throw new UserInputException("account.noName");
        }
        String country = blankToNull(c.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new UserInputException("account.badCountry", c.country());
            }
        }
        String currency = blankToNull(c.currency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("account.badCurrency", c.currency());
            }
        }
        if (c.annualRevenue() != null && c.annualRevenue().signum() < 0) {
            throw new UserInputException("account.negativeRevenue");
        }
        if (c.employees() != null && c.employees() < 0) {
            throw new UserInputException("account.negativeEmployees");
        }
        String parent = blankToNull(c.parentExternalId());
        if (parent != null) {
            List<Account> all = accounts.findAll();
            if (all.stream().noneMatch(a -> a.externalId().equals(c.parentExternalId()))) {
                throw new UserInputException("account.noParent", parent);
            }
            if (new AccountGroups(all).wouldLoop(old, parent)) {
                throw new UserInputException("account.parentLoop", parent, old.name());
            }
        }
        return new Account(old.id(), old.externalId(), name, blankToNull(c.owner()), country,
                blankToNull(c.region()), blankToNull(c.division()), blankToNull(c.industry()), blankToNull(c.type()),
                currency, c.annualRevenue(), c.employees(), parent, blankToNull(c.website()));
    }

    private Account require(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new UserInputException("account.missing", String.valueOf(accountId)));
    }

    private static BigDecimal rolledUp(AccountGroups groups, Account a, Map<String, AccountRow> rows,
                                       List<String> missing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Account x : groups.subtree(a)) {
            AccountRow row = rows.get(x.externalId());
            if (row == null) {
                continue;
            }
            for (BigDecimal v : row.revenueByYear().values()) {
                sum = sum.add(v);
            }
            row.unconvertedYears().stream().sorted().forEach(y -> missing.add(x.name() + " " + y));
        }
        return sum;
    }

    /** The account's ABC class over the last twelve months, null without revenue or rates. */
    private String abcClass(Account account) {
        try {
            ParetoCurve curve = portfolio.analyze(portfolio.load(), AnalysisRequest.of(PeriodSpec.lastTwelveMonths()))
                    .curve();
            for (int rank = 0; rank < curve.size(); rank++) {
                if (curve.account(rank).id() == account.id()) {
                    return curve.abcClass(rank);
                }
            }
            return null;
        } catch (PortfolioInputException | MissingRateException e) {
            return null;
        }
    }

    private Colleague leadKam(long accountId) {
        return teams.findByAccount(accountId).stream().filter(AccountTeamMember::lead).findFirst()
                .flatMap(m -> colleagues.find(m.colleagueId())).orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> cleanList(List<String> values) {
        return values.stream().map(AccountPageService::blankToNull).filter(Objects::nonNull).distinct().toList();
    }
}
