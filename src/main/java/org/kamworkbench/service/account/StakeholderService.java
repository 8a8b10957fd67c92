package org.kamworkbench.service.account;

import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;

import org.kamworkbench.service.message.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kamworkbench.domain.OrgChart;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.port.AccountProfileRepository;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/**
 * An account's stakeholder map: the people, their reports-to tree and the coverage warnings.
 * Every change is validated (a reports-to circle is refused), saved in one transaction and
 * recorded in the session's {@link EditHistory}.
 */
public final class StakeholderService {
    public static final int MAX_STALE_DAYS = 3650;

    private final StakeholderRepository stakeholders;
    private final AccountRepository accounts;
    private final ColleagueRepository colleagues;
    private final AccountProfileRepository settings;
    private final EditHistory history;
    private final Clock clock;
    private final Supplier<Map<Long, LocalDate>> lastInteractions;
    private final EditGuard edits;

    public StakeholderService(StakeholderRepository stakeholders, AccountRepository accounts,
                              ColleagueRepository colleagues, AccountProfileRepository settings, EditHistory history,
                              Clock clock, EditGuard edits) {
        this(stakeholders, accounts, colleagues, settings, history, clock, Map::of, edits);
    }

    /**
     * {@code lastInteractions} gives, per stakeholder id, the date of the latest logged interaction they
     * took part in: a stakeholder's last contact is the later of that and the date entered by hand.
     */
    public StakeholderService(StakeholderRepository stakeholders, AccountRepository accounts,
                              ColleagueRepository colleagues, AccountProfileRepository settings, EditHistory history,
                              Clock clock, Supplier<Map<Long, LocalDate>> lastInteractions, EditGuard edits) {
        this.edits = edits;
        this.lastInteractions = lastInteractions;
        this.stakeholders = stakeholders;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.settings = settings;
        this.history = history;
        this.clock = clock;
    }

    public List<Stakeholder> list(long accountId) {
        Map<Long, LocalDate> met = lastInteractions.get();
        return stakeholders.findByAccount(accountId).stream().map(s -> withLatestContact(s, met.get(s.id()))).toList();
    }

    private static Stakeholder withLatestContact(Stakeholder s, LocalDate met) {
        if (met == null || s.lastContact() != null && !met.isAfter(s.lastContact())) {
            return s;
        }
        return new Stakeholder(s.id(), s.accountId(), s.name(), s.title(), s.department(), s.email(), s.reportsToId(),
                s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(), met, s.notes());
    }

    public OrgChart chart(long accountId) {
        return OrgChart.of(list(accountId));
    }

    public List<CoverageWarning> warnings(long accountId) {
        return CoverageRules.check(list(accountId), LocalDate.now(clock), settings.staleContactDays());
    }

    public int staleContactDays() {
        return settings.staleContactDays();
    }

    /** @throws IllegalArgumentException unless 1 to {@link #MAX_STALE_DAYS} */
    public void setStaleContactDays(int days) {
        if (days < 1 || days > MAX_STALE_DAYS) {
            throw new UserInputException("stakeholder.staleRange", String.valueOf(MAX_STALE_DAYS));
        }
        settings.saveStaleContactDays(days);
    }

    /**
     * Adds (id 0) or changes a stakeholder.
     *
     * @throws IllegalArgumentException with a user sentence when a field is invalid or reports-to closes a circle
     */
    public Stakeholder save(Stakeholder s) {
        return save(s, EditGuard.UNREAD);
    }

    /** The versions of the stakeholders of {@code list}: what their saves are based on. */
    public Versions versions(List<Stakeholder> list) {
        return edits.read(list.stream().map(s -> VersionKey.stakeholder(s.id())).toList());
    }

