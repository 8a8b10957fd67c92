package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.service.criteria.KeyAccountFixture;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.RatingTodo;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/**
 * Issue 13 §1 and §3 without a toolkit: on a first start the draft is the template fitted to the data,
 * the matrix says how many accounts are incomplete and why, one command saves the set and asks for the
 * rating grid on exactly those accounts and criteria; the grid is sorted by revenue and shows a rating
 * at once, keeping it through a reload that ran before the write.
 */
class RatingWorkListTest {
    private final KeyAccountFixture f = new KeyAccountFixture()
            .account("S").revenue("S", 2024, 1, "100").revenue("S", 2024, 12, "100")
            .account("L").revenue("L", 2024, 1, "900").revenue("L", 2024, 12, "100")
            .account("M").revenue("M", 2024, 12, "500");
    private final KeyAccountServices service = f.service();

    private KeyAccountsViewModel matrix() {
        KeyAccountsViewModel model = new KeyAccountsViewModel(service, Background.DIRECT, TestWorkspaces.english(),
                () -> { });
        model.refresh();
        return model;
    }

    @Test
    void aFirstStartProposesTheFittedTemplateAndSaysWhyAccountsAreIncomplete() {
        KeyAccountsViewModel model = matrix();
        // one year of revenue, no spend: Growth and Share of wallet are left out, Our revenue stays
        assertThat(model.editor().criteria()).extracting(r -> r.nameProperty().get()).containsExactly("Potential",
                "Profitability", "Cultural fit", "Strategic fit", "Our revenue", "Relationship history");
        assertThat(model.ranking()).isEmpty();
        assertThat(model.incompleteSummary().textProperty().get()).isEqualTo(
                "3 accounts are incomplete and not on the matrix: 3 without a rating for Potential; "
                        + "3 without a rating for Profitability; 3 without a rating for Cultural fit; "
                        + "3 without a rating for Strategic fit; 3 without a rating for Relationship history.");
        // the matrix tab shows the headline only (the chart keeps its height on a projector), the reasons on hover
        assertThat(model.incompleteSummary().headlineProperty().get())
                .isEqualTo("3 accounts are incomplete and not on the matrix (hover for the reasons).");
        assertThat(model.incompleteSummary().canRateMissingProperty().get()).isTrue();
    }

    @Test
    void rateMissingSavesTheDraftAndAsksForExactlyTheIncompleteAccountsAndCriteria() {
        KeyAccountsViewModel model = matrix();
        assertThat(service.criteriaSets().currentSet()).isEmpty();
        model.rateMissing();
        assertThat(service.criteriaSets().currentSet()).isPresent();
        RatingTodo todo = model.ratingRequestProperty().get();
        assertThat(todo.accountIds()).isEqualTo(Set.of(f.id("S"), f.id("L"), f.id("M")));
        assertThat(todo.criteria()).containsExactly("Potential", "Profitability", "Cultural fit", "Strategic fit",
                "Relationship history");
        // rate everything but M's Potential: only M is left, and only on Potential
        for (String id : List.of("S", "L", "M")) {
            for (String c : todo.criteria()) {
                if (!(id.equals("M") && c.equals("Potential"))) {
                    service.ratings().rate(f.id(id), c, 3, "T", "");
                }
            }
        }
        model.refresh();
        assertThat(model.ranking()).hasSize(2);
        assertThat(model.incompleteSummary().textProperty().get()).isEqualTo(
                "1 accounts are incomplete and not on the matrix: 1 without a rating for Potential.");
        model.rateMissing();
        assertThat(model.ratingRequestProperty().get()).isEqualTo(new RatingTodo(Set.of(f.id("M")),
                List.of("Potential")));
    }

    @Test
    void theGridIsSortedByRevenueShowsOnlyTheWorkListAndKeepsATypedRating() {
        KeyAccountsViewModel matrix = matrix();
        matrix.rateMissing();
        RatingsViewModel grid = new RatingsViewModel(service.ratings(), Background.DIRECT, TestWorkspaces.english(),
                () -> { },
                () -> { });
        grid.show(matrix.dataProperty().get(), matrix.savedProperty().get());
        assertThat(grid.rows()).extracting(r -> r.account().externalId()).containsExactly("L", "M", "S");
        // 1 000, 500, 200 of 1 700: before M 58.8 % (< 80: A), before S 88.2 % (< 95: B)
        assertThat(grid.rows()).extracting(RatingRow::abcClass).containsExactly("A", "A", "B");
        assertThat(grid.criteria()).hasSize(5);
        grid.showOnly(new RatingTodo(Set.of(f.id("M")), List.of("Cultural fit")));
        assertThat(grid.rows()).extracting(r -> r.account().externalId()).containsExactly("M");
        assertThat(grid.criteria()).extracting(Criterion::name).containsExactly("Cultural fit");
        assertThat(grid.workListProperty().get()).contains("1 incomplete accounts").contains("Cultural fit");
        RatingRow m = grid.rows().get(0);
        Criterion culture = grid.criteria().get(0);
        grid.rate(m, culture, 4, null);
        assertThat(m.rating("Cultural fit").level()).isEqualTo(4);
        assertThat(service.ratings().all()).singleElement().satisfies(r -> assertThat(r.level()).isEqualTo(4));
        // a reload of the same set updates the rows in place: same row objects, the work list stays
        grid.show(service.scoring().load(null), service.criteriaSets().currentSet().orElseThrow());
        assertThat(grid.rows()).containsExactly(m);
        assertThat(m.rating("Cultural fit").level()).isEqualTo(4);
        grid.showAll();
        assertThat(grid.rows()).hasSize(3);
        assertThat(grid.workListProperty().get()).isEmpty();
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedAndLeavesTheCellAsItWas() {
        KeyAccountsViewModel matrix = matrix();
        matrix.rateMissing();
        RatingsViewModel grid = new RatingsViewModel(service.ratings(), Background.DIRECT, TestWorkspaces.english(),
                () -> { },
                () -> { });
        grid.show(matrix.dataProperty().get(), matrix.savedProperty().get());
        RatingRow first = grid.rows().get(0);
        grid.rate(first, grid.criteria().get(0), 7, null);
        assertThat(grid.errorProperty().get()).isEqualTo("7 is outside the scale 1–5 of Potential.");
        assertThat(first.rating("Potential")).isNull();
        assertThat(service.ratings().all()).isEmpty();
        CriteriaSet saved = service.criteriaSets().currentSet().orElseThrow();
        assertThat(saved.criteria()).noneMatch(c -> c.source() == CriterionSource.SHARE_OF_WALLET);
    }
}
