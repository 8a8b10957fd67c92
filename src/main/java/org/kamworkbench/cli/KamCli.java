package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The headless command line: picocli sub-commands on the same services, JSON out. */
@Command(name = "kam-workbench", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "KAM Workbench 0.1",
        description = "KAM Workbench, headless. Without arguments the desktop app opens.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:Unexpected failure.", "2:Bad input (a file, an option or a value).",
                "3:The workspace is busy: open in another window or process.",
                "4:The workspace is damaged and was not opened.",
                "130:Stopped by Ctrl+C: an import is cancelled whole, or reported as already complete."},
        footer = {"", "By default every call runs in a process of its own. KAM_SERVER=on keeps a background process",
                "for the calls that follow, so that they start faster (see the README)."})
public final class KamCli {
    /**
     * The sub-commands, in the order help lists them. A call builds only the one it names: picocli
     * reads every command it is given by reflection, which would cost each call a large part of its time.
     * Each is matched by its name constant, not its annotation: reading annotations costs a cold call
     * tens of milliseconds before the workspace can start opening.
     */
    static final List<Named> COMMANDS = List.of(new Named(StatusCommand.NAME, StatusCommand.class),
            new Named(ImportCommand.NAME, ImportCommand.class), new Named(AccountsCommand.NAME, AccountsCommand.class),
            new Named(AnalyzeCommand.NAME, AnalyzeCommand.class), new Named(ScenarioCommand.NAME, ScenarioCommand.class),
            new Named(CriteriaCommand.NAME, CriteriaCommand.class),
            new Named(InputFileCommands.Ratings.NAME, InputFileCommands.Ratings.class),
            new Named(ScoreCommand.NAME, ScoreCommand.class),
            new Named(InputFileCommands.Effort.NAME, InputFileCommands.Effort.class),
            new Named(InputFileCommands.Spend.NAME, InputFileCommands.Spend.class),
            new Named(AccountCommand.NAME, AccountCommand.class), new Named(PlanCommand.NAME, PlanCommand.class),
            new Named(PlansCommand.NAME, PlansCommand.class), new Named(DemoCommand.NAME, DemoCommand.class),
            new Named(KpiCommand.NAME, KpiCommand.class), new Named(ActionsCommand.NAME, ActionsCommand.class),
            new Named(SettingsCommand.NAME, SettingsCommand.class),
            new Named(WorkspaceCommand.NAME, WorkspaceCommand.class), new Named(ExportCommand.NAME, ExportCommand.class),
            new Named(ReportCommand.NAME, ReportCommand.class));

    /** A sub-command and the name (as in its {@code @Command}) that selects it. */
    record Named(String name, Class<?> command) {
    }

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int BUSY = 3;
    public static final int DAMAGED = 4;
    /** Stopped by Ctrl+C (SIGINT), as a shell reports a process ended by that signal: 128 + 2. */
    public static final int INTERRUPTED = 130;

    private final CliContext context;
    private final FailureLog failureLog;
    private boolean verbose;

