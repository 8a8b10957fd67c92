package org.kamworkbench.service.imports.accounts;

import org.kamworkbench.service.message.Sentence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.BulkEdit;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.CountryResolver;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.AccountChanges;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports accounts, matched on the external id: a new id is added, a known one updated (or left
 * unchanged when the file holds the same content). Fields the file has no column for keep what the
 * workspace holds; the region comes from the file when it has one, else from the country mapping.
 */
public final class AccountImport implements RowImport {
    private final Cells cells;
    /** The currency written in the annual revenue just read, or null. */
    private CurrencyMark revenueMark;
    private final NumberParser numbers;
    private final AccountRepository repository;
    private final Map<String, String> regionByCountry;
    private final Map<String, Account> existing = new HashMap<>();
    private final Map<String, Account> incoming = new LinkedHashMap<>();
    private final Map<String, Long> lineOfId = new HashMap<>();
    private final Map<String, String> countryCache = new HashMap<>();
    /** The ids whose region the file wrote (not mapped from a country). */
    private final java.util.Set<String> regionFromCell = new java.util.HashSet<>();
    private final int cId;
    private final int cName;
    private final int cOwner;
    private final int cCountry;
    private final int cRegion;
    private final int cDivision;
    private final int cIndustry;
    private final int cType;
    private final int cCurrency;
    private final int cRevenue;
    private final int cEmployees;
    private final int cParent;
    private final int cWebsite;
    /** The country cell of the current row that names no country, warned of only when the row is imported. */
    private String notACountry;
    private final List<Account> added = new ArrayList<>();
    private final List<Account> updated = new ArrayList<>();
    /** What the last {@link #write} stored, null before it or when it had nothing to write. */
    private AccountChanges written;
    private final BulkEdit bulk;

    public AccountImport(Cells cells, NumberParser numbers, AccountRepository repository,
                         Map<String, String> regionByCountry) {
        this(cells, numbers, repository, regionByCountry, BulkEdit.UNVERSIONED);
    }

    /** @param bulk moves the versions of the accounts the import changes on (a form read before cannot save over it) */
    public AccountImport(Cells cells, NumberParser numbers, AccountRepository repository,
                         Map<String, String> regionByCountry, BulkEdit bulk) {
        this.bulk = bulk;
        this.cells = cells;
        this.numbers = numbers;
        this.repository = repository;
        this.regionByCountry = regionByCountry;
        for (Account a : repository.findAll()) {
            existing.put(a.externalId(), a);
        }
        ColumnMapping m = cells.mapping();
        cId = m.column(Fields.EXTERNAL_ID);
        cName = m.column(Fields.NAME);
        cOwner = m.column(Fields.OWNER);
        cCountry = m.column(Fields.COUNTRY);
        cRegion = m.column(Fields.REGION);
        cDivision = m.column(Fields.DIVISION);
        cIndustry = m.column(Fields.INDUSTRY);
        cType = m.column(Fields.TYPE);
        cCurrency = m.column(Fields.CURRENCY);
        cRevenue = m.column(Fields.ANNUAL_REVENUE);
        cEmployees = m.column(Fields.EMPLOYEES);
        cParent = m.column(Fields.PARENT_EXTERNAL_ID);
        cWebsite = m.column(Fields.WEBSITE);
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        String id = normalizedId(required(row, cId, 255, "the account id is empty"));
        String name = required(row, cName, 1000, "the account name is empty");
        if (id != null) {
            Long first = lineOfId.putIfAbsent(id, row.line());
            if (first != null) {
                cells.refuse(row, cId, id, "value.idRepeated", String.valueOf(first));
            }
        }
        Account old = id == null ? null : existing.get(id);
        String country = keep(cCountry, country(row), old == null ? null : old.country());
        String region = region(row, country, old);
        String currency = keep(cCurrency, currency(row), old == null ? null : old.currency());
        BigDecimal revenue = annualRevenue(row, currency);
        if (currency == null && revenueMark != null) {
            currency = revenueMark.onlyCode(); // the only currency information of the account
        }
        Account account = new Account(old == null ? 0 : old.id(), id, name,
                keep(cOwner, cells.text(row, cOwner, 255), old == null ? null : old.owner()),
                country, region,
                keep(cDivision, cells.text(row, cDivision, 255), old == null ? null : old.division()),
                keep(cIndustry, cells.text(row, cIndustry, 255), old == null ? null : old.industry()),
                keep(cType, cells.text(row, cType, 255), old == null ? null : old.type()),
                currency,
                keep(cRevenue, revenue, old == null ? null : old.annualRevenue()),
                keep(cEmployees, employees(row), old == null ? null : old.employees()),
                keep(cParent, ExternalIds.reference(cells.text(row, cParent, 255)),
                        old == null ? null : old.parentExternalId()),
                keep(cWebsite, cells.text(row, cWebsite, 1000), old == null ? null : old.website()));
        if (cells.problems().count() != before) {
            notACountry = null;
            return false;
        }
        if (notACountry != null) {
            Sentence several = CountryResolver.severalCountries(notACountry);
            cells.warning(cCountry, notACountry, several == null
                    ? Sentence.of("warning.notACountry", Account.UNASSIGNED_REGION)
                    : Sentence.of("warning.severalCountries", several, Account.UNASSIGNED_REGION));
            notACountry = null;
        }
        incoming.put(id, account);
        if (Cells.orNull(row, cRegion) != null) {
            regionFromCell.add(id);
        }
        return true;
    }

