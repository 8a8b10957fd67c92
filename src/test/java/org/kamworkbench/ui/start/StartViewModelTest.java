package org.kamworkbench.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

class StartViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private int changes;
    private final StartViewModel model = new StartViewModel(
            TestWorkspaces.services("client", Path.of("client.mv.db"), ws, () -> { }), Background.DIRECT,
            TestWorkspaces.english(), () -> changes++);

    @Test
    void anEmptyWorkspaceOffersTheWaysToFillIt() {
        model.refresh();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.workspaceName()).isEqualTo("client");
    }

    @Test
    void loadingTheDemoFillsTheSummary() {
        model.refresh();
        model.loadDemo();
        assertThat(changes).isEqualTo(1);
        model.refresh();
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.accountsProperty().get()).isEqualTo("300");
        assertThat(model.yearsProperty().get()).isEqualTo("2022 – 2024");
        assertThat(model.revenueByCurrency()).extracting(StartViewModel.CurrencyTotal::currency)
                .containsExactly("CHF", "EUR", "GBP", "JPY", "USD");
        assertThat(model.revenueByCurrency().get(3).amount()).matches("\\d{1,3}(,\\d{3})+");
        assertThat(model.totalProperty().get()).startsWith("€");
        assertThat(model.totalMissingProperty().get()).isFalse();
    }

    @Test
    void aCriteriaSetPastItsReviewDateIsDue() {
        MemoryKeyAccounts keys = new MemoryKeyAccounts();
        keys.saveNewVersion(CriteriaTemplates.template(CriteriaTemplates.REVENUE_FIRST), LocalDateTime.of(2020, 3, 1, 9, 0));
        StartViewModel due = new StartViewModel(TestWorkspaces.services("client", Path.of("client.mv.db"), ws, keys,
                () -> { }), Background.DIRECT, TestWorkspaces.english(), () -> { });
        due.refresh();
        assertThat(due.reviewDueProperty().get()).isTrue();
        assertThat(due.reviewProperty().get()).isEqualTo(
                "Criteria review due: “Revenue-first (simple)” was due for review on 3/1/2021.");
        model.refresh();
        assertThat(model.reviewProperty().get()).isEmpty();
    }

    @Test
    void theReviewDateInAnItalianSentenceIsWrittenTheItalianWay() {
        MemoryKeyAccounts keys = new MemoryKeyAccounts();
        keys.saveNewVersion(CriteriaTemplates.template(CriteriaTemplates.REVENUE_FIRST), LocalDateTime.of(2020, 3, 1, 9, 0));
        StartViewModel due = new StartViewModel(TestWorkspaces.services("client", Path.of("client.mv.db"), ws, keys,
                () -> { }), Background.DIRECT, org.kamworkbench.ui.common.Texts.forLocale(java.util.Locale.ITALY), () -> { });
        due.refresh();
        assertThat(due.reviewProperty().get()).endsWith("andava rivisto entro il 01/03/2021.");
    }

    @Test
    void aCancelledDemoLeavesTheScreenReadyAgain() {
        StartViewModel cancelling = new StartViewModel(
                TestWorkspaces.services("client", Path.of("client.mv.db"), ws, () -> { }), new Background() {
                    @Override
                    public <T> Running start(String description, Work<T> work, Listener<T> listener) {
                        listener.cancelled();
                        return () -> { };
                    }
                }, TestWorkspaces.english(), () -> changes++);
        cancelling.loadDemo();
        assertThat(cancelling.busyProperty().get()).isFalse();
        assertThat(cancelling.errorProperty().get()).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aSecondDemoLoadIsRefusedWithASentence() {
        model.loadDemo();
        model.loadDemo();
        assertThat(model.errorProperty().get()).startsWith("The demo portfolio can only be loaded into an empty workspace");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(ws.accounts).hasSize(300);
    }
}
