package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.message.UserInputException;

class PlanLookupTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private PlanLookup lookup;
    private Account acme;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        lookup = ws.lookup();
        acme = ws.account("A1", "Acme", "EUR");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aMissingPlanOrAccountIsRefusedWithItsId() {
        assertThatThrownBy(() -> lookup.requirePlan(99)).isInstanceOf(UserInputException.class)
                .hasMessage("No plan with id 99.");
        assertThatThrownBy(() -> lookup.editable(98)).hasMessage("No plan with id 98.");
        assertThatThrownBy(() -> lookup.details(97)).hasMessage("No plan with id 97.");
        assertThatThrownBy(() -> lookup.account(96)).isInstanceOf(UserInputException.class)
                .hasMessage("There is no account with id 96.");
        assertThat(lookup.account(acme.id()).externalId()).isEqualTo("A1");
    }

    @Test
    void aClosedPlanCanBeReadButNotChanged() {
        AccountPlan plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
        assertThat(lookup.editable(plan.id()).id()).isEqualTo(plan.id());
        ws.plans.close(plan.id());
        assertThat(lookup.requirePlan(plan.id()).readOnly()).isTrue();
        assertThatThrownBy(() -> lookup.editable(plan.id())).isInstanceOf(UserInputException.class)
                .hasMessage("This plan is closed and kept as it was: start a new plan to change it.");
    }

    @Test
    void detailsNameTheAccountOfAPlanAndNoneOfATemplate() {
        AccountPlan plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
        assertThat(lookup.details(plan.id()).account().name()).isEqualTo("Acme");
        AccountPlan template = ws.plans.saveAsTemplate(plan.id(), "Growth");
        PlanDetails t = lookup.details(template.id());
        assertThat(t.account()).isNull();
        assertThat(t.plan().templateName()).isEqualTo("Growth");
    }

    @Test
    void peopleAreNamedByIdWithAnUnknownIdShownAsSuch() {
        Colleague ann = ws.colleague("Ann Keller");
        Stakeholder bob = ws.stakeholder(acme, "Bob Client");
        People people = lookup.people();
        assertThat(people.colleague(ann.id())).isEqualTo("Ann Keller");
        assertThat(people.stakeholder(bob.id())).isEqualTo("Bob Client");
        assertThat(people.colleague(12_345L)).isEqualTo("#12345");
    }
}
