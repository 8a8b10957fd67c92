package org.kamworkbench.ui.team;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.team.TeamMatrix;
import org.kamworkbench.service.team.TeamService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The team matrix: who supports which designated key accounts, overloaded people, key accounts
 * without a lead or team, accounts led but not designated key.
 */
public final class TeamMatrixViewModel {
    private final TeamService teams;
    private final Background background;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<TeamMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public TeamMatrixViewModel(TeamService teams, Background background, Texts texts) {
        this.teams = teams;
        this.background = background;
        this.texts = texts;
    }

    public void load() {
        background.run(texts.get("matrix.loading"), m -> teams.matrix(), m -> {
            error.set("");
            matrix.set(m);
            summary.set(texts.format("matrix.summary", m.keyAccounts().size(), m.people().size(),
                    m.overloaded().size(), m.withoutTeam().size(), m.ledNotKey().size()));
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    public ReadOnlyObjectProperty<TeamMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
