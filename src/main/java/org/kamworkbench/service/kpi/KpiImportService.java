package org.kamworkbench.service.kpi;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.NumberStyle;
import org.kamworkbench.service.imports.run.ImportTable;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.KpiRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports KPI actuals from a CSV or XLSX file with the header {@code account,kpi,period,value} and
 * optional {@code target} and {@code comment} columns (account = external id; period = YYYY,
 * YYYY-Qn or YYYY-MM). A KPI name the account does not have is a problem unless {@code create}:
 * then a manual KPI (higher is better, measured at the frequency of its first period) is defined.
 * All or nothing: with any problem nothing is written. An empty target or comment keeps the stored one.
 */
public final class KpiImportService {
    private static final int SAMPLE = 100;
    private static final String HEADER = "account,kpi,period,value[,target][,comment]";

    private final TableFiles files;
    private final KpiRepository kpis;
    private final AccountRepository accounts;
    private final org.kamworkbench.service.edit.EditGuard edits;

    public KpiImportService(TableFiles files, KpiRepository kpis, AccountRepository accounts,
                            org.kamworkbench.service.edit.EditGuard edits) {
        this.files = files;
        this.kpis = kpis;
        this.accounts = accounts;
        this.edits = edits;
    }

    /**
     * @throws ImportInputException when the file cannot be read or lacks a required column
     */
    public KpiImportReport importFile(Path file, boolean create) {
        try (ImportTable table = ImportTable.open(files, file, ImportOptions.defaults(), SAMPLE)) {
            Columns c = Columns.of(table.header());
            char decimal = table.format().delimiter() == ';' ? ',' : '.';
            Run run = new Run(c, new NumberParser(new NumberStyle(decimal, true)), create);
            long read = 0;
            TableRow row;
            while ((row = table.next()) != null) {
                if (row.cells().stream().allMatch(s -> s == null || s.isBlank())) {
                    continue;
                }
                read++;
                run.accept(row);
            }
            if (run.problems.count() > 0) {
                return new KpiImportReport(false, read, 0, 0, 0, 0, run.problems.count(), run.problems.first());
            }
            return run.write(read);
        }
    }

