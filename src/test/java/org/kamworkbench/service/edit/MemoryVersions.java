package org.kamworkbench.service.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.port.UnitOfWork;
import org.kamworkbench.service.port.VersionRepository;

/** Versions in memory, with the store's rules, for services tested without a database. */
public final class MemoryVersions implements VersionRepository {
    private final Map<VersionKey, RowVersion> versions = new HashMap<>();

    /** A guard over memory, saving as {@code author}. */
    public static EditGuard guard(String author, Clock clock) {
        return new EditGuard(new MemoryVersions(), UnitOfWork.DIRECT, new CurrentUser(author), clock);
    }

    @Override
    public synchronized Map<VersionKey, RowVersion> read(Collection<VersionKey> keys) {
        Map<VersionKey, RowVersion> found = new HashMap<>();
        keys.forEach(k -> {
            if (versions.containsKey(k)) {
                found.put(k, versions.get(k));
            }
        });
        return found;
    }

    @Override
    public synchronized Map<VersionKey, RowVersion> readAll(VersionKey.Kind kind, Collection<String> keyPrefixes) {
        Map<VersionKey, RowVersion> found = new HashMap<>();
        versions.forEach((k, v) -> {
            if (k.kind() == kind && (keyPrefixes.isEmpty() || keyPrefixes.stream().anyMatch(k.key()::startsWith))) {
                found.put(k, v);
            }
        });
        return found;
    }

    @Override
    public synchronized RowVersion advance(VersionKey key, long basedOn, String author, Instant at, boolean deleting) {
        RowVersion now = versions.getOrDefault(key, RowVersion.NONE);
        if (basedOn >= 0 && now.number() != basedOn) {
            throw new StaleVersionException(key);
        }
        RowVersion next = new RowVersion(now.number() + 1, author, at, deleting);
        versions.put(key, next);
        return next;
    }
}