    /**
     * Adds (id 0) or changes a stakeholder, a change based on the stakeholder's version {@code basedOn}
     * ({@link #versions}): refused when someone else changed or deleted them since.
     */
    public Stakeholder save(Stakeholder s, long basedOn) {
        if (accounts.find(s.accountId()).isEmpty()) {
            throw new UserInputException("account.missing", String.valueOf(s.accountId()));
        }
        String name = AccountPageService.blankToNull(s.name());
        if (name == null) {
            throw new UserInputException("stakeholder.noName");
        }
        if (name.length() > 255) {
            throw new UserInputException("stakeholder.nameTooLong");
        }
        if (s.influence() != null && (s.influence() < 1 || s.influence() > 5)) {
            throw new UserInputException("stakeholder.influenceRange");
        }
        if (s.lastContact() != null && s.lastContact().isAfter(LocalDate.now(clock))) {
            throw new UserInputException("stakeholder.futureContact", s.lastContact());
        }
        if (s.contactOwnerId() != null && colleagues.find(s.contactOwnerId()).isEmpty()) {
            throw new UserInputException("stakeholder.ownerUnknown");
        }
        Optional<Stakeholder> old = s.id() == 0 ? Optional.empty() : stakeholders.find(s.id());
        if (s.id() != 0 && old.isEmpty()) {
            RowVersion gone = edits.read(VersionKey.stakeholder(s.id()));
            if (gone.deleted() && basedOn >= 0 && gone.number() != basedOn) {
                edits.save(VersionKey.stakeholder(s.id()), basedOn, () -> null); // refused: says who deleted them
            }
            throw new UserInputException("stakeholder.deleted");
        }
        Stakeholder clean = new Stakeholder(s.id(), s.accountId(), name, AccountPageService.blankToNull(s.title()),
                AccountPageService.blankToNull(s.department()), AccountPageService.blankToNull(s.email()),
                s.reportsToId(), s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(),
                s.lastContact(), AccountPageService.blankToNull(s.notes()));
        if (clean.reportsToId() != null) {
            List<Stakeholder> current = list(s.accountId());
            List<Stakeholder> withNew = clean.id() == 0
                    ? concat(current, clean.withId(-1)) : current;
            org.kamworkbench.service.message.UserInputException.throwIf(
                    OrgChart.of(withNew).refusalOfReportsTo(clean.id() == 0 ? -1 : clean.id(), clean.reportsToId()));
        }
        Stakeholder saved = clean.id() == 0 ? stakeholders.save(clean)
                : edits.save(VersionKey.stakeholder(clean.id()), basedOn, () -> stakeholders.save(clean));
        // undo is a save too: based on the version this save left, so it never takes back a colleague's later change
        VersionKey key = VersionKey.stakeholder(saved.id());
        long after = edits.read(key).number();
        if (old.isEmpty()) {
            history.record("Adding " + saved.name(), () -> edits.delete(key, after, () -> stakeholders.delete(saved.id())));
        } else {
            Stakeholder before = old.get();
            history.record("Edit of " + before.name(), () -> edits.save(key, after, () -> stakeholders.save(before)));
        }
        return saved;
    }

    /**
     * Makes {@code stakeholderId} report to {@code managerId} (null: to nobody), as a drag on the chart does.
     *
     * @throws IllegalArgumentException when that would make a circle
     */
    public Stakeholder moveUnder(long stakeholderId, Long managerId) {
        return moveUnder(stakeholderId, managerId, EditGuard.UNREAD);
    }

    /** As {@link #moveUnder(long, Long)}, based on the person's version the chart showed: refused when changed since. */
    public Stakeholder moveUnder(long stakeholderId, Long managerId, long basedOn) {
        Stakeholder s = stakeholders.find(stakeholderId)
                .orElseThrow(() -> new UserInputException("stakeholder.deleted"));
        return save(s.withReportsTo(managerId), basedOn);
    }

    /** Deletes a stakeholder; their reports then report to nobody (undo puts them back under the restored person). */
    public void delete(long stakeholderId) {
        delete(stakeholderId, EditGuard.UNREAD);
    }

    /** As {@link #delete(long)}, based on the version the screen showed: refused when someone changed the person since. */
    public void delete(long stakeholderId, long basedOn) {
        Optional<Stakeholder> gone = stakeholders.find(stakeholderId);
        if (gone.isEmpty()) {
            return;
        }
        Stakeholder before = gone.get();
        List<Stakeholder> reports = list(before.accountId()).stream()
                .filter(x -> Long.valueOf(stakeholderId).equals(x.reportsToId())).toList();
        edits.delete(VersionKey.stakeholder(stakeholderId), basedOn, () -> stakeholders.delete(stakeholderId));
        history.record("Deleting " + before.name(), () -> {
            Stakeholder back = stakeholders.save(before.withId(0));
            reports.forEach(r -> stakeholders.find(r.id()).ifPresent(now -> stakeholders.save(
                    now.withReportsTo(back.id()))));
        });
    }

    private static List<Stakeholder> concat(List<Stakeholder> list, Stakeholder extra) {
        List<Stakeholder> all = new java.util.ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