    private record Columns(int account, int kpi, int period, int value, int target, int comment,
                           List<String> header) {
        static Columns of(List<String> header) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String required : List.of("account", "kpi", "period", "value")) {
                if (!index.containsKey(required)) {
                    throw new ImportInputException("kpi.import.noColumn", required, HEADER);
                }
            }
            return new Columns(index.get("account"), index.get("kpi"), index.get("period"), index.get("value"),
                    index.getOrDefault("target", -1), index.getOrDefault("comment", -1), header);
        }

        String name(int column) {
            return header.get(column);
        }
    }

    /** One pass over the rows: checks each, collects what to write. */
    private final class Run {
        private final Columns c;
        private final NumberParser numbers;
        private final boolean create;
        private final Problems problems = new Problems();
        private final Map<String, Account> accountById = new HashMap<>();
        private final Map<String, KpiDefinition> kpiByKey = new HashMap<>();
        private final List<KpiDefinition> created = new ArrayList<>();
        private final Map<String, Long> lineOfKey = new HashMap<>();
        private final List<KpiEntry> entries = new ArrayList<>();

        Run(Columns c, NumberParser numbers, boolean create) {
            this.c = c;
            this.numbers = numbers;
            this.create = create;
            accounts.findAll().forEach(a -> accountById.put(a.externalId(), a));
            kpis.allKpis().forEach(k -> kpiByKey.put(k.accountId() + "|" + k.name().toLowerCase(Locale.ROOT), k));
        }

        void accept(TableRow row) {
            long before = problems.count();
            String accountText = cell(row, c.account());
            Account account = accountById.get(ExternalIds.normalize(accountText));
            if (account == null) {
                problem(row, c.account(), accountText, Sentence.of(accountText.isEmpty() ? "value.accountEmpty"
                        : "value.notAccount"));
            }
            String name = cell(row, c.kpi());
            if (name.isEmpty()) {
                problem(row, c.kpi(), null, Sentence.of("value.kpiNameEmpty"));
            }
            String periodText = cell(row, c.period());
            KpiPeriod period = KpiPeriod.parse(periodText);
            if (period == null) {
                problem(row, c.period(), periodText, Sentence.of("value.notKpiPeriod"));
            }
            BigDecimal value = number(row, c.value());
            BigDecimal target = c.target() < 0 ? null : number(row, c.target());
            if (value == null && target == null && cell(row, c.value()).isEmpty()) {
                problem(row, c.value(), null, Sentence.of("value.kpiValueEmpty"));
            }
            if (problems.count() != before) {
                return;
            }
            KpiDefinition kpi = kpi(row, account, name, period);
            if (kpi == null) {
                return;
            }
            String key = kpi.accountId() + "|" + name.toLowerCase(Locale.ROOT) + "|" + period;
            Long first = lineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                problem(row, c.period(), periodText, Sentence.of("value.kpiRepeated", name, accountText,
                        String.valueOf(first)));
                return;
            }
            String comment = c.comment() < 0 ? "" : cell(row, c.comment());
            entries.add(new KpiEntry(kpi.id(), period, target, value, comment.isEmpty() ? null : comment));
        }

        private KpiDefinition kpi(TableRow row, Account account, String name, KpiPeriod period) {
            String key = account.id() + "|" + name.toLowerCase(Locale.ROOT);
            KpiDefinition kpi = kpiByKey.get(key);
            if (kpi == null && !create) {
                problem(row, c.kpi(), name, Sentence.of("value.notKpiOfAccount", account.externalId()));
                return null;
            }
            if (kpi == null) {
                kpi = new KpiDefinition(-(created.size() + 1), account.id(), name, "", KpiDirection.HIGHER_IS_BETTER,
                        period.frequency(), null, KpiSource.MANUAL);
                created.add(kpi);
                kpiByKey.put(key, kpi);
            }
            if (kpi.source().computed()) {
                problem(row, c.kpi(), name, Sentence.of("value.kpiComputed"));
                return null;
            }
            if (kpi.frequency() != period.frequency()) {
                problem(row, c.period(), period.toString(), Sentence.of("value.kpiWrongFrequency",
                        kpi.frequency().ordinal(), kpi.name()));
                return null;
            }
            return kpi;
        }

        KpiImportReport write(long read) {
            long added = 0;
            long updated = 0;
            long unchanged = 0;
            List<KpiEntry> merged = new ArrayList<>();
            Map<Long, Map<KpiPeriod, KpiEntry>> storedByKpi = new HashMap<>();
            for (KpiEntry e : entries) {
                KpiEntry old = e.kpiId() < 0 ? null : storedByKpi.computeIfAbsent(e.kpiId(), id -> {
                    Map<KpiPeriod, KpiEntry> m = new HashMap<>();
                    kpis.entries(id).forEach(x -> m.put(x.period(), x));
                    return m;
                }).get(e.period());
                KpiEntry next = new KpiEntry(e.kpiId(), e.period(),
                        e.target() != null || old == null ? e.target() : old.target(),
                        e.actual() != null || old == null ? e.actual() : old.actual(),
                        e.comment() != null || old == null ? e.comment() : old.comment());
                if (old == null) {
                    added++;
                } else if (same(old, next)) {
                    unchanged++;
                    continue;
                } else {
                    updated++;
                }
                merged.add(next);
            }
            // the values it changes move their versions on: a KPI form read before cannot save over them
            Map<org.kamworkbench.domain.VersionKey, Long> unread = new java.util.LinkedHashMap<>();
            merged.stream().filter(e -> e.kpiId() >= 0).forEach(e -> unread.put(
                    org.kamworkbench.domain.VersionKey.kpiValue(e.kpiId(), e.period()),
                    org.kamworkbench.service.edit.EditGuard.UNREAD));
            edits.saveAll(null, unread, () -> {
                kpis.importEntries(created, merged);
                return null;
            });
            return new KpiImportReport(true, read, created.size(), added, updated, unchanged, 0, List.of());
        }

        private BigDecimal number(TableRow row, int column) {
            String s = cell(row, column);
            if (s.isEmpty()) {
                return null;
            }
            try {
                return numbers.forCell(row, column).parseDecimal(s);
            } catch (InvalidValueException e) {
                problem(row, column, s, e.sentence());
                return null;
            }
        }

        private void problem(TableRow row, int column, String value, Sentence reason) {
            problems.add(row.line(), c.name(column), value == null || value.isEmpty() ? null : value, reason);
        }
    }

    private static boolean same(KpiEntry a, KpiEntry b) {
        return eq(a.target(), b.target()) && eq(a.actual(), b.actual()) && Objects.equals(a.comment(), b.comment());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String cell(TableRow row, int column) {
        String s = row.cell(column);
        return s == null ? "" : s.strip();
    }
}
