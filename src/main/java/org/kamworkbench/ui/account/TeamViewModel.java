package org.kamworkbench.ui.account;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.team.ManagerFit;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamMember;
import org.kamworkbench.service.team.TeamService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The Team tab: the account team with roles, the best available managers with their fit and
 * workload, one-click lead assignment (recorded with its date) and the lead history.
 */
public final class TeamViewModel {
    private final TeamService teams;
    private final PeopleService people;
    private final long accountId;
    private final Background background;
    private final Texts texts;
    private final Runnable changed;

    private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
    private final ObservableList<ManagerFit> candidates = FXCollections.observableArrayList();
    private final ObservableList<Colleague> colleagues = FXCollections.observableArrayList();
    private final ObservableList<LeadAssignment> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private record Loaded(List<TeamMember> team, List<ManagerFit> fits, List<Colleague> people,
                          List<LeadAssignment> history) {
    }

    public TeamViewModel(TeamService teams, PeopleService people, long accountId, Background background, Texts texts,
                         Runnable changed) {
        this.teams = teams;
        this.people = people;
        this.accountId = accountId;
        this.background = background;
        this.texts = texts;
        this.changed = changed;
    }

    public void load() {
        background.run(texts.get("account.loading"), m -> new Loaded(teams.team(accountId),
                teams.bestManagers(accountId), people.list(), teams.leadHistory(accountId)), l -> {
                    team.setAll(l.team());
                    candidates.setAll(l.fits());
                    colleagues.setAll(l.people());
                    history.setAll(l.history());
                }, e -> error.set(Problems.sentence(e, texts)));
    }

    public void assignLead(Colleague c) {
        run(() -> teams.assignLead(accountId, c.id()), texts.format("team.leadAssigned", c.name()));
    }

    public void addMember(Colleague c, String role) {
        if (c == null) {
            error.set(texts.get("team.choosePerson"));
            return;
        }
        run(() -> teams.addMember(accountId, c.id(), role), texts.format("team.added", c.name()));
    }

    public void remove(TeamMember m) {
        if (m != null) {
            run(() -> teams.removeMember(accountId, m.colleague().id()), texts.format("team.removed",
                    m.colleague().name()));
        }
    }

    private void run(Runnable work, String done) {
        background.run(texts.get("team.saving"), m -> {
            work.run();
            return done;
        }, text -> {
            error.set("");
            message.set(text);
            changed.run(); // reloads every tab of the page, this one included
        }, e -> {
            message.set("");
            error.set(Problems.sentence(e, texts));
        });
    }

    public String nameOf(long colleagueId) {
        return colleagues.stream().filter(c -> c.id() == colleagueId).map(Colleague::name).findFirst().orElse("?");
    }

    public ObservableList<TeamMember> team() {
        return team;
    }

    public ObservableList<ManagerFit> candidates() {
        return candidates;
    }

    public ObservableList<Colleague> colleagues() {
        return colleagues;
    }

    public ObservableList<LeadAssignment> history() {
        return history;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
