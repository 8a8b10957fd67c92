package org.kamworkbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.StakeholderStore;
import org.kamworkbench.store.Workspace;

/**
 * Random workspaces (any text in names and notes, amounts to the 1/10 000, negative months, product
 * lines, stakeholders reporting to people stored before or after them) survive export → import →
 * export with the same entries, and the imported workspace holds the same data.
 */
class WorkspaceArchivePropertyTest {
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY");

    @Property(tries = 6)
    void exportImportExportIsLossless(@ForAll @Size(min = 1, max = 8) List<@From("texts") String> names,
                                      @ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("kam-archive-property");
        try {
            Path original = dir.resolve("original");
            fill(original, names, new Random(seed));
            WorkspaceWiring wiring = new WorkspaceWiring(dir.resolve("home"));
            Path first = dir.resolve("first.kamx");
            try (WorkspaceServices ws = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(original))) {
                ws.archive().export(first, null, ProgressMonitor.NONE);
            }
            Path copy = dir.resolve("copy");
            wiring.createWith(org.kamworkbench.service.workspace.WorkspaceLocation.of(copy), ws -> ws.archive().load(first, null, ProgressMonitor.NONE));
            Path second = dir.resolve("second.kamx");
            try (WorkspaceServices ws = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(copy))) {
                ws.archive().export(second, null, ProgressMonitor.NONE);
            }
            Map<String, String> a = entries(first);
            Map<String, String> b = entries(second);
            a.remove("manifest.json");
            b.remove("manifest.json");
            assertThat(b).isEqualTo(a);
            assertThat(read(copy)).isEqualTo(read(original));
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('\t', '\n', '"', '\\', '€', '☕')
                .ofMinLength(1).ofMaxLength(40);
    }

    /** Accounts named by the texts, revenue, rates and stakeholders drawn from the seed. */
    private static void fill(Path path, List<String> names, Random random) {
        try (Workspace ws = Workspace.open(path, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            List<Account> added = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String parent = i > 0 && random.nextBoolean() ? "X" + random.nextInt(i) : null;
                added.add(new Account(0, "X" + i, names.get(i), random.nextBoolean() ? names.get(0) : null,
                        random.nextBoolean() ? "DE" : null, null, null, null, null, CURRENCIES.get(random.nextInt(3)),
                        random.nextBoolean() ? BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, 4) : null,
                        random.nextBoolean() ? (long) random.nextInt(100_000) : null, parent, null));
            }
            accounts.saveAll(added, List.of());
            List<Account> stored = accounts.findAll();
            List<RevenueCell> cells = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Account a = stored.get(random.nextInt(stored.size()));
                Set<String> lines = random.nextBoolean() ? Set.of(names.get(random.nextInt(names.size()))) : Set.of();
                cells.add(new RevenueCell(a.id(), CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                        2023 + random.nextInt(3), 1 + random.nextInt(12), random.nextLong() % 10_000_000_000L,
                        1 + random.nextInt(5), lines));
            }
            new RevenueStore(ws.jdbi()).write(cells, Set.of(), RevenueMode.ADD);
            RatesStore rates = new RatesStore(ws.jdbi());
            rates.saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.912345678901")),
                    new FxRate("GBP", 2025, 3, BigDecimal.valueOf(1 + random.nextInt(1000), 3))));
            rates.saveInflationRates(List.of(new InflationRate("EUR", 2024, new BigDecimal("2.345678"))));
            StakeholderStore people = new StakeholderStore(ws.jdbi());
            long account = stored.get(0).id();
            List<Stakeholder> saved = new ArrayList<>();
            for (String name : names) {
                saved.add(people.save(new Stakeholder(0, account, name, name, null, null, null,
                        BuyingRole.values()[random.nextInt(BuyingRole.values().length)],
                        random.nextBoolean() ? 1 + random.nextInt(5) : null,
                        Attitude.values()[random.nextInt(Attitude.values().length)], RelationshipStrength.GOOD, null,
                        random.nextBoolean() ? LocalDate.of(2025, 1 + random.nextInt(12), 1) : null, name)));
            }
            for (Stakeholder s : saved) {
                if (random.nextBoolean()) { // anyone, also someone stored later: the archive must order it
                    Stakeholder manager = saved.get(random.nextInt(saved.size()));
                    if (manager.id() != s.id()) {
                        people.save(s.withReportsTo(manager.id()));
                    }
                }
            }
        }
    }

    /** What the stores give back, for comparing two workspaces. */
    private static List<Object> read(Path path) {
        try (Workspace ws = Workspace.open(path, null)) {
            List<RevenueCell> cells = new ArrayList<>();
            new RevenueStore(ws.jdbi()).forEachCell(cells::add);
            return List.of(new AccountStore(ws.jdbi()).findAll(), cells, new RatesStore(ws.jdbi()).fxRates(),
                    new RatesStore(ws.jdbi()).inflationRates(), new StakeholderStore(ws.jdbi()).findAll());
        }
    }

    private static Map<String, String> entries(Path archive) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(e.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static void delete(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