    @Override
    public Counts plan(boolean writable) {
        added.clear();
        updated.clear();
        long unchanged = 0;
        for (Account a : incoming.values()) {
            Account old = existing.get(a.externalId());
            if (old == null) {
                added.add(a);
            } else if (old.sameContentAs(a)) {
                unchanged++;
            } else {
                updated.add(a);
            }
        }
        return new Counts(added.size(), updated.size(), unchanged);
    }

    @Override
    public void write() {
        String crm = crmOfIds();
        written = null;
        if (crm != null || !added.isEmpty() || !updated.isEmpty()) {
            // another import may store one of our new ids meanwhile: inside the write lock, ours then updates it
            bulk.write(() -> {
                written = repository.saveImport(new AccountChanges(added, updated), crm, incoming.keySet(),
                        this::mergedInto);
                return written.updated().stream().map(a -> VersionKey.account(a.id())).toList();
            });
        }
    }

    /** An account planned as added that another writer stored meanwhile counts as updated, or unchanged. */
    @Override
    public Counts written(Counts planned) {
        if (written == null) {
            return planned;
        }
        long total = planned.added() + planned.updated() + planned.unchanged();
        long added = written.added().size();
        long updated = written.updated().size();
        return new Counts(added, updated, total - added - updated);
    }

    /**
     * An account this file adds, merged into the account of the same id that another writer stored after
     * this import read the workspace: as {@link #accept} would have built it had that account been there
     * (the file's value where it has the column, else the stored one); null when that changes nothing.
     */
    Account mergedInto(Account fromFile, Account stored) {
        String country = keep(cCountry, fromFile.country(), stored.country());
        String region;
        if (regionFromCell.contains(fromFile.externalId())) {
            region = fromFile.region();
        } else if (cCountry < 0 && cRegion < 0) {
            region = stored.region();
        } else {
            String mapped = country == null ? null : regionByCountry.get(country);
            region = mapped != null ? mapped : Account.UNASSIGNED_REGION;
        }
        // with no currency column, the file's currency is the one written in its revenue: the stored one first
        String currency = cCurrency >= 0 || stored.currency() == null ? fromFile.currency() : stored.currency();
        Account merged = new Account(stored.id(), fromFile.externalId(), fromFile.name(),
                keep(cOwner, fromFile.owner(), stored.owner()), country, region,
                keep(cDivision, fromFile.division(), stored.division()),
                keep(cIndustry, fromFile.industry(), stored.industry()),
                keep(cType, fromFile.type(), stored.type()), currency,
                keep(cRevenue, fromFile.annualRevenue(), stored.annualRevenue()),
                keep(cEmployees, fromFile.employees(), stored.employees()),
                keep(cParent, fromFile.parentExternalId(), stored.parentExternalId()),
                keep(cWebsite, fromFile.website(), stored.website()));
        return merged.sameContentAs(stored) ? null : merged;
    }

