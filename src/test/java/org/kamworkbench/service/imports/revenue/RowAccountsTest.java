package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.mapping.ColumnMapper;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.port.TableRow;

class RowAccountsTest {
    private final ColumnMapping mapping = ColumnMapper.map(ImportKind.REVENUE,
            List.of("account_id", "account_name", "country", "date", "amount"), ImportOptions.defaults(), "EUR", true);
    private final Problems problems = new Problems();
    private final Cells cells = new Cells(mapping, problems);
    private final AccountIndex accounts = new AccountIndex(List.of(
            account(1, "A-1", "Acme"), account(2, "B2", "Twin"), account(3, "B3", "twin ")));

    private static Account account(long id, String externalId, String name) {
        return new Account(id, externalId, name, null, null, "Unassigned", null, null, null, null, null, null, null, null);
    }

    private RowAccounts rowAccounts(boolean create) {
        return new RowAccounts(cells, accounts, RevenueColumns.of(mapping), create, Map.of("DE", "DACH"));
    }

    private static TableRow row(String id, String name, String country) {
        return new TableRow(2, List.of(id, name, country, "2024-01-01", "1"));
    }

    private String lastReason() {
        List<ImportProblem> first = problems.first();
        return first.get(first.size() - 1).because().key();
    }

    @Test
    void findsAnAccountByItsIdAsWrittenNormalizedOrByName() {
        RowAccounts r = rowAccounts(false);
        assertThat(r.of(row("A-1", "", ""))).isZero();
        assertThat(r.of(row(" A-1 ", "", ""))).isZero();
        assertThat(r.of(row("acme", "", ""))).isZero(); // the id column read as a name
        assertThat(r.of(row("", " ACME ", ""))).isZero();
        assertThat(problems.count()).isZero();
    }

    @Test
    void anUnknownAmbiguousOrMissingAccountIsAProblemOfItsCell() {
        RowAccounts r = rowAccounts(false);
        assertThat(r.of(row("Z9", "", ""))).isEqualTo(AccountIndex.NONE);
        assertThat(lastReason()).isEqualTo("value.noSuchAccount");
        assertThat(r.of(row("", "Twin", ""))).isEqualTo(AccountIndex.AMBIGUOUS);
        assertThat(lastReason()).isEqualTo("value.severalAccounts");
        assertThat(r.of(row("", "", ""))).isEqualTo(AccountIndex.NONE);
        assertThat(lastReason()).isEqualTo("value.accountEmpty");
        assertThat(problems.count()).isEqualTo(3);
    }

    @Test
    void withCreateAccountsAnUnknownIdBecomesOneAccountWithItsRegionFromTheCountry() {
        RowAccounts r = rowAccounts(true);
        int created = r.of(row("N1", "Newco", "Germany"));
        assertThat(created).isEqualTo(3);
        assertThat(r.of(row("N1", "", ""))).isEqualTo(created);
        assertThat(r.of(row("N2", "", "Atlantis"))).isEqualTo(4);
        assertThat(accounts.created()).extracting(Account::externalId, Account::name, Account::country, Account::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("N1", "Newco", "DE", "DACH"),
                        org.assertj.core.groups.Tuple.tuple("N2", "N2", null, Account.UNASSIGNED_REGION));
        assertThat(problems.count()).isZero();
    }

    @Test
    void anIdTooLongToBeANameIsNotCreated() {
        RowAccounts r = rowAccounts(true);
        assertThat(r.of(row("X".repeat(256), "", ""))).isEqualTo(AccountIndex.REFUSED);
        assertThat(lastReason()).isEqualTo("value.tooLong");
        assertThat(accounts.created()).isEmpty();
    }
}