    public KamCli(WorkspaceOpener opener) {
        this(opener, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public KamCli(WorkspaceOpener opener, PrintWriter out, PrintWriter err) {
        this(opener, out, err, Caller.thisProcess());
    }

    /** For a caller elsewhere (a client of the background process, see app.CliServer). */
    public KamCli(WorkspaceOpener opener, PrintWriter out, PrintWriter err, Caller caller) {
        this(opener, out, err, caller, FailureLog.inCacheFolder());
    }

    KamCli(WorkspaceOpener opener, PrintWriter out, PrintWriter err, Caller caller, FailureLog failureLog) {
        this.context = new CliContext(opener, out, err, caller);
        this.failureLog = failureLog;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On a failure, also print its technical details (exception, SQL, stack trace). "
                    + "They are always kept in ~/.cache/kam-workbench/failures.log.")
    void verbose(boolean on) {
        this.verbose = on;
    }

    @Option(names = "--workspace", paramLabel = "PATH", scope = ScopeType.INHERIT,
            converter = OptionConverters.Location.class,
            description = "The workspace to use (only imports create a missing one). Default: the desktop app's default workspace.")
    void workspace(org.kamworkbench.service.workspace.WorkspaceLocation location) {
        context.workspace(location);
    }

    @Option(names = PasswordSource.OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The password of an encrypted workspace: the first line of FILE (or the environment "
                    + "variable " + PasswordSource.ENV + "). Never on the command line itself.")
    void passwordFile(Path file) {
        // read before the command runs (see CliContext.readPassword), so that the workspace can be opened ahead
    }

    /** Where the password comes from besides --password-file (tests give their own environment). */
    KamCli environment(java.util.function.UnaryOperator<String> environment) {
        context.environment(environment);
        return this;
    }

    /** How a team workspace's password is typed at the terminal (tests answer the prompt themselves). */
    KamCli terminal(java.util.function.Function<String, char[]> terminal) {
        context.terminal(terminal);
        return this;
    }

    /** Runs the command; returns the exit code (0 ok, 1 unexpected failure, 2 bad input, 3 busy, 4 damaged). */
    public int run(String[] args) {
        List<Class<?>> commands = commandsNamedIn(args);
        context.readPassword(args);
        // workspace backups/restore work on the closed file: opening it ahead would hold it
        context.prefetch(args, commands.size() == 1 && commands.get(0) != WorkspaceCommand.class);
        try {
            return execute(args, commands);
        } finally {
            context.releasePrefetch();
        }
    }

    private int execute(String[] args, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(this, new ContextFactory(context));
        commands.forEach(cli::addSubcommand);
        cli.setOut(context.out());
        cli.setErr(context.err());
        Failures failures = new Failures(args);
        cli.setExitCodeExceptionMapper(failures);
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(failures);
        int code = cli.execute(args);
        context.out().flush();
        return code;
    }

    /**
     * How a failure ends a call: one sentence on stderr and a documented exit code. A class rather than
     * lambdas: a lambda implementing one of picocli's interfaces makes the class-data archive leave out
     * picocli's main classes (old bytecode linked while the archive is written), which every call then
     * loads and verifies from the jar.
     */
    private final class Failures implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
        private final String[] args;

        Failures(String[] args) {
            this.args = args;
        }

        @Override
        public int getExitCode(Throwable e) {
            return exitCodeOf(e);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (e instanceof BadInputException bad) {
                bad.lines().forEach(context.err()::println);
            } else if (e instanceof WorkspacePasswordException password && password.missing()
                    && !context.workspaceLocation().onServer()) {
                context.err().println(e.getMessage() + " Give it with " + PasswordSource.OPTION + " FILE or the "
                        + "environment variable " + PasswordSource.ENV + ".");
            } else if (e instanceof WorkspaceUnavailableException || e instanceof WorkspaceDamagedException) {
                context.err().println(e.getMessage());
            } else {
                // a sentence for the user: no exception class name, SQL or stack trace
                context.err().println("Unexpected failure: " + sentence(e));
            }
            keepDetails(args, e);
            context.err().flush();
            return exitCodeOf(e);
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] ignored) {
            context.err().println(e.getMessage());
            context.err().flush();
            return BAD_INPUT;
        }
    }

    /**
     * The technical details of a failure go to the failure log (and with --verbose to stderr, after the
     * sentence); the user's output otherwise holds sentences only. Bad input needs no diagnosis.
     */
    private void keepDetails(String[] args, Exception e) {
        if (e instanceof BadInputException && e.getCause() == null) {
            return;
        }
        String report = FailureLog.report(List.of(args), e);
        boolean kept = failureLog.append(report);
        if (verbose) {
            context.err().print(report);
            if (kept) {
                context.err().println("(kept in " + failureLog.file() + ")");
            }
        }
    }

    private static final java.util.regex.Pattern CLASS_PREFIX =
            java.util.regex.Pattern.compile("^([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(Exception|Error)?:\\s*");
    private static final java.util.regex.Pattern ENGINE_CODE = java.util.regex.Pattern.compile("\\s*\\[\\d+-\\d+]\\s*$");

    /** The first line of a failure's message, without class names, SQL or the database's error code. */
    static String sentence(Throwable e) {
        String line = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        int sql = line.indexOf("; SQL statement");
        line = sql >= 0 ? line.substring(0, sql) : line;
        line = CLASS_PREFIX.matcher(ENGINE_CODE.matcher(line).replaceAll("")).replaceAll("").trim();
        return line.isEmpty() ? "the command stopped without saying why." : line;
    }

    /** The exit code a failure ends a call with: the documented ones, see the command's help. */
    static int exitCodeOf(Throwable e) {
        if (e instanceof WorkspaceUnavailableException unavailable) {
            return unavailable.inUse() ? BUSY : BAD_INPUT;
        }
        if (e instanceof WorkspaceDamagedException) {
            return DAMAGED;
        }
        return e instanceof BadInputException ? BAD_INPUT : FAILURE;
    }

    /** The sub-command the arguments name (the first argument that is one), or all of them for help. */
    static List<Class<?>> commandsNamedIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace") || args[i].equals(PasswordSource.OPTION)) {
                i++; // its value is a path, whatever it looks like
                continue;
            }
            for (Named named : COMMANDS) {
                if (named.name().equals(args[i])) {
                    return List.of(named.command());
                }
            }
        }
        return COMMANDS.stream().<Class<?>>map(Named::command).toList();
    }

    /** Builds commands, handing a {@link CliContext} to those whose constructor takes one. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
