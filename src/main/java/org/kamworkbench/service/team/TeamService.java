package org.kamworkbench.service.team;

import org.kamworkbench.service.message.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.accounts.AccountTable;
import org.kamworkbench.service.criteria.DesignatedKeyAccounts;
import org.kamworkbench.service.port.AccountProfileRepository;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.AccountTeamRepository;
import org.kamworkbench.service.port.ColleagueRepository;

/**
 * Account teams on our side: members and roles, the lead key account manager (recorded with its
 * date), the best available managers for an account, workloads and the team matrix. Key accounts
 * are the accounts designated key ({@link DesignatedKeyAccounts}); capacity counts lead assignments.
 */
public final class TeamService {
    public static final String LEAD_ROLE = "Key account manager";

    private final AccountTeamRepository teams;
    private final ColleagueRepository colleagues;
    private final AccountRepository accounts;
    private final AccountProfileRepository profiles;
    private final AccountService accountService;
    private final Clock clock;
    private final DesignatedKeyAccounts designatedKey;

    public TeamService(AccountTeamRepository teams, ColleagueRepository colleagues, AccountRepository accounts,
                       AccountProfileRepository profiles, AccountService accountService, Clock clock,
                       DesignatedKeyAccounts designatedKey) {
        this.teams = teams;
        this.colleagues = colleagues;
        this.accounts = accounts;
        this.profiles = profiles;
        this.accountService = accountService;
        this.clock = clock;
        this.designatedKey = designatedKey;
    }

