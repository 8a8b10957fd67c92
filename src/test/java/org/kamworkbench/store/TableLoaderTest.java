package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.service.port.WorkspaceTables.Inserter;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class TableLoaderTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    private TestDatabase db;
    private Jdbi jdbi;

    @BeforeEach
    void create() {
        db = TestDatabase.create(kind, dir);
        jdbi = db.jdbi();
        jdbi.useHandle(h -> h.execute("INSERT INTO account (external_id, name) VALUES ('OLD', 'Old account')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void load(Consumer<Inserter> fill) throws SQLException {
        jdbi.useTransaction(h -> new TableLoader(h.getConnection(), new TableSchema(h.getConnection()))
                .replaceAll(fill));
    }

    private TableShape shape(String name) throws SQLException {
        return jdbi.withHandle(h -> new TableSchema(h.getConnection())).tablesParentsFirst().stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void rowsKeepTheirIdsAndIdentitiesContinueAfterThem() throws SQLException {
        TableShape account = shape("account");
        load(in -> in.insert(account, List.of("id", "external_id", "name"),
                List.<Object[]>of(new Object[] {7L, "A7", "Seven"}, new Object[] {3L, "A3", "Three"}).iterator()));
        assertThat(count("SELECT COUNT(*) FROM account")).as("the old rows are gone").isEqualTo(2);
        jdbi.useHandle(h -> h.execute("INSERT INTO account (external_id, name) VALUES ('NEW', 'New')"));
        assertThat(count("SELECT id FROM account WHERE external_id = 'NEW'")).isEqualTo(8);
    }

    @Test
    void aStakeholderMayReportToOneLoadedAfterThem() throws SQLException {
        TableShape account = shape("account");
        TableShape stakeholder = shape("stakeholder");
        load(in -> {
            in.insert(account, List.of("id", "external_id", "name"),
                    List.<Object[]>of(new Object[] {1L, "A1", "One"}).iterator());
            in.insert(stakeholder, List.of("id", "account_id", "name", "reports_to_id"), List.<Object[]>of(
                    new Object[] {1L, 1L, "Bo Buyer", 2L}, new Object[] {2L, 1L, "Eva Chief", null}).iterator());
        });
        assertThat(count("SELECT reports_to_id FROM stakeholder WHERE id = 1")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM stakeholder WHERE reports_to_id IS NULL")).isEqualTo(1);
    }

    @Test
    void theChangeCounterSurvivesTheSettingsBeingReplaced() throws SQLException {
        long before = jdbi.withHandle(h -> ChangeCounter.read(h.getConnection()));
        TableShape setting = shape("setting");
        load(in -> in.insert(setting, List.of("name", "text_value"),
                List.<Object[]>of(new Object[] {"reporting.currency", "CHF"}).iterator()));
        long after = jdbi.withHandle(h -> ChangeCounter.read(h.getConnection()));
        assertThat(after).isGreaterThan(before);
        assertThat(count("SELECT COUNT(*) FROM setting WHERE name <> '" + ChangeCounter.SETTING + "'")).isEqualTo(1);
    }

    @Test
    void aFailedInsertFailsTheLoadWithItsSqlError() throws SQLException {
        TableShape account = shape("account");
        assertThatThrownBy(() -> load(in -> in.insert(account, List.of("id", "external_id"),
                List.<Object[]>of(new Object[] {1L, "NO-NAME"}).iterator()))).isInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM account WHERE external_id = 'OLD'")).as("rolled back").isEqualTo(1);
    }
}
