package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.service.export.ExportTexts;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.ui.common.Texts;

/**
 * The accounts behind a number (issue 13 §4): the rows as the portfolio ranks them, formatted for the
 * user's locale, and the same rows unrounded for the CSV export.
 */
public final class AccountListViewModel {
    private final String title;
    private final List<AccountDrillDown.Row> rows;
    private final String currency;
    private final Texts texts;

    public AccountListViewModel(String title, List<AccountDrillDown.Row> rows, String currency, Texts texts) {
        this.title = title;
        this.rows = List.copyOf(rows);
        this.currency = currency;
        this.texts = texts;
    }

    public String title() {
        return title;
    }

    public List<AccountDrillDown.Row> rows() {
        return rows;
    }

    /** "12 accounts · 4 521 300 EUR · 58.3 % of the portfolio". */
    public String summary() {
        java.math.BigDecimal total = rows.stream().map(AccountDrillDown.Row::revenue)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        double share = rows.stream().mapToDouble(AccountDrillDown.Row::share).sum();
        return texts.format("accountList.summary", texts.count(rows.size()), texts.money(total, currency),
                percent(share));
    }

    public String revenue(AccountDrillDown.Row row) {
        return texts.money(row.revenue(), currency);
    }

    public String percent(double fraction) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(texts.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** The CSV rows: a header, then rank, id, name, revenue (plain), share and cumulative share (fractions), class. */
    /** The list as a typed table (numbers as numbers, shares as percentages), for XLSX or CSV. */
    public ExportTable exportTable() {
        ExportTexts t = new ExportTexts(texts.bundle());
        ExportTable.Builder table = ExportTable.named(t.column("sheet.accounts")).integer(t.column("rank"))
                .text(t.column("externalId")).text(t.column("name")).money(t.column("revenue") + " (" + currency + ")")
                .percent(t.column("share")).percent(t.column("cumulativeShare")).text(t.column("abcClass"));
        for (AccountDrillDown.Row r : rows) {
            table.row((long) r.rank(), r.account().externalId(), r.account().name(), r.revenue(), r.share(),
                    r.cumulativeShare(), r.abcClass());
        }
        return table.build();
    }
}
