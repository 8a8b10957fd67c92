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
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.message.UserInputException;

class PlanTemplatesTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private PlanTemplates templates;
    private Account acme;
    private AccountPlan plan;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        templates = new PlanTemplates(ws.planStore(), ws.lookup(), ws.edits);
        acme = ws.account("A1", "Acme", "EUR");
        plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
        Stakeholder bob = ws.stakeholder(acme, "Bob Client");
        ws.plans.saveObjective(new Objective(0, plan.id(), "Listed", START.plusMonths(6), null, null, null,
                ObjectiveStatus.ACHIEVED, "2 SKUs"));
        ws.plans.saveAction(new PlanAction(0, plan.id(), "Send specs", null, bob.id(), "Mail", START.plusMonths(1),
                ActionStatus.DONE, null, null, "Maria Rossi"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aTemplateNeedsANewNameAndLeavesTheClientsPeopleOut() {
        assertThatThrownBy(() -> templates.save(plan.id(), "  ")).isInstanceOf(UserInputException.class)
                .hasMessage("The template needs a name.");
        AccountPlan template = templates.save(plan.id(), " Growth ");
        assertThat(template.templateName()).isEqualTo("Growth");
        assertThat(template.isTemplate()).isTrue();
        assertThat(template.status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> templates.save(plan.id(), "GROWTH")).isInstanceOf(UserInputException.class)
                .hasMessage("There is already a template named 'GROWTH'.");

        PlanDetails t = ws.plans.details(template.id());
        assertThat(t.objectives()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObjectiveStatus.ACHIEVED);
            assertThat(o.targetText()).isEqualTo("2 SKUs");
        });
        assertThat(t.actions()).singleElement().satisfies(a -> {
            assertThat(a.stakeholderId()).isNull();
            assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
            assertThat(a.completedOn()).isNull();
            assertThat(a.author()).isEqualTo("Anna Keller");
        });
    }

    @Test
    void aPlanFromATemplateStartsOverWithEveryDateMoved() {
        AccountPlan template = templates.save(plan.id(), "Growth");
        assertThatThrownBy(() -> templates.createFrom(99, template.id(), START)).hasMessage("There is no account with id 99.");
        AccountPlan copy = templates.createFrom(acme.id(), template.id(), START.plusMonths(3));
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.templateName()).isNull();
        assertThat(copy.end()).isEqualTo(START.plusYears(2).plusMonths(3));
        PlanDetails d = ws.plans.details(copy.id());
        assertThat(d.objectives()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObjectiveStatus.OPEN);
            assertThat(o.due()).isEqualTo(START.plusMonths(9));
            assertThat(o.targetText()).isEqualTo("2 SKUs");
        });
        assertThat(d.actions()).singleElement().satisfies(a -> assertThat(a.due()).isEqualTo(START.plusMonths(4)));
    }
}
