package org.kamworkbench.service.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.port.ArchiveFiles;
import org.kamworkbench.service.port.ArchiveManifest;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.WorkspaceTables;
import org.kamworkbench.service.port.WorkspaceTables.Column;
import org.kamworkbench.service.port.WorkspaceTables.ColumnType;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/**
 * The portable workspace archive: every table of the workspace and every revenue cell (month, original
 * currency, product lines), with ids kept, so that exporting the workspace an archive was imported into
 * gives the same entries again. Tables are found, not listed: what a later migration adds travels too.
 */
public final class WorkspaceArchiveService {
    static final String TABLES = "tables/";
    static final String LINES = ".jsonl";
    static final String REVENUE = "revenue" + LINES;
    static final TableShape REVENUE_CELLS = new TableShape("revenue", List.of(
            new Column("account_id", ColumnType.INTEGER), new Column("currency", ColumnType.TEXT),
            new Column("period_year", ColumnType.INTEGER), new Column("period_month", ColumnType.INTEGER),
            new Column("amount", ColumnType.DECIMAL), new Column("records", ColumnType.INTEGER),
            new Column("product_lines", ColumnType.TEXT_LIST)));

    private final WorkspaceTables tables;
    private final RevenueRepository revenue;
    private final SettingsRepository settings;
    private final ArchiveFiles files;
    private final String appVersion;
    private final Clock clock;

