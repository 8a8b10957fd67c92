package org.kamworkbench.service.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.port.AccountProfileRepository;
import org.kamworkbench.service.port.AccountTeamRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/** The people repositories of Account 360 in memory, for service tests without a database. */
public final class MemoryPeople {
    public final Colleagues colleagues = new Colleagues();
    public final Stakeholders stakeholders = new Stakeholders();
    public final Teams teams = new Teams();
    public final Profiles profiles = new Profiles();
    private long nextId = 100;

    public final class Colleagues implements ColleagueRepository {
        public final Map<Long, Colleague> byId = new HashMap<>();

        @Override
        public List<Colleague> findAll() {
            return byId.values().stream().sorted(Comparator.comparing(Colleague::name)).toList();
        }

        @Override
        public Optional<Colleague> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Colleague save(Colleague c) {
            Colleague saved = c.id() == 0 ? c.withId(nextId++) : c;
            byId.put(saved.id(), saved);
            return saved;
        }

        @Override
        public void delete(long id) {
            byId.remove(id);
        }
    }

    public final class Stakeholders implements StakeholderRepository {
        public final Map<Long, Stakeholder> byId = new HashMap<>();

        @Override
        public List<Stakeholder> findByAccount(long accountId) {
            return byId.values().stream().filter(s -> s.accountId() == accountId)
                    .sorted(Comparator.comparing(Stakeholder::name)).toList();
        }

        @Override
        public List<Stakeholder> findAll() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Stakeholder> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Stakeholder save(Stakeholder s) {
            if (s.id() != 0 && !byId.containsKey(s.id())) {
                throw new IllegalArgumentException("No stakeholder with id " + s.id() + ".");
            }
            Stakeholder saved = s.id() == 0 ? s.withId(nextId++) : s;
            byId.put(saved.id(), saved);
            return saved;
        }

        @Override
        public List<Stakeholder> saveAll(List<Stakeholder> batch) {
            List<Stakeholder> saved = new ArrayList<>();
            for (Stakeholder s : batch) {
                saved.add(save(s.reportsToId() != null && s.reportsToId() < 0 ? s.withReportsTo(null) : s));
            }
            for (int i = 0; i < batch.size(); i++) {
                Long ref = batch.get(i).reportsToId();
                if (ref != null && ref < 0) {
                    saved.set(i, save(saved.get(i).withReportsTo(saved.get((int) (-ref - 1)).id())));
                }
            }
            return saved;
        }

        @Override
        public void delete(long id) {
            if (byId.remove(id) != null) {
                byId.replaceAll((k, s) -> Long.valueOf(id).equals(s.reportsToId()) ? s.withReportsTo(null) : s);
            }
        }
    }

    public static final class Teams implements AccountTeamRepository {
        public final List<AccountTeamMember> members = new ArrayList<>();
        public final List<LeadAssignment> leads = new ArrayList<>();

        @Override
        public List<AccountTeamMember> findByAccount(long accountId) {
            return members.stream().filter(m -> m.accountId() == accountId)
                    .sorted(Comparator.comparing(m -> !m.lead())).toList();
        }

        @Override
        public List<AccountTeamMember> findAll() {
            return List.copyOf(members);
        }

        @Override
        public void saveMember(AccountTeamMember m) {
            boolean lead = members.stream().anyMatch(x -> same(x, m.accountId(), m.colleagueId()) && x.lead());
            members.removeIf(x -> same(x, m.accountId(), m.colleagueId()));
            members.add(new AccountTeamMember(m.accountId(), m.colleagueId(), m.role(), lead));
        }

        @Override
        public void removeMember(long accountId, long colleagueId, LocalDate on) {
            if (members.stream().anyMatch(x -> same(x, accountId, colleagueId) && x.lead())) {
                close(accountId, on);
            }
            members.removeIf(x -> same(x, accountId, colleagueId));
        }

        @Override
        public void assignLead(long accountId, long colleagueId, String role, LocalDate on) {
            close(accountId, on);
            members.replaceAll(x -> x.accountId() == accountId
                    ? new AccountTeamMember(accountId, x.colleagueId(), x.role(), x.colleagueId() == colleagueId) : x);
            if (members.stream().noneMatch(x -> same(x, accountId, colleagueId))) {
                members.add(new AccountTeamMember(accountId, colleagueId, role, true));
            }
            leads.add(new LeadAssignment(accountId, colleagueId, on, null));
        }

        @Override
        public List<LeadAssignment> leadHistory(long accountId) {
            return leads.stream().filter(l -> l.accountId() == accountId).toList();
        }

        private void close(long accountId, LocalDate on) {
            leads.replaceAll(l -> l.accountId() == accountId && l.endedOn() == null
                    ? new LeadAssignment(accountId, l.colleagueId(), l.assignedOn(), on) : l);
        }

        private static boolean same(AccountTeamMember x, long accountId, long colleagueId) {
            return x.accountId() == accountId && x.colleagueId() == colleagueId;
        }
    }

    public static final class Profiles implements AccountProfileRepository {
        public final Map<Long, AccountProfile> byAccount = new HashMap<>();
        public int staleDays = DEFAULT_STALE_CONTACT_DAYS;

        @Override
        public Optional<AccountProfile> find(long accountId) {
            return Optional.ofNullable(byAccount.get(accountId));
        }

        @Override
        public void save(AccountProfile profile) {
            byAccount.put(profile.accountId(), profile);
        }

        @Override
        public int staleContactDays() {
            return staleDays;
        }

        @Override
        public void saveStaleContactDays(int days) {
            staleDays = days;
        }
    }
}
