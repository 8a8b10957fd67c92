package org.kamworkbench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.port.AccountRepository;

/** Accounts in the {@code account} table. */
public final class AccountStore implements AccountRepository {
    private static final String COLUMNS = "external_id, name, owner_name, country, region, division, industry, "
            + "account_type, currency, annual_revenue, employees, parent_external_id, website";
    private static final String VALUES = ":externalId, :name, :owner, :country, :region, :division, :industry, "
            + ":type, :currency, :annualRevenue, :employees, :parentExternalId, :website";

    private final Jdbi jdbi;

    public AccountStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Account> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, " + COLUMNS + " FROM account ORDER BY id")
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one());
    }

    @Override
    public void saveAll(List<Account> added, List<Account> updated) {
        jdbi.useTransaction(h -> {
            batch(h, "INSERT INTO account (" + COLUMNS + ") VALUES (" + VALUES + ")", added);
            batch(h, "UPDATE account SET (" + COLUMNS + ") = (" + VALUES + ") WHERE id = :id", updated);
        });
    }

    private static void batch(Handle h, String sql, List<Account> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        for (Account a : accounts) {
            batch.bindMethods(a).add();
        }
        batch.execute();
    }

    private static Account map(ResultSet rs) throws SQLException {
        Long employees = rs.getObject("employees", Long.class);
        return new Account(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getString("owner_name"), rs.getString("country"), rs.getString("region"),
                rs.getString("division"), rs.getString("industry"), rs.getString("account_type"),
                rs.getString("currency"), rs.getBigDecimal("annual_revenue"),
                employees, rs.getString("parent_external_id"), rs.getString("website"));
    }
}
