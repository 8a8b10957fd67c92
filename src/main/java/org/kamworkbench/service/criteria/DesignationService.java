package org.kamworkbench.service.criteria;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.port.DesignationRepository;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * Which accounts we treat as key (or development, ...) and why: the dated designation history, each
 * save checked against the account's designation version, and the review alert on key accounts that
 * do not grow despite the effort spent on them.
 */
public final class DesignationService {
    private final DesignationRepository designations;
    private final CriteriaSetService sets;
    private final PortfolioService portfolio;
    private final EffortRepository effort;
    private final EditGuard edits;
    private final Clock clock;

    /** {@code edits} checks the versions of designations (per account). */
    public DesignationService(DesignationRepository designations, CriteriaSetService sets,
                              PortfolioService portfolio, EffortRepository effort, EditGuard edits, Clock clock) {
        this.designations = designations;
        this.sets = sets;
        this.portfolio = portfolio;
        this.effort = effort;
        this.edits = edits;
        this.clock = clock;
    }

    /** The versions of every account's designation, in one query: what the designations screen's saves are based on. */
    public Versions versions() {
        return edits.readAll(VersionKey.Kind.DESIGNATION, List.of());
    }

    /** The version of an account's designation: what its next designation is based on. */
    public long version(long accountId) {
        return edits.read(VersionKey.designation(accountId)).number();
    }

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
     * ({@link #version}): refused when someone else designated it since.
     */
    public Designation designate(long accountId, DesignationStatus status, String reason, String author,
                                 long basedOn) {
        if (reason == null || reason.isBlank()) {
            throw new CriteriaInputException("criteria.designationReason", status.ordinal());
        }
        Designation d = new Designation(accountId, status, reason.trim(), LocalDate.now(clock), author);
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
    public List<Designation> designateAll(Collection<Long> accountIds, DesignationStatus status, String reason,
                                          String author) {
        return designateAll(accountIds, status, reason, author, null);
    }

    /**
     * Confirms one status for several accounts with one reason, in one transaction, each based on its
     * designation's version in {@code read} ({@link #versions}; null: not based on a read): refused,
     * nothing saved, when someone else designated any of them since.
     *
     * @throws CriteriaInputException without a reason or without accounts
     */
    public List<Designation> designateAll(Collection<Long> accountIds, DesignationStatus status, String reason,
                                          String author, Versions read) {
        if (accountIds.isEmpty()) {
            throw new CriteriaInputException("criteria.designateNone");
        }
        if (reason == null || reason.isBlank()) {
            throw new CriteriaInputException("criteria.designationReasonAll", status.ordinal());
        }
        List<Designation> list = accountIds.stream().distinct()
                .map(id -> new Designation(id, status, reason.trim(), LocalDate.now(clock), author)).toList();
        Map<VersionKey, Long> basedOn = new HashMap<>();
        list.forEach(d -> basedOn.put(VersionKey.designation(d.accountId()),
                read == null ? EditGuard.UNREAD : read.of(VersionKey.designation(d.accountId()))));
        return edits.saveAll(author, basedOn, () -> {
            designations.addAll(list);
            return list;
        });
    }

    /** The whole designation history, by account, oldest first. */
    public List<Designation> history() {
        return designations.history();
    }

    /** An account's current designation, if it has one. */
    public Optional<Designation> current(long accountId) {
        return designations.history().stream().filter(d -> d.accountId() == accountId).reduce((a, b) -> b);
    }

    /** The current designation of every designated account. */
    public Map<Long, Designation> currentByAccount() {
        Map<Long, Designation> current = new HashMap<>();
        designations.history().forEach(d -> current.put(d.accountId(), d));
        return current;
    }

    /** The accounts whose current designation is KEY: the product's key accounts (see {@link DesignatedKeyAccounts}). */
    public Set<Long> designatedKeyAccounts() {
        Set<Long> key = new HashSet<>();
        currentByAccount().forEach((id, d) -> {
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
        int months = sets.currentSet().map(CriteriaSet::keyReviewMonths).orElse(CriteriaSet.DEFAULT_REVIEW_MONTHS);
        return ReviewAlerts.find(portfolio, data, designations.history(), effort.efforts(), months,
                LocalDate.now(clock));
    }
}
