package org.kamworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamworkbench.service.account.People.person;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartTest {
    private final List<org.kamworkbench.domain.Stakeholder> acme = List.of(
            person(1, 1, "Eva CEO", null),
            person(2, 1, "Carl CFO", 1L),
            person(3, 1, "Bo Buyer", 2L),
            person(4, 1, "Alma Architect", 1L),
            person(5, 1, "Zed Outsider", 99L));

    @Test
    void buildsTheReportsToTreeWithOrphansAtTheTopAndChildrenByName() {
        OrgChart chart = OrgChart.of(acme);
        assertThat(chart.roots()).extracting(n -> n.stakeholder().name()).containsExactly("Eva CEO", "Zed Outsider");
        OrgChart.Node ceo = chart.roots().get(0);
        assertThat(ceo.reports()).extracting(n -> n.stakeholder().name()).containsExactly("Alma Architect", "Carl CFO");
        assertThat(ceo.reports().get(1).reports()).extracting(n -> n.stakeholder().id()).containsExactly(3L);
        assertThat(ceo.leaves()).isEqualTo(2);
    }

    @Test
    void refusesACircleWithASentenceNamingBothPeople() {
        OrgChart chart = OrgChart.of(acme);
        assertThatThrownBy(() -> check(chart, 1, 3L))
                .hasMessage("Eva CEO cannot report to Bo Buyer, who already reports to Eva CEO indirectly: "
                        + "that would make a circle.");
        assertThatThrownBy(() -> check(chart, 2, 3L)).hasMessageContaining("who already reports to Carl CFO:");
        assertThatThrownBy(() -> check(chart, 2, 2L)).hasMessage("Carl CFO cannot report to themselves.");
        assertThatThrownBy(() -> check(chart, 2, 77L)).hasMessageContaining("same account");
        check(chart, 3, 4L);
        check(chart, 1, null);
    }

    @Test
    void storedLoopsStillShowEveryPersonOnce() {
        OrgChart chart = OrgChart.of(List.of(person(1, 1, "A", 2L), person(2, 1, "B", 1L), person(3, 1, "C", 1L)));
        assertThat(chart.roots()).extracting(n -> n.stakeholder().name()).containsExactly("A", "B");
        assertThat(chart.roots().get(0).reports()).extracting(n -> n.stakeholder().name()).containsExactly("C");
    }

    /** As the services refuse it: the refusal's sentence. */
    private static void check(OrgChart chart, long id, Long manager) {
        org.kamworkbench.service.message.UserInputException.throwIf(chart.refusalOfReportsTo(id, manager));
    }
}
