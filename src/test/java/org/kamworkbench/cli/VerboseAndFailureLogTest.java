package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/** No exception names, SQL or stack traces in user output; --verbose and the failure log keep them. */
class VerboseAndFailureLogTest {
    private static final String H2_MESSAGE = "org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"REVENUE_SEGMENT\" not "
            + "found; SQL statement:\nSELECT cells FROM revenue_segment WHERE period_year = ? [42102-252]";

    @TempDir
    Path dir;

    private static WorkspaceOpener failing() {
        return new WorkspaceOpener() {
            @Override
            public org.kamworkbench.service.workspace.WorkspaceServices open(org.kamworkbench.service.workspace.WorkspaceLocation path) {
                throw new IllegalStateException(H2_MESSAGE, new java.sql.SQLException("inner"));
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceLocation defaultWorkspace() {
                return org.kamworkbench.service.workspace.WorkspaceLocation.of(Path.of("/nonexistent/default.kam"));
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceBackups backups() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void createWith(org.kamworkbench.service.workspace.WorkspaceLocation path,
                                   java.util.function.Consumer<org.kamworkbench.service.workspace.WorkspaceServices> fill) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private record Run(int code, String err) {
    }

    private Run run(FailureLog log, String... args) {
        StringWriter err = new StringWriter();
        int code = new KamCli(failing(), new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                Caller.thisProcess(), log).run(args);
        return new Run(code, err.toString());
    }

    @Test
    void theUserSeesASentenceAndTheLogKeepsTheDetails() throws Exception {
        FailureLog log = new FailureLog(dir.resolve("cache/failures.log"));
        Run run = run(log, "status");
        assertThat(run.code()).isEqualTo(KamCli.FAILURE);
        assertThat(run.err().strip()).isEqualTo("Unexpected failure: Table \"REVENUE_SEGMENT\" not found");
        String kept = Files.readString(log.file());
        assertThat(kept).contains("kam-workbench status", "JdbcSQLSyntaxErrorException", "SELECT cells",
                "java.lang.IllegalStateException", "\tat ", "Caused by: java.sql.SQLException: inner");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
    }

    @Test
    void verbosePrintsTheDetailsAfterTheSentence() {
        Run run = run(new FailureLog(dir.resolve("failures.log")), "status", "--verbose");
        assertThat(run.code()).isEqualTo(KamCli.FAILURE);
        assertThat(run.err()).startsWith("Unexpected failure: Table \"REVENUE_SEGMENT\" not found")
                .contains("SELECT cells", "\tat ", "(kept in " + dir.resolve("failures.log") + ")");
    }

    @Test
    void aLogThatCannotBeWrittenDoesNotChangeTheAnswer() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Run run = run(new FailureLog(notAFolder.resolve("failures.log")), "status");
        assertThat(run.code()).isEqualTo(KamCli.FAILURE);
        assertThat(run.err().strip()).isEqualTo("Unexpected failure: Table \"REVENUE_SEGMENT\" not found");
    }

    @Test
    void sentencesLoseClassNamesSqlAndEngineCodes() {
        assertThat(KamCli.sentence(new RuntimeException("java.io.IOException: No space left on device")))
                .isEqualTo("No space left on device");
        assertThat(KamCli.sentence(new RuntimeException("Timeout trying to lock table [50200-252]")))
                .isEqualTo("Timeout trying to lock table");
        assertThat(KamCli.sentence(new RuntimeException((String) null))).isEqualTo("the command stopped without saying why.");
    }
}
