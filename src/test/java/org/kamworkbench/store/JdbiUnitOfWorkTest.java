package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;

/** Accounts and revenue written in one unit of work land together or not at all. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class JdbiUnitOfWorkTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    private static Account account(String id) {
        return new Account(0, id, "Name " + id, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aFailureAfterTheAccountsAreSavedLeavesNoAccountBehind() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            JdbiUnitOfWork unit = new JdbiUnitOfWork(ws.jdbi());
            assertThatThrownBy(() -> unit.inTransaction(() -> {
                accounts.saveAll(List.of(account("17850")), List.of());
                assertThat(accounts.findAll()).hasSize(1); // visible inside the transaction
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            assertThat(accounts.count()).isZero();
        }
    }

    @Test
    void accountsAndTheirRevenueCommitTogether() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            RevenueStore revenue = new RevenueStore(ws.jdbi());
            new JdbiUnitOfWork(ws.jdbi()).inTransaction(() -> {
                accounts.saveAll(List.of(account("17850")), List.of());
                long id = accounts.findAll().get(0).id();
                revenue.write(List.of(new RevenueCell(id, "GBP", 2011, 1, 12_500, 1)), Set.of(201101),
                        RevenueMode.ADD);
            });
            assertThat(accounts.count()).isEqualTo(1);
            assertThat(revenue.monthsWithRevenue()).containsExactly(201101);
        }
    }
}
