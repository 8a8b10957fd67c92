package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.service.port.WorkspaceTables.Column;
import org.kamworkbench.service.port.WorkspaceTables.ColumnType;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/** The data tables as both databases describe them: the same shapes, keys and order. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class TableSchemaTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    private TestDatabase db;
    private TableSchema schema;

    @BeforeEach
    void read() throws java.sql.SQLException {
        db = TestDatabase.create(kind, dir);
        schema = db.jdbi().withHandle(h -> new TableSchema(h.getConnection()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names() {
        return schema.tablesParentsFirst().stream().map(TableShape::name).toList();
    }

    @Test
    void theStoresBookkeepingIsNoDataTable() {
        assertThat(names()).contains("account", "setting", "stakeholder", "account_plan")
                .doesNotContain("flyway_schema_history", "revenue_segment");
    }

    @Test
    void everyTableComesAfterTheTablesItRefersTo() {
        List<String> names = names();
        assertThat(names.indexOf("account")).isLessThan(names.indexOf("stakeholder"))
                .isLessThan(names.indexOf("account_plan"));
        assertThat(names.indexOf("colleague")).isLessThan(names.indexOf("stakeholder"));
        assertThat(names.indexOf("stakeholder")).isLessThan(names.indexOf("interaction_participant"));
    }

    @Test
    void columnsInTheirOrderWithTheirTypes() {
        TableShape account = shape("account");
        assertThat(account.columns().subList(0, 3)).containsExactly(new Column("id", ColumnType.INTEGER),
                new Column("external_id", ColumnType.TEXT), new Column("name", ColumnType.TEXT));
        assertThat(account.column("annual_revenue").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(shape("setting_binary").column("content").type()).isEqualTo(ColumnType.BINARY);
        assertThat(shape("stakeholder").column("last_contact").type()).isEqualTo(ColumnType.DATE);
    }

    @Test
    void keysIdentitiesAndReferencesToTheSameTable() {
        assertThat(schema.primaryKey("account")).containsExactly("id");
        assertThat(schema.primaryKey("setting")).containsExactly("name");
        assertThat(schema.primaryKey("no_such_table")).isEmpty();
        assertThat(schema.identityColumns("account")).containsExactly("id");
        assertThat(schema.identityColumns("setting")).isEmpty();
        assertThat(schema.selfReferences("stakeholder")).containsExactly("reports_to_id");
        assertThat(schema.selfReferences("account")).isEmpty();
    }

    @Test
    void onlyTheSettingsTableKeepsARowOutOfTheData() {
        assertThat(TableSchema.dataRowsOnly(shape("setting")))
                .isEqualTo(" WHERE name <> '" + ChangeCounter.SETTING + "'");
        assertThat(TableSchema.dataRowsOnly(shape("setting_binary"))).isEmpty();
        assertThat(TableSchema.dataRowsOnly(shape("account"))).isEmpty();
    }

    private TableShape shape(String name) {
        return schema.tablesParentsFirst().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
