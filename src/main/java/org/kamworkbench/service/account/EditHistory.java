package org.kamworkbench.service.account;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The session's last edits of account pages (profile, needs, notes, stakeholders), newest first,
 * each with the way back. One history per open workspace; undo reverts one edit in its own
 * transaction. Only the last {@link #LIMIT} edits are kept.
 */
public final class EditHistory {
    public static final int LIMIT = 50;

    private final Deque<Edit> edits = new ArrayDeque<>();

    /** What was done and how to revert it. */
    private record Edit(String description, Runnable revert) {
    }

    public synchronized void record(String description, Runnable revert) {
        edits.push(new Edit(description, revert));
        while (edits.size() > LIMIT) {
            edits.removeLast();
        }
    }

    /** The description of the edit {@link #undo} would revert, if any. */
    public synchronized Optional<String> next() {
        return Optional.ofNullable(edits.peek()).map(Edit::description);
    }

    /** Reverts the newest edit; returns its description, or empty when there is nothing to undo. */
    public synchronized Optional<String> undo() {
        Edit edit = edits.poll();
        if (edit == null) {
            return Optional.empty();
        }
        edit.revert().run();
        return Optional.of(edit.description());
    }
}
