package org.kamworkbench.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.kamworkbench.cli.Caller;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/**
 * Runs the usual calls once on a throw-away workspace, in a background process that has just
 * started, so that the user's next calls find the database engine, the import and the analysis
 * loaded and compiled instead of paying for that themselves. A real call always goes first.
 */
final class CliWarmUp {
    /** How much data the calls run on. */
    record Size(int accounts, int invoiceLines) {
        /** Big enough for the compiler to optimise the loops an import and an analysis spend their time in. */
        static final Size TO_COMPILE = new Size(2_000, 60_000);
        /**
         * Enough to run every path of the calls once: for the class-data archive, which keeps the classes
         * (and the lambdas, linked only when they first run) of what ran before it was written.
         */
        static final Size TO_LINK = new Size(60, 600);
    }

    private static final String[][] COUNTRIES = {{"Germany", "EUR"}, {"United States", "USD"}, {"Japan", "JPY"},
        {"Italy", "EUR"}, {"United Kingdom", "GBP"}};
    private static final List<String> FX = List.of("year,currency,rate", "2023,USD,0.92", "2024,USD,0.93",
            "2023,JPY,0.0065", "2024,JPY,0.0061", "2023,GBP,1.15", "2024,GBP,1.18");

    private CliWarmUp() {
    }

    /** Starts warming up on a thread of its own; it gives way as soon as {@code callsWaiting} says so. */
    static void start(WorkspaceOpener opener, BooleanSupplier callsWaiting) {
        Thread thread = new Thread(() -> {
            try {
                run(opener, callsWaiting);
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the calls themselves will say what is wrong
            }
        }, "cli-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Runs the calls, stopping (an import cancelled, the rest left out) when {@code stop} says so;
     * true when every call ran and succeeded (a test's question: nothing else looks).
     */
    static boolean run(WorkspaceOpener opener, BooleanSupplier stop) throws IOException {
        return run(opener, stop, Size.TO_COMPILE);
    }

    /** The same calls on {@code size}'s data. */
    static boolean run(WorkspaceOpener opener, BooleanSupplier stop, Size size) throws IOException {
        Path dir = Files.createTempDirectory("kam-warm-up");
        try {
            String ws = dir.resolve("warm-up").toString();
            List<String[]> calls = List.of(
                    new String[] {"import", "accounts", write(dir, "accounts.csv", accounts(size)), "--workspace", ws},
                    new String[] {"import", "fx", write(dir, "fx.csv", FX), "--workspace", ws},
                    new String[] {"import", "revenue", write(dir, "revenue.csv", invoices(size)), "--workspace", ws},
                    new String[] {"analyze", "pareto", "--by", "region", "--json", "--workspace", ws},
                    new String[] {"status", "--json", "--workspace", ws});
            for (String[] args : calls) {
                if (stop.getAsBoolean() || new KamCli(opener, new PrintWriter(Writer.nullWriter()),
                        new PrintWriter(Writer.nullWriter()), new Caller(false, stop)).run(args) != KamCli.OK) {
                    return false;
                }
            }
            return true;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static List<String> accounts(Size size) {
        List<String> lines = new ArrayList<>(List.of("Account ID,Account Name,Billing Country,Account Currency"));
        for (int i = 0; i < size.accounts(); i++) {
            String[] country = COUNTRIES[i % COUNTRIES.length];
            lines.add("W" + i + ",Warm-up " + i + "," + country[0] + "," + country[1]);
        }
        return lines;
    }

    private static List<String> invoices(Size size) {
        List<String> lines = new ArrayList<>(List.of("invoice,account,date,amount,product line"));
        for (int i = 0; i < size.invoiceLines(); i++) {
            lines.add("I" + i + ",W" + i * 7 % size.accounts() + "," + (2023 + i % 2) + "-" + String.format("%02d-%02d",
                    i % 12 + 1, i % 28 + 1) + "," + (i % 9_000 + 10) + "." + i % 100 + "," + (i % 3 == 0 ? "Licences"
                    : "Services"));
        }
        return lines;
    }

    private static String write(Path dir, String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines).toString();
    }
}
