package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskDeepInTheChainIsSaidInOneSentence() {
        Exception h2 = new IllegalStateException("Failed to commit transaction",
                new SQLException("General error", new IOException("No space left on device")));
        assertThat(DiskFull.causedBy(h2)).isTrue();
        assertThat(DiskFull.sentenceOr(h2, dir.resolve("x.mv.db"), "other"))
                .matches("The disk is full \\(\\d+ MB free on " + java.util.regex.Pattern.quote(dir.toString()) + "\\)\\.");
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        assertThat(DiskFull.sentenceOr(new IOException("Permission denied"), dir, "other")).isEqualTo("other");
    }
}