    public WorkspaceArchiveService(WorkspaceTables tables, RevenueRepository revenue, SettingsRepository settings,
                                   ArchiveFiles files, String appVersion, Clock clock) {
        this.tables = tables;
        this.revenue = revenue;
        this.settings = settings;
        this.files = files;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** Writes the whole workspace to {@code file} (encrypted when a password is given). */
    public ArchiveSummary export(Path file, char[] password, ProgressMonitor progress) {
        List<TableShape> shapes = tables.tables();
        ArchiveFiles.Output out = files.create(file, password);
        Map<String, Long> rows = new HashMap<>();
        try {
            for (int i = 0; i < shapes.size(); i++) {
                TableShape table = shapes.get(i);
                step(progress, i, shapes.size() + 3, org.kamworkbench.service.message.Sentence.of("progress.archive.writing", table.name()));
                String entry = TABLES + table.name() + LINES;
                rows.put(entry, counted(out.entry(entry, table), consumer -> tables.forEachRow(table, consumer)));
            }
            step(progress, shapes.size(), shapes.size() + 3, org.kamworkbench.service.message.Sentence.of("progress.archive.writingRevenue"));
            Consumer<Object[]> cells = out.entry(REVENUE, REVENUE_CELLS);
            rows.put(REVENUE, counted(cells, sink -> revenue.forEachCell(c -> sink.accept(row(c)))));
            out.finish(new ArchiveManifest(ArchiveManifest.FORMAT, tables.schemaVersion(), appVersion,
                    clock.instant(), settings.load().reportingCurrency(), null, null));
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        }
        progress.progress(1, org.kamworkbench.service.message.Sentence.of("progress.archive.written"));
        return new ArchiveSummary(file, password != null, rows);
    }

    /**
     * Replaces this workspace's data by the archive's. Meant for a workspace just created (see
     * WorkspaceOpener#createWith): the archive is verified whole before anything is written.
     */
    public ArchiveSummary load(Path file, char[] password, ProgressMonitor progress) {
        ArchiveFiles.Input in = files.open(file, password);
        ArchiveManifest manifest = in.manifest();
        refuseNewerSchema(manifest);
        Map<String, TableShape> shapes = new HashMap<>();
        tables.tables().forEach(t -> shapes.put(TABLES + t.name() + LINES, t));
        shapes.put(REVENUE, REVENUE_CELLS);
        for (String entry : manifest.sha256().keySet()) {
            if (!shapes.containsKey(entry)) {
                throw new ArchiveRefusedException("The archive holds " + entry + ", which this version of "
                        + "KAM Workbench does not know; update to open it.");
            }
        }
        List<RevenueCell> cells = new ArrayList<>();
        Map<String, Long> rows = new HashMap<>();
        int total = manifest.sha256().size() + 1;
        int[] done = {0};
        tables.replaceAll(inserter -> in.read(shapes::get, (entry, shape, columns, entryRows) -> {
            step(progress, done[0]++, total, org.kamworkbench.service.message.Sentence.of("progress.archive.reading", shape.name()));
            if (entry.equals(REVENUE)) {
                rows.put(entry, collectCells(columns, entryRows, cells));
            } else {
                CountingIterator counted = new CountingIterator(entryRows);
                inserter.insert(shape, columns, counted);
                rows.put(entry, counted.count);
            }
        }));
        step(progress, total - 1, total, org.kamworkbench.service.message.Sentence.of("progress.archive.storingRevenue"));
        revenue.write(cells, Set.of(), RevenueMode.ADD);
        progress.progress(1, org.kamworkbench.service.message.Sentence.of("progress.archive.imported"));
        return new ArchiveSummary(file, password != null, rows);
    }

    private void refuseNewerSchema(ArchiveManifest manifest) {
        if (versionNumber(manifest.schemaVersion()) > versionNumber(tables.schemaVersion())) {
            throw new ArchiveRefusedException("This archive was made by a newer KAM Workbench (workspace schema "
                    + manifest.schemaVersion() + ", app " + manifest.appVersion() + "); update to open it.");
        }
    }

    private static long versionNumber(String version) {
        try {
            return Long.parseLong(version.split("\\.")[0]);
        } catch (RuntimeException e) {
            throw new ArchiveRefusedException("The archive's manifest names no valid schema version ('" + version + "').");
        }
    }

    private static Object[] row(RevenueCell c) {
        List<String> lines = new ArrayList<>(c.productLines());
        lines.sort(null); // a set: sorted, so that the same cells give the same bytes
        return new Object[] {c.accountId(), c.currency(), (long) c.year(), (long) c.month(), c.amount(),
                (long) c.records(), lines};
    }

    @SuppressWarnings("unchecked")
    private static long collectCells(List<String> columns, java.util.Iterator<Object[]> rows, List<RevenueCell> cells) {
        int[] at = new int[REVENUE_CELLS.columns().size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = columns.indexOf(REVENUE_CELLS.columns().get(i).name());
            if (at[i] < 0 && i < at.length - 1) {
                throw new ArchiveRefusedException("The archive is damaged: " + REVENUE + " has no column '"
                        + REVENUE_CELLS.columns().get(i).name() + "'.");
            }
        }
        long n = 0;
        while (rows.hasNext()) {
            Object[] r = rows.next();
            if (r[at[0]] == null || r[at[1]] == null || r[at[2]] == null || r[at[3]] == null || r[at[4]] == null
                    || r[at[5]] == null) {
                throw new ArchiveRefusedException("The archive is damaged: revenue cell " + (n + 1) + " is incomplete.");
            }
            List<String> lines = at[6] < 0 || r[at[6]] == null ? List.of() : (List<String>) r[at[6]];
            long amountE4;
            try {
                amountE4 = ((java.math.BigDecimal) r[at[4]]).movePointRight(4).longValueExact();
            } catch (ArithmeticException e) {
                throw new ArchiveRefusedException("The archive is damaged: revenue cell " + (n + 1) + " has an amount "
                        + "with more than 4 decimals or out of range (" + r[at[4]] + ").");
            }
            cells.add(new RevenueCell((Long) r[at[0]], (String) r[at[1]], ((Long) r[at[2]]).intValue(),
                    ((Long) r[at[3]]).intValue(), amountE4, ((Long) r[at[5]]).intValue(), new HashSet<>(lines)));
            n++;
        }
        return n;
    }

    private static long counted(Consumer<Object[]> sink, Consumer<Consumer<Object[]>> source) {
        long[] n = {0};
        source.accept(row -> {
            sink.accept(row);
            n[0]++;
        });
        return n[0];
    }

    private static void step(ProgressMonitor progress, int done, int total, org.kamworkbench.service.message.Sentence message) {
        if (progress.isCancelled()) {
            throw new ArchiveCancelledException();
        }
        progress.progress((double) done / total, message);
    }

    /** Counts the rows an inserter takes. */
    private static final class CountingIterator implements java.util.Iterator<Object[]> {
        private final java.util.Iterator<Object[]> rows;
        long count;

        CountingIterator(java.util.Iterator<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Object[] next() {
            count++;
            return rows.next();
        }
    }
}
