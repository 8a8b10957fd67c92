package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.Text;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.PeriodCells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports revenue as invoice lines (a date per row), period totals (a year or a month per row) or in
 * wide form (one column per year). Rows are summed in memory per account, currency and month as the
 * file streams by; a yearly total lands in January and covers the whole year.
 */
public final class RevenueImport implements RowImport {
    /** The shapes of revenue file. */
    public enum Form { LINES, PERIODS, WIDE }

    private static final int MAX_TEXT = 1000;

    private final Cells cells;
    private final NumberParser numbers;
    private final DateParser dates;
    private final RevenueRepository repository;
    private final RevenueMode mode;
    private final AccountIndex accounts;
    private final Form form;
    private CellAccumulator sums = new CellAccumulator();
    private final BitSet covered = new BitSet();
    private final List<String> currencyCodes = new ArrayList<>();
    /** The file's product lines in order of appearance: bit i of a cell's set is the i-th. */
    private final List<String> productLines = new ArrayList<>();
    private final Map<String, Integer> productLineIndex = new HashMap<>();
    private String lastProductText = "";
    private long lastProductBit;
    private final Map<String, Integer> currencyOfText = new HashMap<>();
    private final int[] accountCurrency;
    private final int cAccount;
    private final int cAccountName;
    private final int cDate;
    private final PeriodCells periods;
    private final int cAmount;
    private final int cCurrency;
    private final int cDocument;
    private final int cProduct;
    private final int[] yearColumns;
    private final int[] yearOfColumn;
    private RevenuePlanner planner;
    /** Export lines come grouped by invoice and date: the last match is the next row's best guess. */
    private String lastAccountText;
    private int lastAccount = AccountIndex.NONE;
    private String lastDateText;
    private int lastMonth;
    /** The currency written in the amount just read, or null. */
    private CurrencyMark amountMark;

    public RevenueImport(Cells cells, NumberParser numbers, DateParser dates, AccountRepository accountRepository,
                         RevenueRepository repository, RevenueMode mode) {
        this.cells = cells;
        this.numbers = numbers;
        this.dates = dates;
        this.repository = repository;
        this.mode = mode;
        this.accounts = new AccountIndex(accountRepository.findAll());
        ColumnMapping m = cells.mapping();
        this.form = formOf(m);
        cAccount = m.column(Fields.ACCOUNT);
        cAccountName = m.column(Fields.ACCOUNT_NAME);
        cDate = m.column(Fields.DATE);
        periods = new PeriodCells(cells, m.column(Fields.PERIOD), m.column(Fields.YEAR), m.column(Fields.MONTH));
        cAmount = m.column(Fields.AMOUNT);
        cCurrency = m.column(Fields.CURRENCY);
        cDocument = m.column(Fields.DOCUMENT_ID);
        cProduct = m.column(Fields.PRODUCT_LINE);
        Map<Integer, Integer> wide = m.yearColumns();
        yearColumns = wide.keySet().stream().mapToInt(Integer::intValue).toArray();
        yearOfColumn = wide.values().stream().mapToInt(Integer::intValue).toArray();
        accountCurrency = new int[accounts.size()];
        for (int i = 0; i < accountCurrency.length; i++) {
            String c = accounts.currency(i);
            accountCurrency[i] = Currencies.isCode(c) ? currencyIndex(c) : -1;
        }
    }

    /** Lines when a date column maps, period totals when a period, year or month column maps, else wide. */
    public static Form formOf(ColumnMapping m) {
        if (m.has(Fields.AMOUNT) && m.has(Fields.DATE)) {
            return Form.LINES;
        }
        if (m.has(Fields.AMOUNT) && (m.has(Fields.PERIOD) || m.has(Fields.YEAR) || m.has(Fields.MONTH))) {
            return Form.PERIODS;
        }
        return Form.WIDE;
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        int account = account(row);
        if (form == Form.WIDE) {
            return acceptWide(row, account, before);
        }
        int period = form == Form.LINES ? date(row) : periods.read(row);
        String amountText = Cells.get(row, cAmount);
        long amount = amount(row, cAmount, amountText);
        int currency = currency(row, account, cAmount, amountText, amountText.isEmpty() ? null : amountMark);
        checkLength(row, cDocument);
        checkLength(row, cProduct);
        long productLine = productLine(row);
        if (cells.problems().count() != before) {
            return false;
        }
        add(row, account, currency, period, amount, productLine);
        return true;
    }

    private boolean acceptWide(TableRow row, int account, long before) {
        long[] amounts = new long[yearColumns.length];
        boolean[] present = new boolean[yearColumns.length];
        int firstColumn = -1;
        String firstText = "";
        CurrencyMark code = null;
        for (int i = 0; i < yearColumns.length; i++) {
            String text = Cells.get(row, yearColumns[i]);
            if (!text.isEmpty()) {
                present[i] = true;
                amounts[i] = amount(row, yearColumns[i], text);
                if (firstColumn < 0) {
                    firstColumn = yearColumns[i];
                    firstText = text;
                    code = amountMark;
                }
            }
        }
        if (firstColumn < 0) {
            return cells.problems().count() == before;
        }
        int currency = currency(row, account, firstColumn, firstText, code);
        if (cells.problems().count() != before) {
            return false;
        }
        for (int i = 0; i < yearColumns.length; i++) {
            if (present[i]) {
                add(row, account, currency, yearOfColumn[i] * 100, amounts[i], 0);
            }
        }
        return true;
    }

