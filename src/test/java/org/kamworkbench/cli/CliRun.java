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

    /** Runs {@code args} on the workspace at {@code workspace} (appended as --workspace). */
    static CliRun inWorkspace(WorkspaceOpener opener, java.nio.file.Path workspace, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--workspace";
        all[args.length + 1] = workspace.toString();
        return run(opener, all);
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
