package org.kamworkbench.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.port.AccountTeamRepository;

/** Account teams in {@code account_team}, the lead history in {@code lead_assignment}. */
public final class AccountTeamStore implements AccountTeamRepository {
    private static final String SELECT = "SELECT account_id, colleague_id, team_role, is_lead FROM account_team ";

    private final Jdbi jdbi;

    public AccountTeamStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<AccountTeamMember> findByAccount(long accountId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE account_id = :id ORDER BY is_lead DESC, "
                        + "LOWER(team_role), colleague_id")
                .bind("id", accountId)
                .map((rs, ctx) -> new AccountTeamMember(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .list());
    }

    @Override
    public List<AccountTeamMember> findAll() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY account_id, is_lead DESC, colleague_id")
                .map((rs, ctx) -> new AccountTeamMember(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .list());
    }

    @Override
    public void saveMember(AccountTeamMember member) {
        jdbi.useTransaction(h -> upsert(h, member.accountId(), member.colleagueId(), member.role()));
    }

    @Override
    public void removeMember(long accountId, long colleagueId, LocalDate on) {
        jdbi.useTransaction(h -> {
            Boolean lead = h.createQuery("SELECT is_lead FROM account_team WHERE account_id = :a AND colleague_id = :c")
                    .bind("a", accountId).bind("c", colleagueId).mapTo(Boolean.class).findOne().orElse(false);
            if (lead) {
                closeLead(h, accountId, on);
            }
            h.createUpdate("DELETE FROM account_team WHERE account_id = :a AND colleague_id = :c")
                    .bind("a", accountId).bind("c", colleagueId).execute();
        });
    }

    @Override
    public void assignLead(long accountId, long colleagueId, String role, LocalDate on) {
        jdbi.useTransaction(h -> {
            closeLead(h, accountId, on);
            h.createUpdate("UPDATE account_team SET is_lead = FALSE WHERE account_id = :a").bind("a", accountId).execute();
            int present = h.createUpdate("UPDATE account_team SET is_lead = TRUE WHERE account_id = :a "
                    + "AND colleague_id = :c").bind("a", accountId).bind("c", colleagueId).execute();
            if (present == 0) {
                h.createUpdate("INSERT INTO account_team (account_id, colleague_id, team_role, is_lead) "
                                + "VALUES (:a, :c, :role, TRUE)")
                        .bind("a", accountId).bind("c", colleagueId).bind("role", role).execute();
            }
            h.createUpdate("INSERT INTO lead_assignment (account_id, colleague_id, assigned_on) VALUES (:a, :c, :on)")
                    .bind("a", accountId).bind("c", colleagueId).bind("on", on).execute();
        });
    }

    @Override
    public List<LeadAssignment> leadHistory(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, colleague_id, assigned_on, ended_on "
                        + "FROM lead_assignment WHERE account_id = :a ORDER BY assigned_on, id")
                .bind("a", accountId)
                .map((rs, ctx) -> new LeadAssignment(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        date(rs.getDate(4))))
                .list());
    }

    private static void upsert(Handle h, long accountId, long colleagueId, String role) {
        int updated = h.createUpdate("UPDATE account_team SET team_role = :role WHERE account_id = :a "
                        + "AND colleague_id = :c")
                .bind("a", accountId).bind("c", colleagueId).bind("role", role).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO account_team (account_id, colleague_id, team_role, is_lead) "
                            + "VALUES (:a, :c, :role, FALSE)")
                    .bind("a", accountId).bind("c", colleagueId).bind("role", role).execute();
        }
    }

    private static void closeLead(Handle h, long accountId, LocalDate on) {
        h.createUpdate("UPDATE lead_assignment SET ended_on = :on WHERE account_id = :a AND ended_on IS NULL")
                .bind("a", accountId).bind("on", on).execute();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
