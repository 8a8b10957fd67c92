package org.kamworkbench.ui.portfolio;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;

/** The "lose these accounts" panel of the portfolio screen: the picker, the impact figures and the impact table. */
final class ScenarioPanel {
    private final ScenarioPicks scenario;
    private final Texts texts;

    ScenarioPanel(ScenarioPicks scenario, Texts texts) {
        this.scenario = scenario;
        this.texts = texts;
    }

    /** The search, the accounts to pick from and the picks; a double click on a choice runs {@code addChoice}. */
    void bindPicker(CustomTextField search, ListView<Account> choiceList, ListView<Account> pickList, Button add,
                    Button remove, Button reset, Runnable addChoice) {
        search.setLeft(Icons.SEARCH.graphic());
        search.textProperty().bindBidirectional(scenario.searchProperty());
        choiceList.setItems(scenario.searchResults());
        choiceList.setCellFactory(l -> new AccountCell());
        choiceList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addChoice.run();
            }
        });
        pickList.setItems(scenario.picks());
        pickList.setCellFactory(l -> new AccountCell());
        pickList.setPlaceholder(new Label(texts.get("portfolio.scenario.none")));
        add.setGraphic(Icons.ADD.graphic());
        add.disableProperty().bind(choiceList.getSelectionModel().selectedItemProperty().isNull());
        remove.setGraphic(Icons.DELETE.graphic());
        remove.disableProperty().bind(pickList.getSelectionModel().selectedItemProperty().isNull());
        reset.setGraphic(Icons.RESET.graphic());
        reset.disableProperty().bind(Bindings.isEmpty(scenario.picks()));
    }

    /** The summary figures; the crossing label is marked when the portfolio or a group changes band. */
    void bindImpact(Label atRisk, Label top20, Label hhi, Label crossing) {
        scenario.summaryProperty().addListener((o, was, s) -> {
            atRisk.setText(s == null ? PortfolioFormats.NONE : s.atRisk());
            top20.setText(s == null ? PortfolioFormats.NONE : s.top20());
            hhi.setText(s == null ? PortfolioFormats.NONE : s.hhi());
            crossing.setText(s == null ? PortfolioFormats.NONE : s.crossings());
            crossing.getStyleClass().remove("crossing");
            ScenarioResult result = scenario.scenarioProperty().get();
            if (result != null && (result.crossesBand() || !result.groupsCrossingBand().isEmpty())) {
                crossing.getStyleClass().add("crossing");
            }
        });
        for (Label l : List.of(atRisk, top20, hhi, crossing)) {
            l.setText(PortfolioFormats.NONE);
        }
    }

    /** The impact on each group, with {@code figures}' currency. */
    void bindImpactTable(TableView<GroupImpact> table, PortfolioFigures figures, PortfolioFormats f) {
        PortfolioTables.impacts(table, texts, f, figures::money);
        scenario.scenarioProperty().addListener((o, was, s) -> table.getItems().setAll(
                s == null ? List.of() : s.groups()));
    }

    private final class AccountCell extends ListCell<Account> {
        @Override
        protected void updateItem(Account a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : scenario.label(a));
        }
    }
}
