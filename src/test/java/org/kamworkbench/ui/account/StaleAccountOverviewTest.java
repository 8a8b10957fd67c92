package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The account overview open in two windows (two people) on one workspace, without a toolkit: a save from the
 * older form does not put back a field the other person changed. It is refused with who and when, the typed
 * fields stay, and after a reload the save keeps the other person's change. The same for needs and notes.
 */
class StaleAccountOverviewTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final Account360Services services = TestWorkspaces.account360(ws, new MemoryPeople());
    private final Texts texts = TestWorkspaces.english();
    private final long acme;

    StaleAccountOverviewTest() {
        ws.saveAll(List.of(new Account(0, "ACME", "Acme", "Anna", "DE", null, null, "Automotive", null, "EUR", null,
                null, null, null)), List.of());
        acme = ws.accounts.get(0).id();
    }

    private OverviewViewModel window() {
        OverviewViewModel overview = new OverviewViewModel(services.pages(), acme, Background.DIRECT, texts, () -> { });
        overview.load();
        return overview;
    }

    @Test
    void anOlderFormDoesNotPutBackTheOwnerAnotherPersonChanged() {
        OverviewViewModel mine = window();
        OverviewViewModel theirs = window();
        theirs.owner.set("Maria");
        theirs.saveProfile();
        assertThat(theirs.profileMessageProperty().get()).isEqualTo("Saved.");

        mine.name.set("Acme Group");
        mine.saveProfile();
        assertThat(mine.profileErrorProperty().get()).startsWith("Changed by Test user at ")
                .endsWith(" — reload to see it.");
        assertThat(mine.name.get()).as("the typed name stays").isEqualTo("Acme Group");
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme");
        assertThat(ws.accounts.get(0).owner()).isEqualTo("Maria");

        mine.load(); // F5: the other person's owner shows; the name is typed again
        assertThat(mine.owner.get()).isEqualTo("Maria");
        assertThat(mine.profileErrorProperty().get()).isEmpty();
        mine.name.set("Acme Group");
        mine.saveProfile();
        assertThat(mine.profileErrorProperty().get()).isEmpty();
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme Group");
        assertThat(ws.accounts.get(0).owner()).as("their change kept").isEqualTo("Maria");

        // my own second save, before any reload, is based on my first
        mine.website.set("acme.example");
        mine.saveProfile();
        assertThat(mine.profileErrorProperty().get()).isEmpty();
        assertThat(ws.accounts.get(0).website()).isEqualTo("acme.example");
    }

    @Test
    void needsAndNotesAreCheckedApartFromTheAccountsFields() {
        OverviewViewModel mine = window();
        OverviewViewModel theirs = window();
        theirs.notes.set("Budget freeze until May");
        theirs.saveNeeds();
        theirs.owner.set("Maria");
        theirs.saveProfile();

        mine.languages.set("German");
        mine.saveNeeds();
        assertThat(mine.needsErrorProperty().get()).startsWith("Changed by Test user at ");
        assertThat(mine.languages.get()).isEqualTo("German");
        assertThat(services.pages().profile(acme).notes()).isEqualTo("Budget freeze until May");
        assertThat(services.pages().profile(acme).languages()).isEmpty();

        mine.load();
        mine.languages.set("German");
        mine.saveNeeds();
        assertThat(mine.needsErrorProperty().get()).isEmpty();
        AccountProfile stored = services.pages().profile(acme);
        assertThat(stored.languages()).containsExactly("German");
        assertThat(stored.notes()).isEqualTo("Budget freeze until May");
    }

    @Test
    void anUnchangedFormSavesNothingAndKeepsItsVersion() {
        OverviewViewModel mine = window();
        mine.saveProfile(); // nothing changed: nothing saved, the version stays
        mine.saveNeeds();
        mine.name.set("Acme Group");
        mine.saveProfile();
        mine.notes.set("Visit in June");
        mine.saveNeeds();
        assertThat(mine.profileErrorProperty().get()).isEmpty();
        assertThat(mine.needsErrorProperty().get()).isEmpty();
        assertThat(ws.accounts.get(0).name()).isEqualTo("Acme Group");
        assertThat(services.pages().profile(acme).notes()).isEqualTo("Visit in June");
    }
}
