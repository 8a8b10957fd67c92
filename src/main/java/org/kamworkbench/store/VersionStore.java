package org.kamworkbench.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.port.VersionRepository;

/**
 * The versions in {@code edit_version}, moved on by one conditional UPDATE (… WHERE version_no = the
 * version the save was based on): the row lock it takes makes a second writer wait, and then find another
 * number and be refused. A thing without a version row yet gets one by INSERT; two first saves at once
 * meet at the primary key and the second is refused the same way. Times are kept in UTC.
 */
public final class VersionStore implements VersionRepository {
    /** SQLState of a unique or primary-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int KEYS_PER_QUERY = 500;

    private final Jdbi jdbi;

    public VersionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<VersionKey, RowVersion> read(Collection<VersionKey> keys) {
        Map<VersionKey, RowVersion> found = new HashMap<>();
        Map<VersionKey.Kind, List<VersionKey>> byKind = keys.stream().distinct()
                .collect(Collectors.groupingBy(VersionKey::kind));
        jdbi.useHandle(h -> byKind.forEach((kind, list) -> {
            for (int from = 0; from < list.size(); from += KEYS_PER_QUERY) {
                List<String> part = list.subList(from, Math.min(list.size(), from + KEYS_PER_QUERY)).stream()
                        .map(VersionKey::key).toList();
                StringBuilder in = new StringBuilder();
                for (int i = 0; i < part.size(); i++) {
                    in.append(i == 0 ? ":k" : ", :k").append(i);
                }
                var query = h.createQuery("SELECT item_key, version_no, changed_by, changed_at, deleted_flag "
                        + "FROM edit_version WHERE item_kind = :kind AND item_key IN (" + in + ")")
                        .bind("kind", kind.name());
                for (int i = 0; i < part.size(); i++) {
                    query.bind("k" + i, part.get(i));
                }
                query.map((rs, ctx) -> Map.entry(new VersionKey(kind, rs.getString(1)), new RowVersion(
                                rs.getLong(2), rs.getString(3),
                                rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(5) != 0)))
                        .forEach(e -> found.put(e.getKey(), e.getValue()));
            }
        }));
        return found;
    }

    @Override
    public Map<VersionKey, RowVersion> readAll(VersionKey.Kind kind, Collection<String> keyPrefixes) {
        List<String> prefixes = keyPrefixes.stream().distinct().toList();
        StringBuilder sql = new StringBuilder("SELECT item_key, version_no, changed_by, changed_at, deleted_flag "
                + "FROM edit_version WHERE item_kind = :kind");
        for (int i = 0; i < prefixes.size(); i++) {
            sql.append(i == 0 ? " AND (" : " OR ").append("item_key LIKE :p").append(i).append(" ESCAPE '!'");
        }
        if (!prefixes.isEmpty()) {
            sql.append(')');
        }
        Map<VersionKey, RowVersion> found = new HashMap<>();
        jdbi.useHandle(h -> {
            var query = h.createQuery(sql.toString()).bind("kind", kind.name());
            for (int i = 0; i < prefixes.size(); i++) {
                query.bind("p" + i, likePrefix(prefixes.get(i)));
            }
            query.map((rs, ctx) -> Map.entry(new VersionKey(kind, rs.getString(1)), row(rs, 2)))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        });
        return found;
    }

    /** {@code prefix} as a LIKE pattern matching the keys that start with it ('!' escapes). */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static RowVersion row(java.sql.ResultSet rs, int from) throws SQLException {
        return new RowVersion(rs.getLong(from), rs.getString(from + 1),
                rs.getObject(from + 2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(from + 3) != 0);
    }

    /** In two batches: the versions that exist move on, the others start at 1. */
    @Override
    public void moveOn(List<VersionKey> keys, String author, Instant at) {
        if (keys.isEmpty()) {
            return;
        }
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbi.useTransaction(h -> {
            var update = h.prepareBatch("UPDATE edit_version SET version_no = version_no + 1, changed_by = :author, "
                    + "changed_at = :at, deleted_flag = 0 WHERE item_kind = :kind AND item_key = :key");
            keys.forEach(key -> update.bind("author", author).bind("at", utc).bind("kind", key.kind().name())
                    .bind("key", key.key()).add());
            int[] updated = update.execute();
            var insert = h.prepareBatch("INSERT INTO edit_version (item_kind, item_key, version_no, changed_by, "
                    + "changed_at, deleted_flag) VALUES (:kind, :key, 1, :author, :at, 0)");
            for (int i = 0; i < keys.size(); i++) {
                if (updated[i] == 0) {
                    insert.bind("kind", keys.get(i).kind().name()).bind("key", keys.get(i).key())
                            .bind("author", author).bind("at", utc).add();
                }
            }
            if (insert.size() > 0) {
                insert.execute();
            }
        });
    }

    @Override
    public RowVersion advance(VersionKey key, long basedOn, String author, Instant at, boolean deleting) {
        return jdbi.inTransaction(h -> {
            LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            String when = basedOn < 0 ? "" : " AND version_no = :basedOn";
            var update = h.createUpdate("UPDATE edit_version SET version_no = version_no + 1, changed_by = :author, "
                            + "changed_at = :at, deleted_flag = :deleted WHERE item_kind = :kind AND item_key = :key"
                            + when)
                    .bind("author", author).bind("at", utc).bind("deleted", deleting ? 1 : 0)
                    .bind("kind", key.kind().name()).bind("key", key.key());
            int updated = (basedOn < 0 ? update : update.bind("basedOn", basedOn)).execute();
            if (updated == 1) {
                return current(h, key);
            }
            if (basedOn > 0 || exists(h, key)) {
                throw new StaleVersionException(key);
            }
            try {
                h.createUpdate("INSERT INTO edit_version (item_kind, item_key, version_no, changed_by, changed_at, "
                                + "deleted_flag) VALUES (:kind, :key, 1, :author, :at, :deleted)")
                        .bind("kind", key.kind().name()).bind("key", key.key()).bind("author", author)
                        .bind("at", utc).bind("deleted", deleting ? 1 : 0).execute();
            } catch (UnableToExecuteStatementException e) {
                if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    throw new StaleVersionException(key);
                }
                throw e;
            }
            return new RowVersion(1, author, at, deleting);
        });
    }

    private static boolean exists(Handle h, VersionKey key) {
        return h.createQuery("SELECT COUNT(*) FROM edit_version WHERE item_kind = :kind AND item_key = :key")
                .bind("kind", key.kind().name()).bind("key", key.key()).mapTo(Integer.class).one() > 0;
    }

    private static RowVersion current(Handle h, VersionKey key) {
        return h.createQuery("SELECT version_no, changed_by, changed_at, deleted_flag FROM edit_version "
                        + "WHERE item_kind = :kind AND item_key = :key")
                .bind("kind", key.kind().name()).bind("key", key.key())
                .map((rs, ctx) -> new RowVersion(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(4) != 0))
                .one();
    }
}
