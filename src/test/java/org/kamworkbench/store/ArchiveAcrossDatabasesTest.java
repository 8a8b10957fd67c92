package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.io.archive.KamxArchives;
import org.kamworkbench.service.archive.WorkspaceArchiveService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * The workspace archive moves a workspace from H2 to PostgreSQL: the same migrations create the schema
 * there, every table and revenue cell loads, and exporting it again gives the same entries.
 */
class ArchiveAcrossDatabasesTest {
    @TempDir
    Path dir;

    private static WorkspaceArchiveService archiveOn(Jdbi jdbi) {
        return new WorkspaceArchiveService(new TableDump(jdbi), new RevenueStore(jdbi), new SettingsStore(jdbi),
                new KamxArchives(), "test", Clock.systemUTC());
    }

    @Test
    void anH2WorkspaceMovesToPostgresAndBackUnchanged() throws IOException {
        Path fromH2 = dir.resolve("h2.kamx");
        try (Workspace h2 = Workspace.open(dir.resolve("laptop"), null)) {
            Jdbi jdbi = h2.jdbi();
            new DemoPortfolioService(new AccountStore(jdbi), new RevenueStore(jdbi), new RatesStore(jdbi),
                    new SettingsStore(jdbi)).load(ProgressMonitor.NONE);
            StakeholderStore people = new StakeholderStore(jdbi);
            long account = new AccountStore(jdbi).findAll().get(0).id();
            Stakeholder buyer = people.save(person(account, "Bo Buyer – Einkauf"));
            Stakeholder chief = people.save(person(account, "Eva Chief"));
            people.save(buyer.withReportsTo(chief.id())); // to someone stored after them
            archiveOn(jdbi).export(fromH2, null, ProgressMonitor.NONE);
        }
        Path fromPostgres = dir.resolve("pg.kamx");
        try (TestDatabase pg = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            Jdbi jdbi = pg.jdbi();
            WorkspaceArchiveService server = archiveOn(jdbi);
            server.load(fromH2, null, ProgressMonitor.NONE);
            server.export(fromPostgres, null, ProgressMonitor.NONE);
            int accounts = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one());
            assertThat(accounts).isEqualTo(300);
        }
        Map<String, String> a = entries(fromH2);
        Map<String, String> b = entries(fromPostgres);
        a.remove("manifest.json");
        b.remove("manifest.json");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String entry : a.keySet()) {
            assertThat(b.get(entry)).as(entry).isEqualTo(a.get(entry));
        }
        assertThat(a.get("revenue.jsonl").lines().count()).isGreaterThan(1000);
    }

    private static Stakeholder person(long account, String name) {
        return new Stakeholder(0, account, name, "Head", null, null, null, BuyingRole.ECONOMIC_BUYER, 4,
                Attitude.SUPPORTER, RelationshipStrength.GOOD, null, null, null);
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

}
