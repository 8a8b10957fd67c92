package org.kamworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import java.util.function.UnaryOperator;
import org.kamworkbench.service.workspace.OpenAhead;
import org.kamworkbench.service.workspace.PasswordOpener;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspacePasswords;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;

/** What every command shares: where to write, the workspace option, and how to open it. */
public final class CliContext {
    private final WorkspaceOpener plainOpener;
    /** The opener with the password of this call, when it carries one. */
    private WorkspaceOpener opener;
    private UnaryOperator<String> environment = System::getenv;
    /** Asks the user at the terminal (the prompt given); null when there is no terminal. */
    private java.util.function.Function<String, char[]> terminal =
            prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    private char[] password;
    private BadInputException passwordProblem;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Caller caller;
    private ObjectMapper json;
    private WorkspaceLocation workspace;
    private OpenAhead ahead;

    public CliContext(WorkspaceOpener opener, PrintWriter out, PrintWriter err, Caller caller) {
        this.plainOpener = opener;
        this.opener = opener;
        this.out = out;
        this.err = err;
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Built on first use (or ahead, by the prefetch): commands that print no JSON don't pay for loading Jackson. */
    public synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper()
                    .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    // a service sentence is written as its English text, as the rest of the command line
                    .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(
                            org.kamworkbench.service.message.Sentence.class,
                            com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));
        }
        return json;
    }

    void workspace(WorkspaceLocation location) {
        this.workspace = location;
    }

    /** The workspace named by --workspace, else the default one (nothing is opened). */
    public WorkspaceLocation workspaceLocation() {
        return workspace != null ? workspace : opener.defaultWorkspace();
    }

    /** The automatic backups, for commands that work on a closed workspace. */
    public WorkspaceBackups backups() {
        refuseABadPassword();
        return opener.backups();
    }

    /** Where passwords come from besides --password-file: the process environment, or a test's. */
    void environment(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** How the password of a team workspace is asked for at the terminal (tests give their own). */
    void terminal(java.util.function.Function<String, char[]> terminal) {
        this.terminal = terminal;
    }

    /** Reads this call's password (--password-file or the environment) before anything opens a workspace. */
    void readPassword(String[] args) {
        WorkspaceLocation named = WorkspacePrefetch.workspaceIn(args);
        java.util.Optional<ServerAddress> server = named == null ? java.util.Optional.empty() : named.server();
        if (server.isPresent()) {
            readServerPassword(args, server.get());
            return;
        }
        try {
            password = PasswordSource.read(args, environment);
        } catch (BadInputException e) {
            passwordProblem = e;
            return;
        }
        if (password != null) {
            opener = new PasswordOpener(plainOpener, password);
        }
    }

    /**
     * A team workspace's password: --password-file, else what the opener finds (KAM_DB_PASSWORD,
     * ~/.pgpass), else typed at the terminal, never echoed. Without any, opening it says what to do.
     */
    private void readServerPassword(String[] args, ServerAddress server) {
        try {
            password = PasswordSource.readForServer(args);
        } catch (BadInputException e) {
            passwordProblem = e;
            return;
        }
        if (password == null && plainOpener.needsPassword(WorkspaceLocation.of(server))) {
            password = terminal.apply("Password of " + server.user() + " for " + server.shortName() + ": ");
            if (password != null && password.length == 0) {
                password = null;
            }
        }
        if (password != null) {
            opener = new PasswordOpener(plainOpener, password);
        }
    }

    /** This call's password; null when it gives none. */
    char[] password() {
        refuseABadPassword();
        return password;
    }

    /** The opener without this call's password (a workspace created plain on purpose). */
    WorkspaceOpener plainOpener() {
        return plainOpener;
    }

    WorkspacePasswords passwords() {
        return plainOpener.passwords();
    }

    private void refuseABadPassword() {
        if (passwordProblem != null) {
            throw passwordProblem;
        }
    }

    /**
     * Opens the workspace named by --workspace, else the default one, for a command that reads or
     * edits it: a path with no workspace is a mistyped path, refused without creating anything.
     */
    public WorkspaceServices openWorkspace() {
        return (ahead != null ? ahead : opener).open(existingWorkspace());
    }

    /**
     * Opens the workspace, as {@link #openWorkspace}, for a command that only reads it: nothing is
     * written into its file (a damaged one is still refused).
     */
    public WorkspaceServices openWorkspaceForReading() {
        return (ahead != null ? ahead : opener).openForReading(existingWorkspace());
    }

    private WorkspaceLocation existingWorkspace() {
        refuseABadPassword();
        WorkspaceLocation path = workspaceLocation();
        if (!opener.exists(path)) {
            throw new BadInputException("No workspace at " + path + ". Check the path, or import a file "
                    + "into it to create one.");
        }
        return path;
    }

    /** Whether a workspace exists at {@code path}. */
    boolean workspaceExists(WorkspaceLocation path) {
        return opener.exists(path);
    }

    /** Creates a new workspace holding what {@code fill} writes into it, complete or not at all. */
    void createWorkspaceWith(WorkspaceLocation path, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(path, fill);
    }

    /** Opens the workspace, creating it when missing: only for imports. */
    public WorkspaceServices createOrOpenWorkspace() {
        refuseABadPassword();
        return (ahead != null ? ahead : opener).open(workspaceLocation());
    }

    /** Starts opening the workspace the arguments name (and Jackson, for --json) while they are parsed. */
    void prefetch(String[] args, boolean namesACommand) {
        if (passwordProblem != null) {
            return; // the command says what is wrong with the password
        }
        boolean json = java.util.List.of(args).contains("--json");
        ahead = WorkspacePrefetch.start(opener, args, namesACommand, json ? this::json : () -> { });
    }

    /** After the command: a prefetched workspace it did not use is closed (and removed if it was created). */
    void releasePrefetch() {
        if (ahead != null) {
            ahead.releaseUnused();
            ahead = null;
        }
    }

    /** Prints {@code value} as JSON on stdout. */
    public void printJson(Object value) {
        try {
            out.println(json().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
