package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.service.privacy.PersonFootprint;
import org.kamworkbench.service.privacy.PrivacyService;

/**
 * "Forget this person" on a real workspace with hand-built data: Bianca Neri (id 2) is on one account
 * with her manager Aldo (1) and her report Carla (3); she attended one of two meetings and one plan
 * review, owns one of two actions, and is named in the account notes, a meeting's feedback, Carla's notes
 * and an action's how-to (once by e-mail). Dario (4) on another account shares nothing with her.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class PersonalDataStoreTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    private TestDatabase ws;
    private PrivacyService privacy;

    @BeforeEach
    void handBuiltData() {
        ws = TestDatabase.create(kind, dir);
        privacy = new PrivacyService(new PersonalDataStore(ws.jdbi()));
        ws.jdbi().useTransaction(h -> {
            h.execute("INSERT INTO account (id, external_id, name, currency) VALUES (10, 'A', 'Acme SpA', 'EUR'), "
                    + "(11, 'B', 'Beta Srl', 'EUR')");
            h.execute("INSERT INTO account_profile (account_id, notes) VALUES (10, 'Ask BIANCA NERI about the tender.'), "
                    + "(11, 'Nothing about her.')");
            h.execute("INSERT INTO stakeholder (id, account_id, name, email, reports_to_id, notes) VALUES "
                    + "(1, 10, 'Aldo Rossi', 'aldo@acme.it', NULL, 'CEO'), "
                    + "(2, 10, 'Bianca Neri', 'bianca.neri@acme.it', 1, 'Her own notes: private'), "
                    + "(3, 10, 'Carla Verdi', NULL, 2, 'Reports to Bianca Neri since May'), "
                    + "(4, 11, 'Dario Blu', NULL, NULL, NULL)");
            h.execute("INSERT INTO interaction (id, account_id, interaction_date, interaction_type, topics, feedback) VALUES "
                    + "(20, 10, DATE '2026-03-01', 'MEETING', 'Budget', 'Bianca Neri liked the offer'), "
                    + "(21, 10, DATE '2026-04-01', 'CALL', 'Renewal', 'Aldo undecided')");
            h.execute("INSERT INTO interaction_participant (interaction_id, stakeholder_id) VALUES (20, 2), (20, 1), (21, 1)");
            h.execute("INSERT INTO account_plan (id, account_id, start_date, end_date, status) VALUES "
                    + "(30, 10, DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE')");
            h.execute("INSERT INTO plan_action (id, plan_id, what, stakeholder_id, how, status) VALUES "
                    + "(40, 30, 'Send the offer', 2, 'by mail to bianca.neri@acme.it', 'OPEN'), "
                    + "(41, 30, 'Visit the plant', 1, NULL, 'OPEN')");
            h.execute("INSERT INTO plan_review (id, plan_id, review_date, notes) VALUES (50, 30, DATE '2026-06-30', 'On track')");
            h.execute("INSERT INTO plan_review_participant (review_id, stakeholder_id) VALUES (50, 2), (50, 1)");
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theFootprintListsEverythingThatPointsAtOrNamesThePerson() {
        PersonFootprint f = privacy.footprint(2);

        assertThat(f.person().name()).isEqualTo("Bianca Neri");
        assertThat(f.person().notes()).isEqualTo("Her own notes: private");
        assertThat(f.accountName()).isEqualTo("Acme SpA");
        assertThat(f.reportsTo()).isEqualTo("Aldo Rossi");
        assertThat(f.directReports()).containsExactly(new PersonFootprint.Person(3, "Carla Verdi"));
        assertThat(f.meetings()).containsExactly(new PersonFootprint.Meeting(20, LocalDate.of(2026, 3, 1), "MEETING"));
        assertThat(f.planReviews()).containsExactly(new PersonFootprint.Review(50, 30, LocalDate.of(2026, 6, 30)));
        assertThat(f.actions()).containsExactly(new PersonFootprint.Action(40, 30, "Send the offer"));
        assertThat(f.mentions()).extracting(PersonFootprint.Mention::where, PersonFootprint.Mention::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("account notes", "10"),
                        org.assertj.core.groups.Tuple.tuple("stakeholder notes", "3"),
                        org.assertj.core.groups.Tuple.tuple("meeting feedback", "20"),
                        org.assertj.core.groups.Tuple.tuple("action how", "40"));
        assertThat(f.linkCount()).isEqualTo(1 + 1 + 1 + 1 + 4);
    }

    @Test
    void forgettingRemovesThePersonEverywhereAndLeavesEveryoneElse() {
        PersonFootprint removed = privacy.forget(2);

        assertThat(removed.person().id()).isEqualTo(2);
        try (Handle h = ws.jdbi().open()) {
            assertThat(ids(h, "SELECT id FROM stakeholder ORDER BY id")).containsExactly(1L, 3L, 4L);
            assertThat(h.createQuery("SELECT reports_to_id FROM stakeholder WHERE id = 3").mapTo(Long.class).one()).isNull();
            assertThat(ids(h, "SELECT stakeholder_id FROM interaction_participant ORDER BY interaction_id, stakeholder_id"))
                    .containsExactly(1L, 1L);
            assertThat(ids(h, "SELECT stakeholder_id FROM plan_review_participant")).containsExactly(1L);
            assertThat(h.createQuery("SELECT stakeholder_id FROM plan_action WHERE id = 40").mapTo(Long.class).one()).isNull();
            assertThat(ids(h, "SELECT stakeholder_id FROM plan_action WHERE id = 41")).containsExactly(1L);
            assertThat(text(h, "SELECT notes FROM account_profile WHERE account_id = 10"))
                    .isEqualTo("Ask [person removed] about the tender.");
            assertThat(text(h, "SELECT notes FROM stakeholder WHERE id = 3")).isEqualTo("Reports to [person removed] since May");
            assertThat(text(h, "SELECT feedback FROM interaction WHERE id = 20")).isEqualTo("[person removed] liked the offer");
            assertThat(text(h, "SELECT how FROM plan_action WHERE id = 40")).isEqualTo("by mail to [person removed]");
            assertThat(text(h, "SELECT notes FROM account_profile WHERE account_id = 11")).isEqualTo("Nothing about her.");
            assertThat(text(h, "SELECT feedback FROM interaction WHERE id = 21")).isEqualTo("Aldo undecided");
            // nothing in any text of the workspace names her any more
            for (String sql : List.of("SELECT notes FROM account_profile", "SELECT notes FROM stakeholder",
                    "SELECT feedback FROM interaction", "SELECT how FROM plan_action")) {
                assertThat(h.createQuery(sql).mapTo(String.class).list())
                        .noneMatch(t -> t != null && (t.toLowerCase().contains("bianca") || t.contains("neri@")));
            }
        }
        assertThatThrownBy(() -> privacy.footprint(2)).hasMessage("There is no stakeholder with id 2.");
    }

    @Test
    void forgettingSomeoneUnknownChangesNothing() {
        assertThatThrownBy(() -> privacy.forget(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no stakeholder with id 99.");
        try (Handle h = ws.jdbi().open()) {
            assertThat(ids(h, "SELECT id FROM stakeholder ORDER BY id")).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    private static List<Long> ids(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).list();
    }

    private static String text(Handle h, String sql) {
        return h.createQuery(sql).mapTo(String.class).one();
    }
}