    /** Adds to the cell of the month, or of January for a whole year (period = yyyymm, mm 0 = year). */
    private void add(TableRow row, int account, int currency, int period, long amountE4, long productLine) {
        int year = period / 100;
        int month = period % 100;
        try {
            sums.add(CellAccumulator.key(account, currency, year, month == 0 ? 1 : month), amountE4, 1, productLine);
        } catch (ArithmeticException e) {
            throw new ImportInputException("Line " + row.line() + ": the revenue of account "
                    + accounts.externalId(account) + " in " + year + " grows beyond what the workspace can store.");
        }
        int base = (year - 1900) * 12;
        if (month == 0) {
            covered.set(base, base + 12);
        } else {
            covered.set(base + month - 1);
        }
    }

    private int account(TableRow row) {
        String raw = cAccount < 0 ? "" : row.cell(cAccount);
        if (raw.equals(lastAccountText)) {
            return lastAccount;
        }
        int i = accounts.byExternalId(raw);
        if (i >= 0) {
            lastAccountText = raw;
            lastAccount = i;
            return i;
        }
        String id = Text.strip(raw);
        if (!id.isEmpty()) {
            i = accounts.byExternalId(id);
            if (i == AccountIndex.NONE) {
                i = accounts.byName(id);
            }
        }
        String name = Cells.get(row, cAccountName);
        if (i == AccountIndex.NONE && !name.isEmpty()) {
            i = accounts.byName(name);
        }
        int column = !id.isEmpty() || cAccountName < 0 ? cAccount : cAccountName;
        String shown = !id.isEmpty() ? id : name;
        if (i == AccountIndex.AMBIGUOUS) {
            cells.problem(row, column, shown, "names several accounts — use the account id");
        } else if (i == AccountIndex.NONE && shown.isEmpty()) {
            cells.problem(row, column, null, "the account is empty");
        } else if (i == AccountIndex.NONE) {
            cells.problem(row, column, shown, "matches no account by id or name — import the accounts first");
        }
        return i;
    }

    private int date(TableRow row) {
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
            cells.problem(row, cDate, t.isEmpty() ? null : t, t.isEmpty() ? "the date is empty" : e.reason());
            return -1;
        }
    }

    /** Reads an amount; {@link #amountMark} is then the currency written in it, or null. */
    private long amount(TableRow row, int column, String text) {
        amountMark = null;
        if (text.isEmpty()) {
            cells.problem(row, column, null, "the amount is empty");
            return 0;
        }
        try {
            NumberParser reader = numbers.forCell(row, column);
            long v = reader.parseE4(text);
            amountMark = reader.lastCurrency();
            return v;
        } catch (InvalidValueException e) {
            cells.problem(row, column, text, e.reason());
            return 0;
        }
    }

    /**
     * The currency index of a row: its currency column, else the account's currency; a currency written
     * in the amount must agree with it, and is the row's currency only when neither is there.
     */
    private int currency(TableRow row, int account, int amountColumn, String amountText, CurrencyMark mark) {
        String text = Cells.get(row, cCurrency);
        int known = -1;
        if (!text.isEmpty()) {
            Integer index = currencyOfText.get(text);
            if (index == null) {
                String iso = Currencies.code(text);
                if (iso == null) {
                    cells.problem(row, cCurrency, text, "is not an ISO 4217 currency code (such as EUR or USD)");
                    return -1;
                }
                index = currencyIndex(iso);
                currencyOfText.put(text, index);
            }
            known = index;
        } else if (account >= 0) {
            known = accountCurrency[account];
        }
        if (known >= 0) {
            String disagreement = CurrencyMark.disagreement(mark, currencyCodes.get(known));
            if (disagreement != null) {
                cells.problem(row, amountColumn, amountText, disagreement);
            }
            return known;
        }
        if (mark != null) {
            if (mark.onlyCode() == null) {
                cells.problem(row, amountColumn, amountText, "could be in " + mark.codesText()
                        + " — add a currency column or write the ISO code");
                return -1;
            }
            return currencyIndex(mark.onlyCode());
        }
        if (account < 0) {
            return -1;
        }
        cells.problem(row, cAccount >= 0 ? cAccount : cAccountName, accounts.externalId(account),
                "has no currency — add a currency column or set the account's currency");
        return -1;
    }

    private int currencyIndex(String iso) {
        int i = currencyCodes.indexOf(iso);
        if (i < 0) {
            currencyCodes.add(iso);
            i = currencyCodes.size() - 1;
        }
        return i;
    }

    /** The bit of the row's product line in the file's list (0 without one); a 65th line is a problem. */
    private long productLine(TableRow row) {
        String raw = cProduct < 0 ? "" : row.cell(cProduct);
        if (raw.equals(lastProductText)) {
            return lastProductBit;
        }
        String text = Text.strip(raw);
        if (text.isEmpty()) {
            return 0;
        }
        Integer index = productLineIndex.get(text);
        if (index == null) {
            if (productLines.size() == Long.SIZE) {
                cells.problem(row, cProduct, text, "would be product line number " + (Long.SIZE + 1) + " of this "
                        + "file; up to " + Long.SIZE + " product lines (families, not single products) are counted");
                return 0;
            }
            index = productLines.size();
            productLines.add(text);
            productLineIndex.put(text, index);
        }
        lastProductText = raw;
        lastProductBit = 1L << index;
        return lastProductBit;
    }

    private void checkLength(TableRow row, int column) {
        if (column >= 0 && row.cell(column).length() > MAX_TEXT) {
            cells.problem(row, column, row.cell(column), "is longer than " + MAX_TEXT + " characters");
        }
    }

    @Override
    public Counts plan(boolean writable) {
        planner = new RevenuePlanner(sums, covered, accounts, currencyCodes, productLines, repository, mode);
        Counts counts = planner.plan(writable);
        // the cells are listed now: let the table go before the store allocates for the write
        sums = null;
        return counts;
    }

    @Override
    public void write() {
        planner.write();
    }
}
