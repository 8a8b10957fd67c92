package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * A team workspace on a real PostgreSQL server (embedded, shared by the tests: {@link TeamServer}): created
 * and migrated on first open, kept on the next, and every way connecting fails said in one sentence
 * without the password.
 */
class ServerWorkspaceTest {
    private static final char[] PASSWORD = TeamServer.PASSWORD.toCharArray();

    private static void addAccount(Jdbi jdbi, String id) {
        new AccountStore(jdbi).saveAll(List.of(new Account(0, id, "Name " + id, null, null, null, null, null,
                null, "EUR", null, null, null, null)), List.of());
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void anEmptyDatabaseIsMigratedAndSeededOnFirstOpenAndKeptOnTheNext() {
        ServerAddress address = TeamServer.newDatabase();
        try (ServerWorkspace ws = ServerWorkspace.open(address, PASSWORD)) {
            assertThat(ws.created()).isTrue();
            assertThat(count(ws.jdbi(), "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
                    .isGreaterThanOrEqualTo(Long.parseLong(Migrations.SCHEMA_VERSION));
            assertThat(count(ws.jdbi(), "SELECT COUNT(*) FROM region_map")).isPositive(); // the default settings
            addAccount(ws.jdbi(), "A1");
            assertThat(ws.holdsAccounts()).isTrue();
        }
        try (ServerWorkspace ws = ServerWorkspace.open(address, PASSWORD)) {
            assertThat(ws.created()).isFalse();
            assertThat(new AccountStore(ws.jdbi()).findAll()).extracting(Account::externalId).containsExactly("A1");
            assertThat(ws.address().toString()).doesNotContain(TeamServer.PASSWORD);
            assertThat(org.kamworkbench.service.workspace.WorkspaceLocation.parse(ws.address().toString()).server())
                    .contains(address);
        }
    }

    @Test
    void everyWriteRaisesTheChangeCounterInTheDatabase() {
        ServerAddress address = TeamServer.newDatabase();
        try (ServerWorkspace ws = ServerWorkspace.open(address, PASSWORD)) {
            String counter = "SELECT CAST(text_value AS BIGINT) FROM setting WHERE name = '" + ChangeCounter.SETTING + "'";
            addAccount(ws.jdbi(), "A1");
            long first = count(ws.jdbi(), counter);
            addAccount(ws.jdbi(), "A2");
            assertThat(count(ws.jdbi(), counter)).isEqualTo(first + 1);
        }
    }

    @Test
    void twoPeopleWriteTheSameWorkspaceAndSeeEachOthersChanges() {
        ServerAddress address = TeamServer.newDatabase();
        try (ServerWorkspace anna = ServerWorkspace.open(address, PASSWORD);
             ServerWorkspace maria = ServerWorkspace.open(address, PASSWORD)) {
            addAccount(anna.jdbi(), "FROM-ANNA");
            addAccount(maria.jdbi(), "FROM-MARIA");
            assertThat(new AccountStore(anna.jdbi()).findAll()).extracting(Account::externalId)
                    .containsExactlyInAnyOrder("FROM-ANNA", "FROM-MARIA");
        }
    }

    @Test
    void aTeamMemberWithTheReadmesRightsWorksButCannotChangeTheTables() {
        ServerAddress owned = TeamServer.newDatabase();
        ServerWorkspace.open(owned, PASSWORD).close(); // the owner creates the tables
        String db = owned.database();
        String group = db + "_team";
        String member = db + "_maria";
        // the administrator's SQL of the README, for this database
        TeamServer.admin("CREATE ROLE " + group + " NOLOGIN",
                "GRANT CONNECT ON DATABASE " + db + " TO " + group,
                "CREATE ROLE " + member + " LOGIN PASSWORD '" + TeamServer.PASSWORD + "' IN ROLE " + group);
        TeamServer.adminIn(db, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        runAsOwner(owned, "GRANT USAGE ON SCHEMA public TO " + group,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + group,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + group,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + group,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + group);
        ServerAddress maria = TeamServer.address(db, member);
        try (ServerWorkspace ws = ServerWorkspace.open(maria, PASSWORD)) {
            addAccount(ws.jdbi(), "BY-MARIA");
            assertThat(ws.holdsAccounts()).isTrue();
            assertThatThrownBy(() -> ws.jdbi().useHandle(h -> h.execute("CREATE TABLE intruder (id INT)")))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aUserGrantedNothingButConnectIsToldWhatIsMissing() {
        ServerAddress owned = TeamServer.newDatabase();
        String stranger = owned.database() + "_stranger";
        TeamServer.admin("CREATE ROLE " + stranger + " LOGIN PASSWORD '" + TeamServer.PASSWORD + "'",
                "GRANT CONNECT ON DATABASE " + owned.database() + " TO " + stranger);
        ServerWorkspace.open(owned, PASSWORD).close(); // the owner creates the tables
        assertThatThrownBy(() -> ServerWorkspace.open(TeamServer.address(owned.database(), stranger), PASSWORD))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessage(stranger + " lacks a right on the database " + owned.database() + " on localhost:"
                        + owned.port() + ": ask the administrator to grant the rights the README lists (an upgrade "
                        + "of the tables is made by the workspace's owner role).");
    }

    @Test
    void aWrongPasswordIsOneSentenceThatDoesNotEchoIt() {
        ServerAddress address = TeamServer.newDatabase();
        assertThatThrownBy(() -> ServerWorkspace.open(address, "Wr0ng-Secret".toCharArray()))
                .isInstanceOf(WorkspacePasswordException.class)
                .hasMessage("The server localhost:" + address.port() + " refused the password of " + address.user()
                        + " (or there is no such user).")
                .satisfies(e -> assertThat(((WorkspacePasswordException) e).missing()).isFalse())
                .satisfies(e -> assertThat(stackOf(e)).doesNotContain("Wr0ng-Secret"));
    }

    @Test
    void noPasswordAtAllAsksForOneWithoutConnecting() {
        ServerAddress address = TeamServer.address("whatever", "anna");
        assertThatThrownBy(() -> ServerWorkspace.open(address, null))
                .isInstanceOf(WorkspacePasswordException.class)
                .satisfies(e -> assertThat(((WorkspacePasswordException) e).missing()).isTrue())
                .hasMessageContaining("KAM_DB_PASSWORD");
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        ServerAddress known = TeamServer.newDatabase();
        ServerAddress unknown = TeamServer.address("no_such_db", known.user());
        assertThatThrownBy(() -> ServerWorkspace.open(unknown, PASSWORD))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessage("There is no database no_such_db on the server localhost:" + known.port()
                        + ": check its name, or ask the administrator to create it.");
    }

    @Test
    void anUnreachableServerIsOneSentence() {
        ServerAddress nobody = ServerAddress.parse("postgresql://127.0.0.1:1/team?user=anna");
        assertThatThrownBy(() -> ServerWorkspace.open(nobody, PASSWORD))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessage("Cannot reach the server 127.0.0.1:1: check the address and the port, that PostgreSQL "
                        + "runs there and that the network lets you through.");
    }

    @Test
    void anUnknownHostIsNamed() {
        ServerAddress nowhere = ServerAddress.parse("postgresql://no-such-host.invalid/team?user=anna");
        assertThatThrownBy(() -> ServerWorkspace.open(nowhere, PASSWORD))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessage("There is no server called no-such-host.invalid: check the host name.");
    }

    @Test
    void tlsRequiredOnAServerWithoutTlsIsSaidAsSuch() {
        ServerAddress address = TeamServer.newDatabase();
        ServerAddress withTls = ServerAddress.parse(address + "&sslmode=require");
        assertThatThrownBy(() -> ServerWorkspace.open(withTls, PASSWORD))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageStartingWith("Cannot open a secure (TLS) connection to localhost:" + address.port());
    }

    private static void runAsOwner(ServerAddress owned, String... statements) {
        try (ServerWorkspace ws = ServerWorkspace.open(owned, PASSWORD)) {
            ws.jdbi().useHandle(h -> {
                for (String sql : statements) {
                    h.execute(sql);
                }
            });
        }
    }

    private static String stackOf(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
