package org.kamworkbench.service.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.port.UnitOfWork;
import org.kamworkbench.service.port.VersionRepository;
import org.kamworkbench.service.port.VersionRepository.StaleVersionException;

/**
 * The one way a versioned save is made: in one transaction the version moves on from the one the save
 * was based on and the change is written; if someone else moved it first, nothing is written and the save
 * is refused with who changed it and when ({@link StaleEditException}).
 */
public final class EditGuard {
    /** A save not based on a version read on screen (an import, a script, the demo): it moves the version on. */
    public static final long UNREAD = -1;
    /** The order versions move on in when a save moves several: two such saves never wait on each other crosswise. */
    private static final Comparator<VersionKey> KEY_ORDER = Comparator.comparing((VersionKey k) -> k.kind())
            .thenComparing(VersionKey::key);

    private final VersionRepository versions;
    private final UnitOfWork unit;
    private final CurrentUser user;
    private final Clock clock;

    public EditGuard(VersionRepository versions, UnitOfWork unit, CurrentUser user, Clock clock) {
        this.versions = versions;
        this.unit = unit;
        this.user = user;
        this.clock = clock;
    }

    /** Who saves. */
    public String author() {
        return user.name();
    }

    public Versions read(Collection<VersionKey> keys) {
        return keys.isEmpty() ? Versions.NONE : new Versions(versions.read(keys));
    }

    /** The versions of every thing of {@code kind} whose key starts with one of {@code keyPrefixes} (all: none given). */
    public Versions readAll(VersionKey.Kind kind, Collection<String> keyPrefixes) {
        return new Versions(versions.readAll(kind, keyPrefixes));
    }

    /**
     * The version a thing has after a save based on {@code basedOn} went through: the next one. A screen keeps
     * it, so that its next save of the same thing is based on its own change.
     */
    public static long versionAfter(long basedOn) {
        return basedOn < 0 ? basedOn : basedOn + 1;
    }

    public RowVersion read(VersionKey key) {
        return versions.read(List.of(key)).getOrDefault(key, RowVersion.NONE);
    }

    /** Writes a change of {@code key} based on version {@code basedOn}, by the current user. */
    public <T> T save(VersionKey key, long basedOn, Supplier<T> write) {
        return save(user.name(), key, basedOn, false, write);
    }

    /** Deletes {@code key} based on version {@code basedOn}: a later save of it is told who deleted it. */
    public void delete(VersionKey key, long basedOn, Runnable delete) {
        save(user.name(), key, basedOn, true, () -> {
            delete.run();
            return null;
        });
    }

    /** Writes a change of {@code key} based on version {@code basedOn}, recorded as {@code author}'s. */
    public <T> T save(String author, VersionKey key, long basedOn, boolean deleting, Supplier<T> write) {
        String by = author == null || author.isBlank() ? user.name() : author.strip();
        try {
            return inTransaction(() -> {
                versions.advance(key, basedOn, by, clock.instant(), deleting);
                return write.get();
            });
        } catch (StaleVersionException e) {
            throw refusal(key);
        }
    }

    /**
     * Writes a change of several things at once (one transaction), each based on its own version in
     * {@code basedOn}, recorded as {@code author}'s: when any of them was changed since, nothing is written and
     * the refusal names the first one found. Versions move on in key order, so two such saves never wait on each
     * other crosswise.
     */
    public <T> T saveAll(String author, Map<VersionKey, Long> basedOn, Supplier<T> write) {
        String by = author == null || author.isBlank() ? user.name() : author.strip();
        List<VersionKey> keys = basedOn.keySet().stream().sorted(KEY_ORDER).toList();
        VersionKey[] checking = new VersionKey[1];
        try {
            return inTransaction(() -> {
                for (VersionKey key : keys) {
                    checking[0] = key;
                    versions.advance(key, basedOn.get(key), by, clock.instant(), false);
                }
                return write.get();
            });
        } catch (StaleVersionException e) {
            throw refusal(checking[0]);
        }
    }

    /**
     * A bulk write by the current user (see {@link BulkEdit}): the versions of what it changed move on in its
     * transaction, whatever they were, in key order as in {@link #saveAll}.
     */
    public void bulk(Supplier<Collection<VersionKey>> write) {
        inTransaction(() -> {
            versions.moveOn(write.get().stream().sorted(KEY_ORDER).toList(), user.name(), clock.instant());
            return null;
        });
    }

    private StaleEditException refusal(VersionKey key) {
        RowVersion now = read(key);
        LocalDateTime at = now.at() == null ? null : LocalDateTime.ofInstant(now.at(), clock.getZone());
        return StaleEditException.of(now.number() == 0 ? null : now, at, LocalDate.now(clock));
    }

    private <T> T inTransaction(Supplier<T> work) {
        Object[] result = new Object[1];
        unit.inTransaction(() -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
