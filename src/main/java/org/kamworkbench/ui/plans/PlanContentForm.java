package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.VersionKey;

/** The plan's own content: its dates, the situation, the SWOT and the recommendations (one item per line). */
public final class PlanContentForm {
    private final PlanEditing editing;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty challenges = new SimpleStringProperty("");
    private final StringProperty economicIssues = new SimpleStringProperty("");
    private final StringProperty strengths = new SimpleStringProperty("");
    private final StringProperty weaknesses = new SimpleStringProperty("");
    private final StringProperty opportunities = new SimpleStringProperty("");
    private final StringProperty threats = new SimpleStringProperty("");
    private final StringProperty recommendations = new SimpleStringProperty("");

    PlanContentForm(PlanEditing editing) {
        this.editing = editing;
    }

    void show(AccountPlan p) {
        if (p == null) {
            for (StringProperty text : List.of(challenges, economicIssues, strengths, weaknesses, opportunities,
                    threats, recommendations)) {
                text.set("");
            }
            return;
        }
        start.set(p.start());
        end.set(p.end());
        challenges.set(p.challenges());
        economicIssues.set(p.economicIssues());
        strengths.set(String.join("\n", p.strengths()));
        weaknesses.set(String.join("\n", p.weaknesses()));
        opportunities.set(String.join("\n", p.opportunities()));
        threats.set(String.join("\n", p.threats()));
        recommendations.set(String.join("\n", p.recommendations()));
    }

    /** Saves the dates, situation, SWOT and recommendations. */
    public void save() {
        AccountPlan p = editing.plan();
        if (p == null) {
            return;
        }
        AccountPlan edited = new AccountPlan(p.id(), p.accountId(), p.templateName(), start.get(), end.get(),
                p.status(), challenges.get(), economicIssues.get(), lines(strengths), lines(weaknesses),
                lines(opportunities), lines(threats), lines(recommendations));
        editing.withPlan(x -> editing.based(VersionKey.plan(p.id()), basedOn -> editing.plans.updatePlan(edited, basedOn)));
    }

    private static List<String> lines(StringProperty text) {
        return Arrays.stream(text.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty challengesProperty() { return challenges; }
    public StringProperty economicIssuesProperty() { return economicIssues; }
    public StringProperty strengthsProperty() { return strengths; }
    public StringProperty weaknessesProperty() { return weaknesses; }
    public StringProperty opportunitiesProperty() { return opportunities; }
    public StringProperty threatsProperty() { return threats; }
    public StringProperty recommendationsProperty() { return recommendations; }
}
