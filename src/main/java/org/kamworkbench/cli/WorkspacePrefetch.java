package org.kamworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kamworkbench.service.workspace.OpenAhead;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/**
 * Which workspace a command line will open, so that it can be opened ahead ({@link OpenAhead})
 * while picocli reads the command.
 */
final class WorkspacePrefetch {
    private static final String WORKSPACE_OPTION = "--workspace";
    private static final List<String> NO_WORK = List.of("-h", "--help", "-V", "--version", "help");
    /** Commands that only read the workspace, whatever their sub-command. */
    private static final Set<String> READING = Set.of("status", "analyze", "scenario", "score");
    /** Command groups whose sub-commands {@code list} and {@code show} only read it. */
    private static final Set<String> READING_SUBCOMMANDS = Set.of("accounts", "account", "plan", "actions", "settings");

    private WorkspacePrefetch() {
    }

    /**
     * Starts opening the workspace of {@code args} when they name a command (one that will open it),
     * calling {@code alsoPrepare} on the same thread afterwards; null when there is nothing to open.
     */
    static OpenAhead start(WorkspaceOpener opener, String[] args, boolean namesACommand, Runnable alsoPrepare) {
        if (!namesACommand || List.of(args).stream().anyMatch(NO_WORK::contains)) {
            return null;
        }
        if (workspaceTextIn(args) != null && workspaceIn(args) == null) {
            return null; // not a workspace picocli will accept: it says why, and nothing is opened
        }
        WorkspaceLocation named = workspaceIn(args);
        WorkspaceLocation asked = named != null ? named : opener.defaultWorkspace();
        // an import creates a missing workspace file anyway (one it then does not take is deleted); any other
        // command must not: a read command on a mistyped path must leave nothing behind
        return opener.exists(asked) || asked.file().isPresent() && createsAMissingOne(args)
                ? OpenAhead.start(opener, asked, readsOnly(args), alsoPrepare) : null;
    }

    /** Whether the command of {@code args} is an import (the command that creates a missing workspace). */
    static boolean createsAMissingOne(String[] args) {
        List<String> words = commandWords(args);
        return !words.isEmpty() && words.get(0).equals("import");
    }

    /**
     * Whether the command of {@code args} only reads the workspace (and so opens it with
     * {@link CliContext#openWorkspaceForReading}): decides how it is opened ahead.
     */
    static boolean readsOnly(String[] args) {
        List<String> words = commandWords(args);
        if (words.isEmpty()) {
            return false;
        }
        if (READING.contains(words.get(0))) {
            return true;
        }
        return READING_SUBCOMMANDS.contains(words.get(0)) && words.size() > 1
                && (words.get(1).equals("list") || words.get(1).equals("show"));
    }

    /** The first two arguments that are not the workspace option or its value: the command and its sub-command. */
    private static List<String> commandWords(String[] args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length && words.size() < 2; i++) {
            if (args[i].equals(WORKSPACE_OPTION)) {
                i++;
            } else if (!args[i].startsWith(WORKSPACE_OPTION + "=")) {
                words.add(args[i]);
            }
        }
        return words;
    }

    /**
     * The workspace of {@code --workspace PATH} or {@code --workspace=PATH} (a file or a server address, read
     * as the option's converter reads it); null without one, or when it cannot be read (the converter then
     * says why).
     */
    static WorkspaceLocation workspaceIn(String[] args) {
        String text = workspaceTextIn(args);
        if (text == null) {
            return null;
        }
        try {
            return WorkspaceLocation.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value of {@code --workspace} as written; null without one. */
    private static String workspaceTextIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(WORKSPACE_OPTION) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(WORKSPACE_OPTION + "=")) {
                return args[i].substring(WORKSPACE_OPTION.length() + 1);
            }
        }
        return null;
    }
}
