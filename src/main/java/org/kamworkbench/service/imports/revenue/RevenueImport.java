package org.kamworkbench.service.imports.revenue;

import org.kamworkbench.service.message.Sentence;

import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.fx.MissingRates;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.Text;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.PeriodCells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ByteRecord;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * Imports revenue as invoice lines (a date per row), period totals (a year or a month per row) or in
 * wide form (one column per year). Rows are summed in memory per account, currency and month as the
 * file streams by; a yearly total lands in January and covers the whole year. A line without an amount
 * column is worth quantity × unit price, exactly.
 */
public final class RevenueImport implements RowImport {
    /** The shapes of revenue file. */
    public enum Form { LINES, PERIODS, WIDE }

    /** The longest document id or product line, in characters. */
    static final int MAX_TEXT = 1000;

    /**
     * What the user chose beyond the mapping, and what the revenue is checked and written with.
     *
     * @param currency        the currency of lines without one, before the account's (null: none given)
     * @param createAccounts  an unknown account is created instead of being a problem
     * @param regionByCountry the workspace's regions, for the country of a created account
     * @param fx              the workspace's FX table, to find the months no rate converts
     */
    public record Setup(RevenueMode mode, String currency, boolean createAccounts,
                        Map<String, String> regionByCountry, FxTable fx, UnitOfWork unitOfWork) {
    }

    private final Cells cells;
    private final DateParser dates;
    private final RevenueRepository repository;
    private final Setup setup;
    private final AccountRepository accountRepository;
    private final AccountIndex accounts;
    private final Form form;
    private final RevenueColumns columns;
    private final PeriodCells periods;
    private final LineAmounts lineAmounts;
    private final FileCurrencies currencies;
    private final ProductLines productLines;
    private final RevenueSums sums;
    private final RowAccounts rowAccounts;
    private final RowCurrency rowCurrency;
    private final RowProductLine rowProductLine;
    private final RevenueBytePath bytePath;
    private RevenuePlanner planner;
    /** Export lines come grouped by invoice and date: the last date read is the next row's best guess. */
    private String lastDateText;
    private int lastMonth;

    public RevenueImport(Cells cells, NumberParser numbers, DateParser dates, AccountRepository accountRepository,
                         RevenueRepository repository, Setup setup) {
        this.cells = cells;
        this.dates = dates;
        this.repository = repository;
        this.setup = setup;
        this.accountRepository = accountRepository;
        this.accounts = new AccountIndex(accountRepository.findAll());
        ColumnMapping m = cells.mapping();
        this.form = formOf(m);
        this.columns = RevenueColumns.of(m);
        this.periods = new PeriodCells(cells, columns.period(), columns.year(), columns.month());
        this.lineAmounts = new LineAmounts(cells, numbers);
        this.currencies = new FileCurrencies(accounts, setup.currency());
        this.productLines = new ProductLines();
        this.sums = new RevenueSums(accounts);
        this.rowAccounts = new RowAccounts(cells, accounts, columns, setup.createAccounts(), setup.regionByCountry());
        this.rowCurrency = new RowCurrency(cells, currencies, accounts, columns.currency());
        this.rowProductLine = new RowProductLine(cells, productLines, columns.product());
        this.bytePath = new RevenueBytePath(accounts, dates, numbers, currencies, productLines, sums, columns);
    }

    /** Lines when a date column maps, period totals when a period, year or month column maps, else wide. */
    public static Form formOf(ColumnMapping m) {
        if (m.hasLineAmount() && m.has(Fields.DATE)) {
            return Form.LINES;
        }
        if (m.hasLineAmount() && (m.has(Fields.PERIOD) || m.has(Fields.YEAR) || m.has(Fields.MONTH))) {
            return Form.PERIODS;
        }
        return Form.WIDE;
    }

    /**
     * True for invoice lines with an account and an amount column, the shape of a big ERP export: then
     * {@link #acceptBytes} reads the common rows straight from the file's bytes.
     */
    @Override
    public boolean readsBytes() {
        return form == Form.LINES && columns.account() >= 0 && columns.amount() >= 0;
    }

