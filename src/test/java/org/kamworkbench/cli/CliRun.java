package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(WorkspaceOpener opener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new KamCli(opener, new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
