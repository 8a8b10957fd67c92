package org.kamworkbench.service.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
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
