package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void rewritesOneLineOnlyWhenThePercentChangesAndClearsIt() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), "Importing a.csv", () -> false);
        progress.progress(0.101, (String) null);
        progress.progress(0.104, (String) null);
        progress.progress(0.5, "writing");
        progress.progress(-1, (String) null);
        assertThat(err.toString()).isEqualTo("\rImporting a.csv 10%"
                + "\rImporting a.csv 50% - writing"
                + "\rImporting a.csv              ");
        progress.clear();
        assertThat(err.toString()).endsWith("\r" + " ".repeat("Importing a.csv".length()) + "\r");
        assertThat(progress.isCancelled()).isFalse();
    }
}
