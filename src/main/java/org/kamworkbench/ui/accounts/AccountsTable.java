package org.kamworkbench.ui.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kamworkbench.ui.common.Texts;

/**
 * The accounts table: its columns (rebuilt when the years, the reporting currency or the figures' year change),
 * its sorting, and widths and row height that follow the font size.
 */
final class AccountsTable {
    private static final double BASE_FONT_SIZE = 14;
    private static final double ROW_HEIGHT_PER_FONT_SIZE = 2.6;

    private final AccountsViewModel model;
    private final Texts texts;
    private final TableView<AccountsRow> table;
    /** A control in the screen's font, whose size the table follows. */
    private final TextInputControl fontSource;
    private final AccountColumns columns;

    private AccountsTable(AccountsViewModel model, Texts texts, TableView<AccountsRow> table,
                          TextInputControl fontSource) {
        this.model = model;
        this.texts = texts;
        this.table = table;
        this.fontSource = fontSource;
        this.columns = new AccountColumns(texts, model);
        table.setItems(model.rows());
        table.setSortPolicy(this::sort);
        table.setPlaceholder(new Label(texts.get("accounts.empty")));
        table.setTableMenuButtonVisible(true);
        buildColumns(model.yearsProperty().get());
        model.yearsProperty().addListener((o, was, years) -> buildColumns(years));
        model.reportingCurrencyProperty().addListener((o, was, now) -> buildColumns(model.yearsProperty().get()));
        model.figureYearProperty().addListener((o, was, now) -> buildColumns(model.yearsProperty().get()));
        // Presentation mode enlarges the font: columns grow with it so that nothing gets cut off.
        fontSource.fontProperty().addListener((o, was, now) -> {
            scaleColumns();
            fixRowHeight();
        });
        fixRowHeight();
    }

    /** Binds {@code table} to the rows of {@code model}; its widths and row height follow {@code fontSource}. */
    static AccountsTable bind(AccountsViewModel model, Texts texts, TableView<AccountsRow> table,
                              TextInputControl fontSource) {
        return new AccountsTable(model, texts, table, fontSource);
    }

    private void buildColumns(List<Integer> years) {
        List<TableColumn<AccountsRow, ?>> all = new ArrayList<>(List.of(
                columns.text("accounts.col.externalId", AccountsRow::externalId, 120),
                columns.text("accounts.col.name", AccountsRow::name, 300)));
        if (!years.isEmpty()) {
            // Our revenue comes right after the name: it is what a key account manager looks for first.
            TableColumn<AccountsRow, BigDecimal> revenue = new TableColumn<>(
                    texts.format("accounts.col.revenue", model.reportingCurrencyProperty().get()));
            for (int i = 0; i < years.size(); i++) {
                revenue.getColumns().add(columns.year(years.get(i), i));
            }
            all.add(revenue);
            all.add(figuresColumn());
        }
        all.addAll(List.of(
                columns.text("accounts.col.owner", AccountsRow::owner, 150),
                columns.text("accounts.col.country", AccountsRow::country, 100),
                columns.text("accounts.col.region", AccountsRow::region, 100),
                columns.text("accounts.col.division", AccountsRow::division, 170),
                columns.text("accounts.col.industry", AccountsRow::industry, 160),
                columns.text("accounts.col.type", AccountsRow::type, 110),
                columns.text("accounts.col.currency", AccountsRow::currency, 100),
                columns.annualRevenue(),
                columns.number("accounts.col.employees", r -> r.employees() == null ? null
                        : BigDecimal.valueOf(r.employees()), 120)));
        table.getColumns().setAll(all);
        scaleColumns();
    }

    /** ABC class, share, cumulative share, nominal and real growth in the chosen year, under one header. */
    private TableColumn<AccountsRow, ?> figuresColumn() {
        Integer year = model.figureYearProperty().get();
        TableColumn<AccountsRow, String> group = new TableColumn<>(
                texts.format("accounts.col.figures", year == null ? "" : String.valueOf(year)));
        TableColumn<AccountsRow, String> abc = columns.text("accounts.col.abc", AccountsRow::abcClass, 70);
        abc.setComparator(AccountColumns.TEXT_ORDER);
        group.getColumns().addAll(List.of(abc,
                columns.fraction("accounts.col.share", AccountsRow::share, false, 2, 100),
                columns.fraction("accounts.col.cumulativeShare", AccountsRow::cumulativeShare, false, 1, 130),
                columns.fraction("accounts.col.nominalGrowth", AccountsRow::nominalGrowth, true, 1, 130),
                columns.fraction("accounts.col.realGrowth", AccountsRow::realGrowth, true, 1, 120)));
        return group;
    }

    /**
     * Sorts the rows with comparators that read the rows directly: the table's own comparator goes
     * through every column's cell value factory, which makes sorting 100 000 rows ten times slower.
     */
    private boolean sort(TableView<AccountsRow> sorted) {
        Comparator<AccountsRow> order = null;
        for (TableColumn<AccountsRow, ?> column : sorted.getSortOrder()) {
            Comparator<AccountsRow> key = AccountColumns.sortKey(column);
            if (key == null) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        model.rows().setComparator(order);
        return true;
    }

    /** A fixed row height spares the table measuring rows: what keeps 100 000 rows scrolling smoothly. */
    private void fixRowHeight() {
        table.setFixedCellSize(Math.round(fontSource.getFont().getSize() * ROW_HEIGHT_PER_FONT_SIZE));
    }

    private void scaleColumns() {
        AccountColumns.scale(table.getColumns(), Math.max(1, fontSource.getFont().getSize() / BASE_FONT_SIZE));
    }
}
