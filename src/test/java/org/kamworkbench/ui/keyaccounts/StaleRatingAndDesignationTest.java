package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.edit.CurrentUser;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.edit.MemoryVersions;
import org.kamworkbench.service.port.UnitOfWork;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/**
 * The rating grid and the designations form of two people on one workspace, without a toolkit: Anna's screen
 * was loaded, Maria saves first; Anna's save is refused with Maria's name and time, her typed rating or reason
 * stays, and after a reload her save goes through. Her own second edit of a cell is never refused.
 */
class StaleRatingAndDesignationTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    private final MemoryVersions versions = new MemoryVersions();
    private final KeyAccountServices anna = service("Anna Keller", "2026-03-15T09:10:00Z");
    private final KeyAccountServices maria = service("Maria Rossi", "2026-03-15T13:32:00Z");
    private final Account acme = new Account(1, "A1", "Acme", null, null, null, null, null, null, "EUR", null, null,
            null, null);

    private KeyAccountServices service(String user, String at) {
        Clock clock = Clock.fixed(Instant.parse(at), ROME);
        return KeyAccountServices.of(keys, keys, keys, keys, new PortfolioService(ws, ws, ws, ws), ws, ws, null, clock,
                new EditGuard(versions, UnitOfWork.DIRECT, new CurrentUser(user), clock));
    }

    @BeforeEach
    void workspace() {
        ws.accounts.add(acme);
        anna.criteriaSets().save(new CriteriaSet("KAM", 0, null, 50, 12, 12, List.of(
                Criterion.manual("Potential", Axis.ATTRACTIVENESS, 30, 5),
                Criterion.manual("Trust", Axis.STRENGTH, 50, 5),
                Criterion.manual("Fit", Axis.ATTRACTIVENESS, 20, 5))));
    }

    /** Anna's key-accounts screen: loaded as the app loads it, the grid shown from that load. */
    private final class AnnasGrid {
        final KeyAccountsViewModel screen = new KeyAccountsViewModel(anna, Background.DIRECT,
                TestWorkspaces.english(), () -> { });
        final RatingsViewModel grid = new RatingsViewModel(anna.ratings(), Background.DIRECT, TestWorkspaces.english(),
                this::reload, this::reload);

        AnnasGrid() {
            reload();
        }

        /** What F5 does: reload, then the grid is shown from the new load. */
        void reload() {
            screen.refresh();
            grid.show(screen.dataProperty().get(), screen.savedProperty().get(), screen.ratingVersions());
        }

        RatingRow acme() {
            return grid.rows().get(0);
        }

        Criterion potential() {
            return grid.criteria().get(0);
        }
    }

    @Test
    void aRatingMariaSavedAfterAnnasLoadRefusesAnnasKeepsHerTypedLevelAndAReloadShowsMarias() {
        anna.ratings().rate(1, "Potential", 2, "Anna Keller", "");
        AnnasGrid screen = new AnnasGrid();
        assertThat(screen.acme().rating("Potential").level()).isEqualTo(2);

        maria.ratings().rate(1, "Potential", 4, "Maria Rossi", "met the CEO",
                maria.ratings().versions().of(VersionKey.rating(1, "Potential")));
        screen.grid.rate(screen.acme(), screen.potential(), 3, null);

        assertThat(screen.grid.errorProperty().get()).isEqualTo("Changed by Maria Rossi at 2:32 PM — reload to see it.");
        assertThat(screen.acme().rating("Potential").level()).as("Anna's typed level stays in the cell").isEqualTo(3);
        assertThat(keys.ratings.values()).singleElement().satisfies(r -> {
            assertThat(r.level()).as("Maria's rating is what is stored").isEqualTo(4);
            assertThat(r.author()).isEqualTo("Maria Rossi");
        });

        screen.reload();
        assertThat(screen.acme().rating("Potential").level()).as("F5 shows Maria's").isEqualTo(4);
        assertThat(screen.grid.errorProperty().get()).as("the reload it asked for clears the refusal").isEmpty();
        screen.grid.rate(screen.acme(), screen.potential(), 3, null);
        assertThat(screen.grid.errorProperty().get()).isEmpty();
        assertThat(keys.ratings.values()).singleElement().satisfies(r -> assertThat(r.level()).isEqualTo(3));
    }

    @Test
    void annasOwnSecondRatingOfACellAndAFirstRatingOfAnEmptyCellGoThrough() {
        AnnasGrid screen = new AnnasGrid();
        Criterion trust = screen.grid.criteria().get(1);
        screen.grid.rate(screen.acme(), screen.potential(), 3, null);
        screen.grid.rate(screen.acme(), screen.potential(), 5, null);
        screen.grid.rate(screen.acme(), trust, 0, null); // clearing an empty cell
        assertThat(screen.grid.errorProperty().get()).isEmpty();
        assertThat(keys.ratings.values()).singleElement().satisfies(r -> assertThat(r.level()).isEqualTo(5));

        // a first rating Maria gave to a cell Anna saw empty is not overwritten either
        maria.ratings().rate(1, "Trust", 2, "Maria Rossi", "",
                maria.ratings().versions().of(VersionKey.rating(1, "Trust")));
        screen.grid.rate(screen.acme(), trust, 4, null);
        assertThat(screen.grid.errorProperty().get()).startsWith("Changed by Maria Rossi at 2:32 PM");
        assertThat(keys.ratings.values()).filteredOn(r -> r.criterion().equals("Trust"))
                .singleElement().satisfies(r -> assertThat(r.level()).isEqualTo(2));
    }

    @Test
    void aDesignationMariaMadeAfterAnnasLoadRefusesAnnasAndKeepsHerStatusAndReason() {
        DesignationsViewModel screen = new DesignationsViewModel(anna.designations(), anna.effort(),
                Background.DIRECT, TestWorkspaces.english());
        screen.show(List.of(acme), null);
        screen.selectedProperty().set(screen.rows().get(0));
        screen.selection().setAll(screen.rows().get(0));

        maria.designations().designateAll(List.of(1L), DesignationStatus.KEY, "Strategic partner", "Maria Rossi",
                maria.designations().versions());
        screen.statusProperty().set(DesignationStatus.DEVELOPMENT);
        screen.reasonProperty().set("Growth potential only");
        screen.authorProperty().set("Anna Keller");
        screen.designate(() -> screen.show(List.of(acme), null));

        assertThat(screen.messageProperty().get()).isEqualTo("Changed by Maria Rossi at 2:32 PM — reload to see it.");
        assertThat(screen.reasonProperty().get()).isEqualTo("Growth potential only");
        assertThat(screen.statusProperty().get()).isEqualTo(DesignationStatus.DEVELOPMENT);
        assertThat(keys.designations).singleElement().satisfies(d -> assertThat(d.author()).isEqualTo("Maria Rossi"));

        screen.show(List.of(acme), null); // F5
        assertThat(screen.rows().get(0).designation().status()).isEqualTo(DesignationStatus.KEY);
        assertThat(screen.messageProperty().get()).isEmpty();
        screen.selection().setAll(screen.rows().get(0));
        screen.statusProperty().set(DesignationStatus.DEVELOPMENT);
        screen.designate(() -> screen.show(List.of(acme), null));
        assertThat(keys.designations).extracting(d -> d.author()).containsExactly("Maria Rossi", "Anna Keller");
        // her own next designation of the same account, before any reload, goes through too
        screen.reasonProperty().set("Back to key: new frame contract");
        screen.statusProperty().set(DesignationStatus.KEY);
        screen.designate(() -> { });
        assertThat(keys.designations).hasSize(3);
    }
}
