package org.kamworkbench.ui.accounts;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;

/** The bar above the accounts table: search, country, region and owner filters, and the figures' year. */
final class AccountsFilters {
    private final AccountsViewModel model;
    private final Texts texts;

    AccountsFilters(AccountsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    void bind(CustomTextField searchField, ComboBox<String> countryBox, ComboBox<String> regionBox,
              ComboBox<String> ownerBox, Button clearButton) {
        searchField.setLeft(Icons.SEARCH.graphic());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        filter(countryBox, model.countries(), model.countryProperty(), "accounts.allCountries",
                code -> countryName(code, texts.locale()));
        filter(regionBox, model.regions(), model.regionProperty(), "accounts.allRegions", Function.identity());
        filter(ownerBox, model.owners(), model.ownerProperty(), "accounts.allOwners", Function.identity());
        clearButton.setGraphic(Icons.RESET.graphic());
    }

    /** The year whose ABC class, share and growth the table shows. */
    void bindYear(Label yearLabel, ComboBox<Integer> yearBox) {
        yearBox.setItems(model.figureYears());
        yearBox.valueProperty().bindBidirectional(model.figureYearProperty());
        yearBox.setTooltip(new Tooltip(texts.get("accounts.figuresYear.help")));
        yearLabel.setLabelFor(yearBox);
    }

    /** "Italy (IT)" in the user's language; the bare code when the language has no name for it. */
    static String countryName(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private void filter(ComboBox<String> box, ObservableList<String> items,
                        ObjectProperty<String> value, String allKey,
                        Function<String, String> display) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(list -> new FilterCell(allKey, display));
        box.setButtonCell(new FilterCell(allKey, display));
        box.setPromptText(texts.get(allKey));
    }

    /** A choice shown by {@code display}; no choice (or an empty one) reads as "all". */
    private final class FilterCell extends ListCell<String> {
        private final String allKey;
        private final Function<String, String> display;

        FilterCell(String allKey, Function<String, String> display) {
            this.allKey = allKey;
            this.display = display;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.isEmpty() ? texts.get(allKey) : display.apply(item));
        }
    }
}