    /** The CRM whose export this is (its preset was recognised or chosen), whose record ids the accounts carry. */
    private String crmOfIds() {
        String preset = cells.mapping().preset();
        return org.kamworkbench.service.imports.mapping.AccountPreset.CRM.stream()
                .anyMatch(p -> p.name().equals(preset)) ? preset : null;
    }

    private String required(TableRow row, int column, int max, String emptyReason) {
        String s = Cells.orNull(row, column);
        if (s == null) {
            cells.problem(row, column, null, emptyReason);
            return null;
        }
        return cells.text(row, column, max);
    }

    private static String normalizedId(String id) {
        return id == null ? null : ExternalIds.normalize(id);
    }

    /** The file's value when it has the column, else what the workspace holds. */
    private static <T> T keep(int column, T fromFile, T stored) {
        return column >= 0 ? fromFile : stored;
    }

    private String country(TableRow row) {
        String s = Cells.orNull(row, cCountry);
        if (s == null) {
            return null;
        }
        String iso = countryCache.computeIfAbsent(s, v -> {
            String c = CountryResolver.iso2(v);
            return c == null ? "" : c;
        });
        if (iso.isEmpty()) {
            // not a country ("Unspecified", "European Community"): the account still comes in, in no region
            notACountry = s;
            return null;
        }
        return iso;
    }

    private String region(TableRow row, String country, Account old) {
        String fromFile = cells.text(row, cRegion, 100);
        if (fromFile != null) {
            return fromFile;
        }
        if (cCountry < 0 && cRegion < 0) {
            return old == null ? null : old.region();
        }
        String mapped = country == null ? null : regionByCountry.get(country);
        return mapped != null ? mapped : Account.UNASSIGNED_REGION;
    }

    private String currency(TableRow row) {
        String s = Cells.orNull(row, cCurrency);
        if (s == null) {
            return null;
        }
        String code = Currencies.code(s);
        if (code == null) {
            cells.refuse(row, cCurrency, s, "value.notCurrencyCode");
        }
        return code;
    }

    /**
     * The annual revenue; a currency written in it must agree with the account's {@code currency}, and
     * is left in {@link #revenueMark}.
     */
    private BigDecimal annualRevenue(TableRow row, String currency) {
        revenueMark = null;
        String s = Cells.orNull(row, cRevenue);
        if (s == null) {
            return null;
        }
        try {
            NumberParser reader = numbers.forCell(row, cRevenue);
            long e4 = reader.parseE4(s);
            revenueMark = reader.lastCurrency();
            Sentence disagreement = CurrencyMark.disagreement(revenueMark, currency);
            if (disagreement != null) {
                cells.problem(row, cRevenue, s, disagreement);
                return null;
            }
            if (e4 < 0) {
                cells.refuse(row, cRevenue, s, "value.revenueNegative");
                return null;
            }
            BigDecimal v = BigDecimal.valueOf(e4, 4).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        } catch (InvalidValueException e) {
            cells.problem(row, cRevenue, s, e.sentence());
            return null;
        }
    }

    private Long employees(TableRow row) {
        String s = Cells.orNull(row, cEmployees);
        if (s == null) {
            return null;
        }
        try {
            long n = numbers.forCell(row, cEmployees).parseWhole(s);
            if (n < 0) {
                cells.refuse(row, cEmployees, s, "value.employeesNegative");
                return null;
            }
            return n;
        } catch (InvalidValueException e) {
            cells.problem(row, cEmployees, s, e.sentence());
            return null;
        }
    }
}
