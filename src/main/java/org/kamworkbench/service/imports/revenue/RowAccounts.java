package org.kamworkbench.service.imports.revenue;

import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.parse.CountryResolver;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.port.TableRow;

/**
 * Finds the account of a row read as text: by its id as written, by its normalized id, by the id or the
 * customer name as a name; with create-accounts, an id the workspace does not know makes a new account.
 * A row that names no account, or one it cannot tell, is a problem of its cell.
 */
final class RowAccounts {
    private static final int MAX_NAME = 255;

    private final Cells cells;
    private final AccountIndex accounts;
    private final int cAccount;
    private final int cAccountName;
    private final int cCountry;
    private final boolean createAccounts;
    /** The workspace's regions, for the country of a created account (null: none). */
    private final Map<String, String> regionByCountry;
    /** Export lines come grouped by invoice: the last match is the next row's best guess. */
    private String lastText;
    private int last = AccountIndex.NONE;

    RowAccounts(Cells cells, AccountIndex accounts, RevenueColumns columns, boolean createAccounts,
                Map<String, String> regionByCountry) {
        this.cells = cells;
        this.accounts = accounts;
        this.cAccount = columns.account();
        this.cAccountName = columns.accountName();
        this.cCountry = columns.country();
        this.createAccounts = createAccounts;
        this.regionByCountry = regionByCountry;
    }

    /** The account's index, or a negative {@link AccountIndex} code after reporting the row's problem. */
    int of(TableRow row) {
        String raw = cAccount < 0 ? "" : row.cell(cAccount);
        if (raw.equals(lastText)) {
            return last;
        }
        int i = accounts.byExternalId(raw);
        if (i >= 0) {
            lastText = raw;
            last = i;
            return i;
        }
        String id = ExternalIds.normalize(raw);
        if (!id.isEmpty()) {
            i = accounts.byExternalId(id);
            if (i == AccountIndex.NONE) {
                i = accounts.createdByExternalId(id);
            }
            if (i >= 0) { // found by its id: the next row with the same text is the same account
                lastText = raw;
                last = i;
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
        if (i == AccountIndex.NONE && !id.isEmpty() && createAccounts) {
            i = create(row, id, name);
        }
        if (i == AccountIndex.AMBIGUOUS) {
            cells.refuse(row, column, shown, "value.severalAccounts");
        } else if (i == AccountIndex.NONE && shown.isEmpty()) {
            cells.refuse(row, column, null, "value.accountEmpty");
        } else if (i == AccountIndex.NONE && createAccounts) {
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
        String mapped = country == null || regionByCountry == null ? null : regionByCountry.get(country);
        // as the accounts import does: an account no region can be worked out for is in "Unassigned"
        String region = mapped != null ? mapped : Account.UNASSIGNED_REGION;
        return accounts.create(new Account(0, id, shownName, null, country, region, null, null, null, null, null,
                null, null, null));
    }
}
