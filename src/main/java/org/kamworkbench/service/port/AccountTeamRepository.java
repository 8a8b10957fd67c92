package org.kamworkbench.service.port;

import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.LeadAssignment;

/** The account teams on our side and who led each account when. Every write is one transaction. */
public interface AccountTeamRepository {
    List<AccountTeamMember> findByAccount(long accountId);

    List<AccountTeamMember> findAll();

    /** Adds a colleague to the team or changes their role (never the lead flag: see {@link #assignLead}). */
    void saveMember(AccountTeamMember member);

    /** Takes a colleague off the team; removing the lead closes their lead assignment on {@code on}. */
    void removeMember(long accountId, long colleagueId, LocalDate on);

    /**
     * Makes the colleague the account's lead (joining the team with {@code role} when not on it), the
     * previous lead stays on the team without the flag, and the history records the change on {@code on}.
     */
    void assignLead(long accountId, long colleagueId, String role, LocalDate on);

    /** The lead assignments of an account, oldest first. */
    List<LeadAssignment> leadHistory(long accountId);
}
