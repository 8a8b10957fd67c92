package org.kamworkbench.service.account;

import org.kamworkbench.service.privacy.PrivacyService;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;

/**
 * The Account 360 services of one open workspace: the account page, its stakeholder map, our people
 * and account teams, the session's edit history (undo) they share, and the privacy of the people at clients.
 */
public record Account360Services(AccountPageService pages, StakeholderService stakeholders, TeamService teams,
                                 PeopleService people, EditHistory history, PrivacyService privacy) {
}
