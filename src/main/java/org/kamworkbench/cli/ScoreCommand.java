package org.kamworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score [--year Y] [--json]}: every account scored against the current criteria set, best
 * first, then the incomplete accounts (issue 4 §4). Numbers are unrounded in JSON.
 */
@Command(name = ScoreCommand.NAME, description = "Score the accounts against the current criteria set.")
final class ScoreCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "score";

    private final CliContext context;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of data-derived criteria "
            + "(default: the last complete year with revenue).")
    Integer year;

    @Option(names = "--set", paramLabel = "NAME", description = "Score with the newest version of this criteria set "
            + "(default: the most recently saved set).")
    String set;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    ScoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            ScoringService scoring = ws.keyAccounts().scoring();
            Scoreboard board = CriteriaCommand.run(() -> set == null ? scoring.score(scoring.load(year))
                    : scoring.score(scoring.load(year), set));
            if (json) {
                context.printJson(toJson(board));
            } else {
                printText(board);
            }
            return KamCli.OK;
        }
    }

    static Map<String, Object> toJson(Scoreboard board) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("criteriaSet", board.set().name());
        out.put("version", board.set().version());
        out.put("year", board.year());
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (AccountScore s : board.ranked()) {
            Map<String, Object> a = account(s);
            a.put("attractiveness", s.attractiveness());
            a.put("strength", s.strength());
            a.put("score", s.score());
            a.put("quadrant", s.quadrant().label());
            a.put("complete", true);
            accounts.add(a);
        }
        for (AccountScore s : board.incomplete()) {
            Map<String, Object> a = account(s);
            a.put("complete", false);
            a.put("missing", s.missing().stream().map(Object::toString).toList());
            accounts.add(a);
        }
        out.put("accounts", accounts);
        return out;
    }

    private static Map<String, Object> account(AccountScore s) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("externalId", s.account().externalId());
        a.put("name", s.account().name());
        return a;
    }

    private void printText(Scoreboard board) {
        context.out().println("Criteria set '" + board.set().name() + "' version " + board.set().version()
                + ", data of " + board.year() + ":");
        TextTable table = new TextTable(List.of("#", "Account", "Name", "Attractiveness", "Strength", "Score",
                "Quadrant"), new boolean[]{true, false, false, true, true, true, false});
        int rank = 1;
        for (AccountScore s : board.ranked()) {
            table.add(List.of(String.valueOf(rank++), s.account().externalId(), s.account().name(),
                    oneDecimal(s.attractiveness()), oneDecimal(s.strength()), oneDecimal(s.score()),
                    s.quadrant().label()));
        }
        table.print(context.out());
        if (!board.incomplete().isEmpty()) {
            context.out().println(board.incomplete().size() + " incomplete (not scored):");
            for (AccountScore s : board.incomplete()) {
                context.out().println("  " + s.account().externalId() + "  " + s.account().name() + ": "
                        + String.join("; ", s.missing().stream().map(Object::toString).toList()));
            }
        }
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
