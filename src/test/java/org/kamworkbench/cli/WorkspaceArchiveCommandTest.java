package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.service.workspace.WorkspaceServices;

/** workspace export / import: lossless, refusing damaged, newer and locked archives, creating nothing then. */
class WorkspaceArchiveCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private Path original;

    private WorkspaceWiring wiring() {
        return new WorkspaceWiring(home, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private CliRun in(Path workspace, String... args) {
        return CliRun.inWorkspace(wiring(), workspace, args);
    }

    private CliRun ok(Path workspace, String... args) {
        CliRun run = in(workspace, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    /** Accounts with a hierarchy, revenue in two currencies with product lines, FX, contacts with a
     * reporting line, criteria and ratings, a plan with a KPI, an objective and actions. */
    @BeforeEach
    void richWorkspace() throws IOException {
        original = dir.resolve("client");
        ok(original, "import", "accounts", file("accounts.csv", """
                id,name,country,parent,currency
                ACME,Acme Holding,DE,,EUR
                ACME-IT,"Acme Italia, S.r.l.",IT,ACME,EUR
                SOLO,Solo Ltd – Café ☕,GB,,GBP
                """));
        ok(original, "import", "fx", file("fx.csv", "year,currency,rate\n2024,GBP,1.17\n2025,GBP,1.1834\n"));
        ok(original, "import", "revenue", file("revenue.csv", """
                account,date,amount,currency,product_line
                ACME,2025-03-01,1000.5,EUR,Machines
                ACME,2025-03-09,-20.25,EUR,Service
                ACME-IT,2025-04-01,200.2575,EUR,
                ACME-IT,2024-04-01,100,EUR,Machines
                SOLO,2025-01-01,5,GBP,Spare parts
                """));
        ok(original, "import", "contacts", ImportEndToEndTest.fixture("salesforce-contacts.csv"));
        ok(original, "criteria", "import", file("kam.json", ScoreEndToEndTest.CRITERIA));
        ok(original, "ratings", "import", file("ratings.csv", """
                account,criterion,rating,author,comment
                ACME,Revenue potential,5,Ann,"strong, growing"
                ACME,Fit,4,Ann,
                SOLO,Revenue potential,2,Bob,
                """));
        try (WorkspaceServices ws = wiring().open(org.kamworkbench.service.workspace.WorkspaceLocation.of(original))) {
            Account acme = ws.plans().accountByExternalId("ACME").orElseThrow();
            Colleague ann = ws.plans().addColleague("Ann Keller");
            AccountPlan plan = ws.plans().createPlan(acme.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
            ws.plans().activate(plan.id());
            KpiDefinition nps = ws.kpis().saveKpi(new KpiDefinition(0, acme.id(), "NPS", "points",
                    KpiDirection.HIGHER_IS_BETTER, KpiFrequency.YEARLY, new BigDecimal("30"), KpiSource.MANUAL));
            ws.kpis().setEntry(nps.id(), KpiPeriod.year(2025), new BigDecimal("40"), new BigDecimal("37.125"), "q");
            Objective objective = ws.plans().saveObjective(new Objective(0, plan.id(), "Raise NPS",
                    LocalDate.of(2025, 12, 31), nps.id(), new BigDecimal("40"), ann.id(), ObjectiveStatus.OPEN));
            ws.plans().saveAction(new PlanAction(0, plan.id(), "Survey users", ann.id(), null, "Online",
                    LocalDate.of(2025, 6, 1), ActionStatus.IN_PROGRESS, objective.id(), null));
        }
    }

    @Test
    void exportImportExportGivesTheSameEntriesAndEveryCommandTheSameAnswer() throws IOException {
        Path first = dir.resolve("first.kamx");
        assertThat(ok(original, "workspace", "export", "--out", first.toString()).out())
                .contains("Exported", "3 accounts", "1 plans");
        Path copy = dir.resolve("copy");
        assertThat(ok(copy, "workspace", "import", first.toString()).out()).contains("Imported", "3 accounts");
        Path second = dir.resolve("second.kamx");
        ok(copy, "workspace", "export", "--out", second.toString());

        Map<String, byte[]> a = entries(first);
        Map<String, byte[]> b = entries(second);
        assertThat(a.keySet()).contains("manifest.json", "revenue.jsonl", "tables/account.jsonl",
                "tables/stakeholder.jsonl", "tables/rating.jsonl", "tables/account_plan.jsonl",
                "tables/kpi_entry.jsonl", "tables/plan_action.jsonl", "tables/fx_rate.jsonl");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String entry : a.keySet()) {
            if (!entry.equals("manifest.json")) {
                assertThat(new String(b.get(entry), StandardCharsets.UTF_8)).as(entry)
                        .isEqualTo(new String(a.get(entry), StandardCharsets.UTF_8));
            }
        }
        assertThat(withoutCreatedAt(b.get("manifest.json"))).isEqualTo(withoutCreatedAt(a.get("manifest.json")));
        assertThat(new String(a.get("revenue.jsonl"), StandardCharsets.UTF_8))
                .contains("\"amount\":200.2575", "\"amount\":980.2500,\"records\":2,\"product_lines\":[\"Machines\",\"Service\"]");

        for (String[] command : List.of(
                new String[] {"accounts", "list", "--json"},
                new String[] {"analyze", "pareto", "--year", "2025", "--json"},
                new String[] {"analyze", "pareto", "--year", "2025", "--by", "region", "--json"},
                new String[] {"score", "--year", "2025", "--json"},
                new String[] {"account", "show", "ACME", "--json"},
                new String[] {"plan", "show", "ACME", "--json"},
                new String[] {"actions", "list", "--json"},
                new String[] {"status"})) {
            String before = ok(original, command).out();
            String after = ok(copy, command).out();
            assertThat(after).as(String.join(" ", command))
                    .isEqualTo(before.replace(original.toString(), copy.toString()).replace("client", "copy"));
        }
    }

    @Test
    void theArchiveAndTheNewWorkspaceArePrivate() throws IOException {
        Path archive = dir.resolve("a.kamx");
        ok(original, "workspace", "export", "--out", archive.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");
        Path copy = dir.resolve("copy");
        ok(copy, "workspace", "import", archive.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("copy.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEncryptedArchiveNeedsItsPasswordAndHidesTheData() throws IOException {
        Path secret = Path.of(file("pw.txt", "correct horse battery staple\n"));
        Path archive = dir.resolve("sealed.kamx");
        CliRun missing = in(original, "workspace", "export", "--out", archive.toString(), "--encrypt");
        assertThat(missing.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(missing.err()).contains("--encrypt needs a password");

        assertThat(ok(original, "workspace", "export", "--out", archive.toString(), "--encrypt",
                "--archive-password-file", secret.toString()).out()).contains("encrypted");
        byte[] bytes = Files.readAllBytes(archive);
        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("KAMXAES1");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Acme", "manifest.json");

        Path copy = dir.resolve("copy");
        CliRun noPassword = in(copy, "workspace", "import", archive.toString());
        assertThat(noPassword.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(noPassword.err()).contains("encrypted", "password");
        CliRun wrong = in(copy, "workspace", "import", archive.toString(),
                "--archive-password-file", file("wrong.txt", "Correct horse battery staple"));
        assertThat(wrong.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(wrong.err()).contains("Wrong password for this archive");
        assertThat(leftovers()).isEmpty();

        ok(copy, "workspace", "import", archive.toString(), "--archive-password-file", secret.toString());
        assertThat(ok(copy, "accounts", "list", "--json").out())
                .isEqualTo(ok(original, "accounts", "list", "--json").out());
    }

    @Test
    void aDamagedEntryIsNamedAndNothingIsCreated() throws IOException {
        Path archive = dir.resolve("a.kamx");
        ok(original, "workspace", "export", "--out", archive.toString());
        Map<String, byte[]> entries = entries(archive);

        Map<String, byte[]> changed = new TreeMap<>(entries);
        changed.put("tables/account.jsonl", new String(entries.get("tables/account.jsonl"), StandardCharsets.UTF_8)
                .replace("Acme Holding", "Acme Holdinh").getBytes(StandardCharsets.UTF_8));
        assertRefused(rezip(changed, "changed.kamx"), "entry tables/account.jsonl does not match its checksum");

        Map<String, byte[]> missing = new TreeMap<>(entries);
        missing.remove("tables/rating.jsonl");
        assertRefused(rezip(missing, "missing.kamx"), "entry tables/rating.jsonl is missing");

        byte[] whole = Files.readAllBytes(archive);
        Path cut = Files.write(dir.resolve("cut.kamx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(cut, "damaged");

        Map<String, byte[]> newer = new TreeMap<>(entries);
        newer.put("manifest.json", new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"format\" : 1", "\"format\" : 2").getBytes(StandardCharsets.UTF_8));
        assertRefused(rezip(newer, "newer.kamx"), "made by a newer KAM Workbench (format 2); update to open it");

        assertRefused(Path.of(file("notes.kamx", "just text")), "is not a KAM Workbench archive");
    }

    @Test
    void anArchiveIsImportedOnlyIntoANewWorkspace() throws IOException {
        Path archive = dir.resolve("a.kamx");
        ok(original, "workspace", "export", "--out", archive.toString());
        byte[] before = Files.readAllBytes(dir.resolve("client.mv.db"));
        CliRun run = in(original, "workspace", "import", archive.toString());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("There is already a workspace at");
        assertThat(Files.readAllBytes(dir.resolve("client.mv.db"))).isEqualTo(before);
    }

    private void assertRefused(Path archive, String message) {
        Path target = dir.resolve("target");
        CliRun run = in(target, "workspace", "import", archive.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains(message).contains("Nothing was created");
        assertThat(dir.resolve("target.mv.db")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    /** Hidden temporary files an import or export would leave if it did not clean up. */
    private List<Path> leftovers() {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path rezip(Map<String, byte[]> entries, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(e.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }

    private static String withoutCreatedAt(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8).replaceAll("\"createdAt\" : \"[^\"]*\"", "");
    }

}
