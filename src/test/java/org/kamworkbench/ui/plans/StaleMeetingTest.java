package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/**
 * A logged meeting edited by two people, without a toolkit: Anna fills the form with the meeting, Maria saves a
 * change to it first; Anna's save is refused with Maria's name and time, her typed feedback stays in the form,
 * and Maria's feedback is what is stored. Filled again after a reload, Anna's save goes through.
 */
class StaleMeetingTest {
    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private InteractionService maria;
    private InteractionsViewModel anna;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        Account acme = ws.account("A1", "Acme", "EUR");
        maria = ws.interactionsAs("Maria Rossi", Clock.fixed(Instant.parse("2026-03-15T13:32:00Z"), ZoneOffset.UTC));
        ws.interactions.save(new Interaction(0, acme.id(), LocalDate.of(2026, 3, 2), InteractionType.MEETING,
                List.of(), List.of(), "Prices", "", List.of()));
        anna = new InteractionsViewModel(ws.interactions, ws.plans, Background.DIRECT, TestWorkspaces.english(),
                acme.id());
        anna.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Interaction stored() {
        return ws.interactions.interactionsOf(anna.rows().get(0).interaction().accountId()).get(0);
    }

    @Test
    void aMeetingMariaChangedAfterAnnaFilledTheFormIsNotSavedOver() {
        anna.edit(anna.rows().get(0));
        Interaction before = stored();
        maria.save(new Interaction(before.id(), before.accountId(), before.date(), before.type(), List.of(), List.of(),
                before.topics(), "They want a second source", List.of()),
                maria.versions(List.of(before)).of(org.kamworkbench.domain.VersionKey.interaction(before.id())));

        anna.feedbackProperty().set("Happy with the delivery times");
        anna.save(List.of());
        assertThat(anna.errorProperty().get()).isEqualTo("Changed by Maria Rossi at 1:32 PM — reload to see it.");
        assertThat(anna.feedbackProperty().get()).as("the typed feedback stays").isEqualTo("Happy with the delivery times");
        assertThat(anna.editedProperty().get()).as("the form still edits the meeting").isNotNull();
        assertThat(stored().feedback()).isEqualTo("They want a second source");

        anna.refresh(); // F5
        anna.edit(anna.rows().get(0));
        assertThat(anna.feedbackProperty().get()).isEqualTo("They want a second source");
        anna.feedbackProperty().set("They want a second source; happy with the delivery times");
        anna.save(List.of());
        assertThat(anna.errorProperty().get()).isEmpty();
        assertThat(stored().feedback()).isEqualTo("They want a second source; happy with the delivery times");
    }
}