    /** The account's team, the lead first. */
    public List<TeamMember> team(long accountId) {
        Map<Long, Colleague> people = byId(colleagues.findAll());
        List<TeamMember> out = new ArrayList<>();
        for (AccountTeamMember m : teams.findByAccount(accountId)) {
            Colleague c = people.get(m.colleagueId());
            if (c != null) {
                out.add(new TeamMember(c, m.role(), m.lead()));
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException when the role is empty or the person or account is unknown */
    public void addMember(long accountId, long colleagueId, String role) {
        String r = role == null ? "" : role.strip();
        if (r.isEmpty()) {
            throw new UserInputException("team.noRole");
        }
        if (r.length() > 100) {
            throw new UserInputException("team.roleTooLong");
        }
        requireAccount(accountId);
        requireColleague(colleagueId);
        teams.saveMember(new AccountTeamMember(accountId, colleagueId, r, false));
    }

    public void removeMember(long accountId, long colleagueId) {
        teams.removeMember(accountId, colleagueId, LocalDate.now(clock));
    }

    /** Makes the colleague the account's lead KAM today; the previous lead stays on the team. */
    public void assignLead(long accountId, long colleagueId) {
        requireAccount(accountId);
        requireColleague(colleagueId);
        teams.assignLead(accountId, colleagueId, LEAD_ROLE, LocalDate.now(clock));
    }

    public List<LeadAssignment> leadHistory(long accountId) {
        return teams.leadHistory(accountId);
    }

    /**
     * The candidates for leading the account, best first: available ones before full ones, then by
     * score, then by fewer accounts led, then by name. Candidates are the colleagues with a
     * competency profile (everyone when nobody has one).
     */
    public List<ManagerFit> bestManagers(long accountId) {
        Account account = requireAccount(accountId);
        AccountProfile needs = profiles.find(accountId).orElse(AccountProfile.empty(accountId));
        List<Colleague> people = colleagues.findAll();
        List<Colleague> candidates = people.stream().filter(c -> !c.competencies().isEmpty()).toList();
        if (candidates.isEmpty()) {
            candidates = people;
        }
        List<AccountTeamMember> all = teams.findAll();
        Map<Long, Workload> loads = workloads(all, people, designatedKey.ids());
        Long lead = all.stream().filter(m -> m.accountId() == accountId && m.lead())
                .map(AccountTeamMember::colleagueId).findFirst().orElse(null);
        List<ManagerFit> fits = new ArrayList<>();
        for (Colleague c : candidates) {
            FitScorer.Scored s = FitScorer.score(c, account, needs);
            Workload w = loads.get(c.id());
            boolean current = Long.valueOf(c.id()).equals(lead);
            fits.add(new ManagerFit(c, s.score(), s.reasons(), w, current || !w.full(), current));
        }
        fits.sort(Comparator.comparing((ManagerFit f) -> !f.available())
                .thenComparing(Comparator.comparingInt(ManagerFit::score).reversed())
                .thenComparingInt(f -> f.workload().accountsLed())
                .thenComparing(f -> f.colleague().name(), String.CASE_INSENSITIVE_ORDER));
        return fits;
    }

    /** Every colleague's workload, by colleague id. */
    public Map<Long, Workload> workloads() {
        return workloads(teams.findAll(), colleagues.findAll(), designatedKey.ids());
    }

    public TeamMatrix matrix() {
        List<AccountTeamMember> all = teams.findAll();
        List<Colleague> people = colleagues.findAll();
        Set<Long> keyIds = designatedKey.ids();
        Map<Long, Workload> loads = workloads(all, people, keyIds);
        Map<Long, Long> leads = new HashMap<>();
        all.stream().filter(AccountTeamMember::lead).forEach(m -> leads.put(m.accountId(), m.colleagueId()));
        List<Account> byName = new ArrayList<>(accounts.findAll());
        byName.sort(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER));
        List<Account> keyAccounts = byName.stream().filter(a -> keyIds.contains(a.id())).toList();
        List<Account> ledNotKey = byName.stream()
                .filter(a -> leads.containsKey(a.id()) && !keyIds.contains(a.id())).toList();
        Map<Long, Map<Long, String>> roles = new HashMap<>();
        Map<Long, Integer> teamSize = new HashMap<>();
        for (AccountTeamMember m : all) {
            if (keyIds.contains(m.accountId()) || leads.containsKey(m.accountId())) {
                roles.computeIfAbsent(m.colleagueId(), k -> new HashMap<>()).put(m.accountId(), m.role());
                teamSize.merge(m.accountId(), 1, Integer::sum);
            }
        }
        List<Account> withoutTeam = keyAccounts.stream()
                .filter(a -> !leads.containsKey(a.id()) || teamSize.getOrDefault(a.id(), 0) <= 1).toList();
        List<Colleague> overloaded = people.stream().filter(c -> loads.get(c.id()).overloaded()).toList();
        return new TeamMatrix(people, keyAccounts, roles, leads, loads, withoutTeam, ledNotKey, overloaded);
    }

    /** Capacity counts lead assignments; the designated key ones among them are counted apart. */
    private Map<Long, Workload> workloads(List<AccountTeamMember> all, List<Colleague> people, Set<Long> keyIds) {
        Set<Long> ledIds = new HashSet<>();
        all.stream().filter(AccountTeamMember::lead).forEach(m -> ledIds.add(m.accountId()));
        AccountTable table = ledIds.isEmpty() ? null : accountService.table();
        Integer year = table == null || table.years().isEmpty() ? null : table.years().get(table.years().size() - 1);
        Map<Long, BigDecimal> revenueOf = new HashMap<>();
        if (year != null) {
            for (AccountRow row : table.rows()) {
                BigDecimal v = row.revenue(year);
                if (v != null && ledIds.contains(row.account().id())) {
                    revenueOf.put(row.account().id(), v);
                }
            }
        }
        Map<Long, Workload> out = new HashMap<>();
        for (Colleague c : people) {
            int led = 0;
            int keyLed = 0;
            int on = 0;
            BigDecimal managed = null;
            for (AccountTeamMember m : all) {
                if (m.colleagueId() != c.id()) {
                    continue;
                }
                on++;
                if (m.lead()) {
                    led++;
                    keyLed += keyIds.contains(m.accountId()) ? 1 : 0;
                    BigDecimal v = revenueOf.get(m.accountId());
                    if (v != null) {
                        managed = managed == null ? v : managed.add(v);
                    }
                }
            }
            out.put(c.id(), new Workload(led, keyLed, on, managed, year, c.capacity()));
        }
        return out;
    }

    private Account requireAccount(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new UserInputException("account.missing", String.valueOf(accountId)));
    }

    private void requireColleague(long colleagueId) {
        if (colleagues.find(colleagueId).isEmpty()) {
            throw new UserInputException("team.colleagueGone");
        }
    }

    private static Map<Long, Colleague> byId(List<Colleague> people) {
        Map<Long, Colleague> m = new HashMap<>();
        people.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
