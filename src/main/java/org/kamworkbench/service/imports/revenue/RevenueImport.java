package org.kamworkbench.service.imports.revenue;

import org.kamworkbench.service.message.Sentence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.fx.MissingRates;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.CountryResolver;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.ExternalIds;
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

    private static final int MAX_TEXT = 1000;
    private static final int MAX_NAME = 255;

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
    private final NumberParser numbers;
    private final DateParser dates;
    private final RevenueRepository repository;
    private final RevenueMode mode;
    private final Setup setup;
    private final AccountRepository accountRepository;
    private final AccountIndex accounts;
    private final Form form;
    private CellAccumulator sums = new CellAccumulator();
    private final BitSet covered = new BitSet();
    private final List<String> currencyCodes = new ArrayList<>();
    /** The file's product lines in order of appearance: bit i of a cell's set is the i-th. */
    private final List<String> productLines = new ArrayList<>();
    private final Map<String, Integer> productLineIndex = new HashMap<>();
    /** The same product lines in UTF-8, for the byte path. */
    private final List<byte[]> productLineBytes = new ArrayList<>();
    private String lastProductText = "";
    private long lastProductBit;
    private final Map<String, Integer> currencyOfText = new HashMap<>();
    private final int[] accountCurrency;
    private final AccountCurrencyCheck currencyFromAccount;
    private final int cAccount;
    private final int cAccountName;
    private final int cDate;
    private final PeriodCells periods;
    private final int cAmount;
    private final int cQuantity;
    private final int cUnitPrice;
    private final int cCountry;
    /** The index of --currency in the file's currencies, or -1. */
    private final int givenCurrency;
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
    private final LineAmounts lineAmounts;
    /** The byte path's own memory of the last date, product line and currency read and what they gave. */
    private final LastBytes lastDateBytes = new LastBytes();
    private int lastBytesPeriod;
    private final LastBytes lastProductBytes = new LastBytes();
    private long lastBytesProductBit;
    private final LastBytes lastCurrencyBytes = new LastBytes();
    private int lastBytesCurrency;

    public RevenueImport(Cells cells, NumberParser numbers, DateParser dates, AccountRepository accountRepository,
                         RevenueRepository repository, Setup setup) {
        this.cells = cells;
        this.numbers = numbers;
        this.lineAmounts = new LineAmounts(cells, numbers);
        this.dates = dates;
        this.repository = repository;
        this.setup = setup;
        this.mode = setup.mode();
        this.accountRepository = accountRepository;
        this.accounts = new AccountIndex(accountRepository.findAll());
        ColumnMapping m = cells.mapping();
        this.form = formOf(m);
        cAccount = m.column(Fields.ACCOUNT);
        cAccountName = m.column(Fields.ACCOUNT_NAME);
        cDate = m.column(Fields.DATE);
        periods = new PeriodCells(cells, m.column(Fields.PERIOD), m.column(Fields.YEAR), m.column(Fields.MONTH));
        cAmount = m.column(Fields.AMOUNT);
        // a file with an amount column uses it; quantity and unit price only stand in for a missing one
        cQuantity = cAmount < 0 ? m.column(Fields.QUANTITY) : -1;
        cUnitPrice = cAmount < 0 ? m.column(Fields.UNIT_PRICE) : -1;
        cCountry = m.column(Fields.COUNTRY);
        cCurrency = m.column(Fields.CURRENCY);
        cDocument = m.column(Fields.DOCUMENT_ID);
        cProduct = m.column(Fields.PRODUCT_LINE);
        Map<Integer, Integer> wide = m.yearColumns();
        yearColumns = wide.keySet().stream().mapToInt(Integer::intValue).toArray();
        yearOfColumn = wide.values().stream().mapToInt(Integer::intValue).toArray();
        accountCurrency = new int[accounts.size()];
        currencyFromAccount = new AccountCurrencyCheck(accounts);
        for (int i = 0; i < accountCurrency.length; i++) {
            String c = accounts.currency(i);
            accountCurrency[i] = Currencies.isCode(c) ? currencyIndex(c) : -1;
        }
        givenCurrency = setup.currency() == null ? -1 : currencyIndex(givenCurrency(setup.currency()));
    }

    /** The ISO code of --currency, or an input error that says what is expected. */
    private static String givenCurrency(String text) {
        String iso = Currencies.code(Text.strip(text));
        if (iso == null) {
            throw new ImportInputException("import.badCurrency", text);
        }
        return iso;
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
        return form == Form.LINES && cAccount >= 0 && cAmount >= 0;
    }

    /**
     * A row read from its bytes when every value it needs is in its plainest form: an account id stored
     * exactly so, a date the date parser read before (or reads now), a plain amount (see
     * {@link NumberParser#plainE4}), a known currency and product line. Then it adds exactly what
     * {@link #accept} adds. Any other row goes to {@link #accept} whole, which reads and refuses values by
     * the one set of rules; nothing here decides that a value is wrong.
     */
    @Override
    public boolean acceptBytes(ByteRecord r) {
        byte[] b = r.bytes();
        int account = accounts.byExternalIdBytes(b, r.start(cAccount), r.end(cAccount));
        if (account == AccountIndex.UNKNOWN_BYTES) {
            account = accounts.byExternalId(r.text(cAccount));
        }
        int period = account < 0 ? -1 : periodOf(r, b);
        long amount = period < 0 ? NumberParser.NOT_PLAIN : numbers.plainE4(b, r.start(cAmount), r.end(cAmount));
        int currency = amount == NumberParser.NOT_PLAIN ? -1 : currencyOf(r, b, account);
        long productLine = currency < 0 || tooLong(r, cDocument) ? -1 : productLineOf(r, b);
        if (productLine < 0) {
            return accept(r.toRow());
        }
        add(r.line(), account, currency, period, amount, productLine);
        return true;
    }

    /** The yyyymm of the row's date, or -1 when it is not a date (left to the row path to say why). */
    private int periodOf(ByteRecord r, byte[] b) {
        int from = r.start(cDate);
        int to = r.end(cDate);
        if (lastDateBytes.equals(b, from, to)) {
            return lastBytesPeriod;
        }
        try {
            lastBytesPeriod = dates.parse(r.text(cDate), false) / 100;
        } catch (InvalidValueException e) {
            lastDateBytes.forget();
            return -1;
        }
        lastDateBytes.set(b, from, to);
        return lastBytesPeriod;
    }

    /** The row's currency index as {@link #currency} finds it for a row without a currency in its amount; -1 otherwise. */
    private int currencyOf(ByteRecord r, byte[] b, int account) {
        int from = r.start(cCurrency);
        int to = r.end(cCurrency);
        if (cCurrency >= 0 && from != to) {
            if (lastCurrencyBytes.equals(b, from, to)) {
                return lastBytesCurrency;
            }
            Integer index = r.isAscii(cCurrency) ? currencyOfText.get(r.text(cCurrency)) : null;
            if (index == null) {
                return -1;
            }
            lastCurrencyBytes.set(b, from, to);
            lastBytesCurrency = index;
            return index;
        }
        if (givenCurrency >= 0) {
            return givenCurrency;
        }
        currencyFromAccount.used(account); // re-checked inside the write lock, as on the row path
        return accountCurrency[account];
    }

    /** The row's product line bit (0 without one), or -1 when the row path must read it. */
    private long productLineOf(ByteRecord r, byte[] b) {
        if (cProduct < 0 || tooLong(r, cProduct)) {
            return cProduct < 0 ? 0 : -1;
        }
        int from = r.start(cProduct);
        int to = r.end(cProduct);
        if (from == to) {
            return 0;
        }
        if (lastProductBytes.equals(b, from, to)) {
            return lastBytesProductBit;
        }
        long bit = 0;
        for (int i = 0; i < productLineBytes.size() && bit == 0; i++) {
            if (Arrays.equals(productLineBytes.get(i), 0, productLineBytes.get(i).length, b, from, to)) {
                bit = 1L << i;
            }
        }
        if (bit == 0) {
            if (!r.isAscii(cProduct)) {
                return -1; // its text may hold spaces the row path strips
            }
            bit = productBit(r.text(cProduct));
            if (bit == 0) {
                return -1;
            }
        }
        lastBytesProductBit = bit;
        lastProductBytes.set(b, from, to);
        return bit;
    }

    private static boolean tooLong(ByteRecord r, int column) {
        return column >= 0 && r.end(column) - r.start(column) > MAX_TEXT; // bytes: at least as many as characters
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        int account = account(row);
        if (form == Form.WIDE) {
            return acceptWide(row, account, before);
        }
        int period = form == Form.LINES ? date(row) : periods.read(row);
        long amount;
        String amountText;
        int amountColumn;
        if (cAmount >= 0) {
            amountColumn = cAmount;
            amountText = Cells.get(row, cAmount);
            amount = lineAmounts.read(row, cAmount, amountText);
        } else {
            amountColumn = cUnitPrice;
            amountText = Cells.get(row, cUnitPrice);
            amount = lineAmounts.quantityTimesPrice(row, cQuantity, cUnitPrice);
        }
        int currency = currency(row, account, amountColumn, amountText, amountText.isEmpty() ? null : lineAmounts.mark());
        checkLength(row, cDocument);
        checkLength(row, cProduct);
        long productLine = productLine(row);
        if (cells.problems().count() != before) {
            return false;
        }
        add(row.line(), account, currency, period, amount, productLine);
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
        int currency = currency(row, account, firstColumn, firstText, code);
        if (cells.problems().count() != before) {
            return false;
        }
        for (int i = 0; i < yearColumns.length; i++) {
            if (present[i]) {
                add(row.line(), account, currency, yearOfColumn[i] * 100, amounts[i], 0);
            }
        }
        return true;
    }

    /** Adds to the cell of the month, or of January for a whole year (period = yyyymm, mm 0 = year). */
    private void add(long line, int account, int currency, int period, long amountE4, long productLine) {
        int year = period / 100;
        int month = period % 100;
        try {
            sums.add(CellAccumulator.key(account, currency, year, month == 0 ? 1 : month), amountE4, 1, productLine);
        } catch (ArithmeticException e) {
            throw new ImportInputException("import.revenueOverflow", String.valueOf(line), accounts.externalId(account), String.valueOf(year));
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
        String id = ExternalIds.normalize(raw);
        if (!id.isEmpty()) {
            i = accounts.byExternalId(id);
            if (i == AccountIndex.NONE) {
                i = accounts.createdByExternalId(id);
            }
            if (i >= 0) { // found by its id: the next row with the same text is the same account
                lastAccountText = raw;
                lastAccount = i;
                return i;
            }
            i = accounts.byName(id);
        }
        String name = Cells.get(row, cAccountName);
        if (i == AccountIndex.NONE && !name.isEmpty()) {
            i = accounts.byName(name);
        }
        int column = !id.isEmpty() || cAccountName < 0 ? cAccount : cAccountName;
        String shown = !id.isEmpty() ? id : name;
        if (i == AccountIndex.NONE && !id.isEmpty() && setup.createAccounts()) {
            i = create(row, id, name);
        }
        if (i == AccountIndex.AMBIGUOUS) {
            cells.refuse(row, column, shown, "value.severalAccounts");
        } else if (i == AccountIndex.NONE && shown.isEmpty()) {
            cells.refuse(row, column, null, "value.accountEmpty");
        } else if (i == AccountIndex.NONE && setup.createAccounts()) {
            cells.refuse(row, cAccount, null, "value.customerIdEmpty");
        } else if (i == AccountIndex.NONE) {
            cells.refuse(row, column, shown, "value.noSuchAccount");
        }
        return i;
    }

    /**
     * An account for an id the workspace does not know: named by the file's customer name when it has one,
     * else by the id; its country from the file's country column (a value that is no country leaves it empty)
     * and its region from the country, else "Unassigned".
     */
    private int create(TableRow row, String id, String name) {
        if (id.length() > MAX_NAME) {
            cells.refuse(row, cAccount, id, "value.tooLong", String.valueOf(MAX_NAME));
            return AccountIndex.REFUSED;
        }
        String shownName = name.isEmpty() || name.length() > MAX_NAME ? id : name;
        String country = CountryResolver.iso2(Cells.get(row, cCountry));
        String mapped = country == null || setup.regionByCountry() == null ? null
                : setup.regionByCountry().get(country);
        // as the accounts import does: an account no region can be worked out for is in "Unassigned"
        String region = mapped != null ? mapped : Account.UNASSIGNED_REGION;
        return accounts.create(new Account(0, id, shownName, null, country, region, null, null, null, null, null,
                null, null, null));
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
            cells.problem(row, cDate, t.isEmpty() ? null : t, t.isEmpty() ? Sentence.of("value.dateEmpty") : e.sentence());
            return -1;
        }
    }

    /**
     * The currency index of a row: its currency column, else the currency given for lines without one
     * (--currency), else the account's currency. A currency written in the amount must agree with it, and
     * is the row's currency only when none of these is there.
     */
    private int currency(TableRow row, int account, int amountColumn, String amountText, CurrencyMark mark) {
        String text = Cells.get(row, cCurrency);
        int known = -1;
        if (!text.isEmpty()) {
            Integer index = currencyOfText.get(text);
            if (index == null) {
                String iso = Currencies.code(text);
                if (iso == null) {
                    cells.refuse(row, cCurrency, text, "value.notCurrencyCode");
                    return -1;
                }
                index = currencyIndex(iso);
                currencyOfText.put(text, index);
            }
            known = index;
        } else if (givenCurrency >= 0) {
            known = givenCurrency;
        } else if (account >= 0 && account < accountCurrency.length) {
            known = accountCurrency[account];
            currencyFromAccount.used(account);
        }
        if (known >= 0) {
            Sentence disagreement = CurrencyMark.disagreement(mark, currencyCodes.get(known));
            if (disagreement != null) {
                cells.problem(row, amountColumn, amountText, disagreement);
            }
            return known;
        }
        if (mark != null) {
            if (mark.onlyCode() == null) {
                cells.refuse(row, amountColumn, amountText, "value.ambiguousCurrency", mark.codesText());
                return -1;
            }
            return currencyIndex(mark.onlyCode());
        }
        if (account < 0) {
            return -1;
        }
        cells.refuse(row, cCurrency >= 0 ? cCurrency : amountColumn, null, "value.noCurrency",
                accounts.externalId(account));
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
        long bit = productBit(text);
        if (bit == 0) {
            cells.refuse(row, cProduct, text, "value.tooManyProducts", String.valueOf(Long.SIZE + 1),
                    String.valueOf(Long.SIZE));
            return 0;
        }
        lastProductText = raw;
        lastProductBit = bit;
        return bit;
    }

    /** The bit of a (stripped, non-empty) product line, a new one taking the next; 0 when 64 are taken already. */
    private long productBit(String text) {
        Integer index = productLineIndex.get(text);
        if (index == null) {
            if (productLines.size() == Long.SIZE) {
                return 0;
            }
            index = productLines.size();
            productLines.add(text);
            productLineIndex.put(text, index);
            productLineBytes.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return 1L << index;
    }

    private void checkLength(TableRow row, int column) {
        if (column >= 0 && row.cell(column).length() > MAX_TEXT) {
            cells.refuse(row, column, row.cell(column), "value.tooLong", String.valueOf(MAX_TEXT));
        }
    }

    @Override
    public Counts plan(boolean writable) {
        planner = new RevenuePlanner(sums, covered, accounts, currencyCodes, productLines, repository, mode,
                new RevenuePlanner.Writer(accountRepository, setup.unitOfWork(),
                        () -> currencyFromAccount.refuseChangedMeanwhile(accountRepository)), new MissingRates(setup.fx()));
        Counts counts = planner.plan(writable);
        // the cells are listed now: let the table go before the store allocates for the write
        sums = null;
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
