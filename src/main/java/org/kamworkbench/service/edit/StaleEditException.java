package org.kamworkbench.service.edit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.service.message.UserInputException;

/**
 * A save refused because someone else changed (or deleted) the thing after it was read: "Changed by Maria
 * Rossi at 14:32 — reload to see it." Nothing was saved; the user's input stays where it was typed.
 */
public final class StaleEditException extends UserInputException {
    private final transient RowVersion current;

    private StaleEditException(RowVersion current, String key, Object... args) {
        super(key, args);
        this.current = current;
    }

    /** The refusal for {@code current}, its time shown in the zone of {@code today}'s clock. */
    static StaleEditException of(RowVersion current, LocalDateTime at, LocalDate today) {
        if (current == null || at == null) {
            return new StaleEditException(current, "edit.stale.unknown");
        }
        String verb = current.deleted() ? "edit.deleted" : "edit.stale";
        return at.toLocalDate().equals(today)
                ? new StaleEditException(current, verb + ".today", current.author(), at.toLocalTime())
                : new StaleEditException(current, verb + ".earlier", current.author(), at.toLocalTime(),
                        at.toLocalDate());
    }

    /** The version found instead of the one the save was based on (null when it could not be read). */
    public RowVersion current() {
        return current;
    }
}
