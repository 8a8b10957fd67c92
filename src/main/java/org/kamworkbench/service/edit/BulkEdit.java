package org.kamworkbench.service.edit;

import java.util.Collection;
import java.util.function.Supplier;
import org.kamworkbench.domain.VersionKey;

/**
 * A write of many things at once (an import): it runs in one transaction with moving on the versions of
 * the things it changed, so that a screen that read one of them before cannot save over the import.
 */
@FunctionalInterface
public interface BulkEdit {
    /** Without versions (a workspace no screen edits, a test): the write alone. */
    BulkEdit UNVERSIONED = Supplier::get;

    /** Runs {@code write}, which returns the keys of the existing things it changed. */
    void write(Supplier<Collection<VersionKey>> write);
}