    /** A plain row as {@link RevenueBytePath} reads it; any other row goes to {@link #accept} whole. */
    @Override
    public boolean acceptBytes(ByteRecord r) {
        return bytePath.add(r) || accept(r.toRow());
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        int account = rowAccounts.of(row);
        if (form == Form.WIDE) {
            return acceptWide(row, account, before);
        }
        int period = form == Form.LINES ? date(row) : periods.read(row);
        long amount;
        String amountText;
        int amountColumn;
        if (columns.amount() >= 0) {
            amountColumn = columns.amount();
            amountText = Cells.get(row, amountColumn);
            amount = lineAmounts.read(row, amountColumn, amountText);
        } else {
            amountColumn = columns.unitPrice();
            amountText = Cells.get(row, amountColumn);
            amount = lineAmounts.quantityTimesPrice(row, columns.quantity(), amountColumn);
        }
        int currency = rowCurrency.of(row, account, amountColumn, amountText, amountText.isEmpty() ? null : lineAmounts.mark());
        checkLength(row, columns.document());
        checkLength(row, columns.product());
        long productLine = rowProductLine.of(row);
        if (cells.problems().count() != before) {
            return false;
        }
        sums.add(row.line(), account, currency, period, amount, productLine);
        return true;
    }

    private boolean acceptWide(TableRow row, int account, long before) {
        int[] yearColumns = columns.yearColumns();
        long[] amounts = new long[yearColumns.length];
        boolean[] present = new boolean[yearColumns.length];
        int firstColumn = -1;
        String firstText = "";
        CurrencyMark code = null;
        for (int i = 0; i < yearColumns.length; i++) {
            String text = Cells.get(row, yearColumns[i]);
            if (!text.isEmpty()) {
                present[i] = true;
                amounts[i] = lineAmounts.read(row, yearColumns[i], text);
                if (firstColumn < 0) {
                    firstColumn = yearColumns[i];
                    firstText = text;
                    code = lineAmounts.mark();
                }
            }
        }
        if (firstColumn < 0) {
            return cells.problems().count() == before;
        }
        int currency = rowCurrency.of(row, account, firstColumn, firstText, code);
        if (cells.problems().count() != before) {
            return false;
        }
        for (int i = 0; i < yearColumns.length; i++) {
            if (present[i]) {
                sums.add(row.line(), account, currency, columns.yearOfColumn()[i] * 100, amounts[i], 0);
            }
        }
        return true;
    }

    private int date(TableRow row) {
        int cDate = columns.date();
        String s = row.cell(cDate);
        if (s.equals(lastDateText)) {
            return lastMonth;
        }
        try {
            boolean numeric = row.isNumeric(cDate);
            lastMonth = dates.parse(s, numeric) / 100;
            if (numeric) {
                return lastMonth; // a serial number is not the same date as the same digits in text
            }
            lastDateText = s;
            return lastMonth;
        } catch (InvalidValueException e) {
            String t = Text.strip(s);
            cells.problem(row, cDate, t.isEmpty() ? null : t, t.isEmpty() ? Sentence.of("value.dateEmpty") : e.sentence());
            return -1;
        }
    }

    private void checkLength(TableRow row, int column) {
        if (column >= 0 && row.cell(column).length() > MAX_TEXT) {
            cells.refuse(row, column, row.cell(column), "value.tooLong", String.valueOf(MAX_TEXT));
        }
    }

    @Override
    public Counts plan(boolean writable) {
        planner = new RevenuePlanner(sums.cells(), sums.covered(), accounts, currencies.codes(), productLines.names(),
                repository, setup.mode(), new RevenuePlanner.Writer(accountRepository, setup.unitOfWork(),
                        () -> currencies.refuseChangedMeanwhile(accountRepository)), new MissingRates(setup.fx()));
        Counts counts = planner.plan(writable);
        sums.release();
        return counts;
    }

    @Override
    public void write() {
        planner.write();
    }

    @Override
    public long accountsCreated() {
        return accounts.created().size();
    }

    @Override
    public List<MissingRateYears> missingRates() {
        return planner == null ? List.of() : planner.missingRates();
    }
}
