package org.kamworkbench.ui.accounts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kamworkbench.ui.common.Texts;

/**
 * The kinds of column of the accounts table. Each column keeps its width at the base font size (to grow
 * with a larger font, see {@link #scale}) and a comparator that reads the rows directly (see {@link #sortKey}).
 */
final class AccountColumns {
    private static final String MISSING = "—";
    private static final String BASE_WIDTH = "kam.baseWidth";
    private static final String SORT_KEY = "kam.sortKey";
    static final Comparator<String> TEXT_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<BigDecimal> NUMBER_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Double> FRACTION_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Texts texts;
    private final AccountsViewModel model;
    /** Used by the table's cells only, on the UI thread. */
    private final NumberFormat amountFormat;

    AccountColumns(Texts texts, AccountsViewModel model) {
        this.texts = texts;
        this.model = model;
        this.amountFormat = texts.amountFormat();
    }

    /** The comparator on rows that sorts by {@code column}; null for a column that does not sort (a group). */
    @SuppressWarnings("unchecked")
    static Comparator<AccountsRow> sortKey(TableColumn<AccountsRow, ?> column) {
        return (Comparator<AccountsRow>) column.getProperties().get(SORT_KEY);
    }

    /** Sets every column (and nested column) to its base width times {@code scale}. */
    static void scale(List<? extends TableColumn<AccountsRow, ?>> columns, double scale) {
        for (TableColumn<AccountsRow, ?> column : columns) {
            Object base = column.getProperties().get(BASE_WIDTH);
            if (base instanceof Double width) {
                column.setPrefWidth(width * scale);
            }
            scale(column.getColumns(), scale);
        }
    }

    TableColumn<AccountsRow, String> text(String key, Function<AccountsRow, String> value, double width) {
        TableColumn<AccountsRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, TEXT_ORDER));
        return withWidth(column, width);
    }

    TableColumn<AccountsRow, BigDecimal> number(String key, Function<AccountsRow, BigDecimal> value, double width) {
        TableColumn<AccountsRow, BigDecimal> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, NUMBER_ORDER));
        column.setCellFactory(c -> new AmountCell(-1));
        column.getStyleClass().add("numeric");
        return withWidth(column, width);
    }

    /** Our revenue in the table's {@code index}-th year. */
    TableColumn<AccountsRow, BigDecimal> year(int year, int index) {
        TableColumn<AccountsRow, BigDecimal> column = new TableColumn<>(String.valueOf(year));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue(index)));
        column.getProperties().put(SORT_KEY, Comparator.comparing((AccountsRow r) -> r.revenue(index), NUMBER_ORDER));
        column.setCellFactory(c -> new AmountCell(index));
        column.getStyleClass().add("numeric");
        return withWidth(column, 140.0);
    }

    /** A share or growth shown as a percentage, sorted as a number. */
    TableColumn<AccountsRow, Double> fraction(String key, Function<AccountsRow, Double> value, boolean signed,
                                              int decimals, double width) {
        TableColumn<AccountsRow, Double> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, FRACTION_ORDER));
        column.setComparator(FRACTION_ORDER);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double fraction, boolean empty) {
                super.updateItem(fraction, empty);
                setText(empty || fraction == null ? null
                        : signed ? texts.signedPercent(fraction) : texts.percent(fraction, decimals));
            }
        });
        column.getStyleClass().add("numeric");
        return withWidth(column, width);
    }

    /** The client's own annual revenue with the currency it is in ("12,000,000 USD"); sorts by the amount. */
    TableColumn<AccountsRow, BigDecimal> annualRevenue() {
        TableColumn<AccountsRow, BigDecimal> column = number("accounts.col.annualRevenue", AccountsRow::annualRevenue, 190);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                AccountsRow row = empty ? null : getTableRow().getItem();
                if (value == null || row == null) {
                    setText(null);
                } else {
                    String currency = row.currency();
                    setText(amountFormat.format(value) + (currency == null ? "" : " " + currency));
                }
            }
        });
        return column;
    }

    private static <T extends TableColumn<AccountsRow, ?>> T withWidth(T column, double width) {
        column.getProperties().put(BASE_WIDTH, width);
        column.setPrefWidth(width);
        return column;
    }

    /** A right-aligned amount; for a year whose revenue lacks an FX rate, a dash that says which rate. */
    private final class AmountCell extends TableCell<AccountsRow, BigDecimal> {
        private final int yearIndex;

        AmountCell(int yearIndex) {
            this.yearIndex = yearIndex;
            getStyleClass().add("amount-cell");
        }

        @Override
        protected void updateItem(BigDecimal value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("missing-rate");
            setTooltip(null);
            AccountsRow row = empty ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
            } else if (yearIndex >= 0 && row.unconverted(yearIndex)) {
                setText(MISSING);
                getStyleClass().add("missing-rate");
                setTooltip(new Tooltip(model.missingRateText(row, yearIndex)));
            } else {
                setText(value == null ? null : amountFormat.format(value));
            }
        }
    }
}
