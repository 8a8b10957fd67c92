package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Writers of one workspace take turns on a database row lock: the second waits, or gives up as "busy". */
class WriteLockTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSecondWriterWaitsForTheFirstToCommit(TestDatabase.Kind kind) throws Exception {
        Path file = dir.resolve("w");
        try (TestDatabase ws = TestDatabase.create(kind, dir);
             Handle first = ws.jdbi().open();
             Handle second = ws.jdbi().open()) {
            Connection c1 = inTransaction(first);
            WriteLock.take(c1, file.toString(), Duration.ofSeconds(5));
            long started = System.nanoTime();
            CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
                WriteLock.take(inTransaction(second), file.toString(), Duration.ofSeconds(10));
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            });
            Thread.sleep(400);
            assertThat(waited).as("the second writer waits while the first holds the lock").isNotDone();
            first.commit();
            assertThat(waited.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(400);
            second.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWriterThatWaitsTooLongIsRefusedAsBusy(TestDatabase.Kind kind) throws Exception {
        Path file = dir.resolve("w");
        try (TestDatabase ws = TestDatabase.create(kind, dir);
             Handle first = ws.jdbi().open();
             Handle second = ws.jdbi().open()) {
            WriteLock.take(inTransaction(first), file.toString(), Duration.ofSeconds(5));
            assertThatThrownBy(() -> WriteLock.take(inTransaction(second), file.toString(), Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> {
                        assertThat(e.inUse()).isTrue();
                        assertThat(e.getMessage()).startsWith("The workspace " + file + " is busy: another import")
                                .contains("Nothing was changed").doesNotContain("Exception", "SQL", "FOR UPDATE");
                    });
            second.rollback();
            first.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWorkspaceFromBeforeCountersGetsItsLockRow(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase ws = TestDatabase.create(kind, dir); Handle h = ws.jdbi().open()) {
            h.execute("DELETE FROM setting WHERE name = ?", ChangeCounter.SETTING); // as before counters
            Connection c = inTransaction(h);
            WriteLock.take(c, dir.resolve("old").toString(), Duration.ofSeconds(1));
            h.commit();
            assertThat(ChangeCounter.read(c)).isZero();
        }
    }

    @Test
    void aWorkspaceOpenedForReadingTakesNoLock() throws Exception {
        Path path = dir.resolve("r");
        Workspace.open(path, null).close();
        try (Workspace reader = Workspace.openForReading(path, null); Handle h = reader.jdbi().open()) {
            Connection c = inTransaction(h);
            assertThat(c.isReadOnly()).isTrue();
            WriteLock.take(c, reader.file().toString(), Duration.ofMillis(100)); // a FOR UPDATE would fail on a read-only file
            h.rollback();
        }
    }

    private static Connection inTransaction(Handle h) {
        h.begin();
        return h.getConnection();
    }
}
