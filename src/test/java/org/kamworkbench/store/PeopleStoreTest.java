package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class PeopleStoreTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    private TestDatabase ws;
    private ColleagueStore colleagues;
    private StakeholderStore stakeholders;
    private long accountId;

    @BeforeEach
    void open() {
        ws = TestDatabase.create(kind, dir);
        colleagues = new ColleagueStore(ws.jdbi());
        stakeholders = new StakeholderStore(ws.jdbi());
        AccountStore accounts = new AccountStore(ws.jdbi());
        accounts.saveAll(List.of(new Account(0, "A1", "Acme", null, "IT", "EMEA", null, null, null, "EUR",
                null, null, null, null)), List.of());
        accountId = accounts.findAll().get(0).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aColleagueKeepsSkillsLanguagesAndCompetenciesAcrossSaves() {
        Colleague saved = colleagues.save(new Colleague(0, "Giulia Rossi", "Key account manager", "g@x.it",
                List.of("Retail", "Pricing"), List.of("it", "en"), 6,
                Map.of(Competency.NEGOTIATION, 4, Competency.STRATEGIC_THINKING, 5)));
        assertThat(saved.id()).isPositive();
        assertThat(colleagues.find(saved.id())).contains(new Colleague(saved.id(), "Giulia Rossi",
                "Key account manager", "g@x.it", List.of("Pricing", "Retail"), List.of("en", "it"), 6,
                Map.of(Competency.NEGOTIATION, 4, Competency.STRATEGIC_THINKING, 5)));

        colleagues.save(new Colleague(saved.id(), "Giulia Rossi", "Legal", null, List.of(), List.of("de"), null,
                Map.of()));
        assertThat(colleagues.findAll()).containsExactly(new Colleague(saved.id(), "Giulia Rossi", "Legal", null,
                List.of(), List.of("de"), null, Map.of()));
    }

    @Test
    void aDuplicateColleagueNameChangesNothing() {
        colleagues.save(new Colleague(0, "Ana", null, null, List.of(), List.of(), null, Map.of()));
        assertThatThrownBy(() -> colleagues.save(new Colleague(0, "Ana", null, null, List.of("x"), List.of(), null,
                Map.of()))).isInstanceOf(RuntimeException.class);
        assertThat(colleagues.findAll()).hasSize(1);
    }

    @Test
    void stakeholdersRoundTripAndDeletingAManagerDetachesTheReports() {
        Colleague owner = colleagues.save(new Colleague(0, "Marco", null, null, List.of(), List.of(), null, Map.of()));
        Stakeholder ceo = stakeholders.save(new Stakeholder(0, accountId, "Eva Chief", "CEO", "Board", null, null,
                BuyingRole.ECONOMIC_BUYER, 5, Attitude.SUPPORTER, RelationshipStrength.GOOD, owner.id(),
                LocalDate.of(2026, 10, 1), "likes data"));
        Stakeholder buyer = stakeholders.save(new Stakeholder(0, accountId, "Bo Buyer", "Buyer", "Purchasing",
                "bo@acme.it", ceo.id(), BuyingRole.TECHNICAL_BUYER, 3, Attitude.NEUTRAL, RelationshipStrength.WEAK,
                null, null, null));

        assertThat(stakeholders.findByAccount(accountId)).containsExactly(buyer, ceo);
        assertThat(stakeholders.find(ceo.id())).contains(ceo);

        stakeholders.delete(ceo.id());
        assertThat(stakeholders.findAll()).containsExactly(new Stakeholder(buyer.id(), accountId, "Bo Buyer", "Buyer",
                "Purchasing", "bo@acme.it", null, BuyingRole.TECHNICAL_BUYER, 3, Attitude.NEUTRAL,
                RelationshipStrength.WEAK, null, null, null));
    }

    @Test
    void updatingAMissingStakeholderIsRefused() {
        assertThatThrownBy(() -> stakeholders.save(new Stakeholder(99, accountId, "Ghost", null, null, null, null,
                null, null, null, null, null, null, null))).hasMessageContaining("No stakeholder with id 99");
    }
}
