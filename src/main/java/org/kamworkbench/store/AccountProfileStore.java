package org.kamworkbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.service.port.AccountProfileRepository;

/** Accounts' needs and notes in {@code account_profile} and {@code account_need}; one setting in {@code setting}. */
public final class AccountProfileStore implements AccountProfileRepository {
    private static final String LANGUAGE = "language";
    private static final String EXPERTISE = "expertise";
    private static final String STALE_DAYS = "staleContactDays";

    private final Jdbi jdbi;

    public AccountProfileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AccountProfile> find(long accountId) {
        return jdbi.withHandle(h -> {
            List<String> languages = new ArrayList<>();
            List<String> expertise = new ArrayList<>();
            h.createQuery("SELECT kind, need FROM account_need WHERE account_id = :a ORDER BY kind, need")
                    .bind("a", accountId)
                    .map((rs, ctx) -> (LANGUAGE.equals(rs.getString(1)) ? languages : expertise).add(rs.getString(2)))
                    .list();
            Optional<Object[]> row = h.createQuery("SELECT complexity, notes FROM account_profile WHERE account_id = :a")
                    .bind("a", accountId)
                    .map((rs, ctx) -> new Object[] {rs.getObject(1, Integer.class), rs.getString(2)})
                    .findOne();
            if (row.isEmpty() && languages.isEmpty() && expertise.isEmpty()) {
                return Optional.empty();
            }
            Integer complexity = row.map(r -> (Integer) r[0]).orElse(null);
            String notes = row.map(r -> (String) r[1]).orElse(null);
            return Optional.of(new AccountProfile(accountId, languages, expertise, complexity, notes));
        });
    }

    @Override
    public void save(AccountProfile p) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM account_profile WHERE account_id = :a").bind("a", p.accountId()).execute();
            h.createUpdate("DELETE FROM account_need WHERE account_id = :a").bind("a", p.accountId()).execute();
            h.createUpdate("INSERT INTO account_profile (account_id, complexity, notes) VALUES (:a, :c, :n)")
                    .bind("a", p.accountId()).bind("c", p.complexity()).bind("n", p.notes()).execute();
            PreparedBatch needs = h.prepareBatch("INSERT INTO account_need (account_id, kind, need) VALUES (:a, :k, :n)");
            p.languages().stream().distinct().forEach(n -> needs.bind("a", p.accountId()).bind("k", LANGUAGE)
                    .bind("n", n).add());
            p.expertise().stream().distinct().forEach(n -> needs.bind("a", p.accountId()).bind("k", EXPERTISE)
                    .bind("n", n).add());
            if (needs.size() > 0) {
                needs.execute();
            }
        });
    }

    @Override
    public int staleContactDays() {
        return jdbi.withHandle(h -> h.createQuery("SELECT text_value FROM setting WHERE name = :n")
                .bind("n", STALE_DAYS).mapTo(String.class).findOne()
                .map(Integer::parseInt).orElse(DEFAULT_STALE_CONTACT_DAYS));
    }

    @Override
    public void saveStaleContactDays(int days) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM setting WHERE name = :n").bind("n", STALE_DAYS).execute();
            h.createUpdate("INSERT INTO setting (name, text_value) VALUES (:n, :v)")
                    .bind("n", STALE_DAYS).bind("v", Integer.toString(days)).execute();
        });
    }
}
