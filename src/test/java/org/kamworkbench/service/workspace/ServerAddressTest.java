package org.kamworkbench.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void readsHostPortDatabaseUserAndPassesTheOtherOptionsThrough() {
        ServerAddress a = ServerAddress.parse(
                "postgresql://db.example.com:6543/kam_team?user=anna&sslmode=verify-full&sslrootcert=/etc/ssl/root.crt");
        assertThat(a.host()).isEqualTo("db.example.com");
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.database()).isEqualTo("kam_team");
        assertThat(a.user()).isEqualTo("anna");
        assertThat(a.options()).containsExactly(Map.entry("sslmode", "verify-full"),
                Map.entry("sslrootcert", "/etc/ssl/root.crt"));
        assertThat(a.tlsRequired()).isTrue();
        assertThat(a.shortName()).isEqualTo("db.example.com/kam_team");
    }

    @Test
    void thePortDefaultsTo5432AndPostgresSchemeIsAccepted() {
        ServerAddress a = ServerAddress.parse("postgres://server/kam?user=maria");
        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.tlsRequired()).isFalse();
        assertThat(a).hasToString("postgresql://server:5432/kam?user=maria");
    }

    @Test
    void anIpv6HostIsWrittenInBrackets() {
        ServerAddress a = ServerAddress.parse("postgresql://[::1]:5433/kam?user=anna");
        assertThat(a.host()).isEqualTo("::1");
        assertThat(a).hasToString("postgresql://[::1]:5433/kam?user=anna");
    }

    @Test
    void escapedCharactersInTheUserAndDatabaseReadBack() {
        ServerAddress a = ServerAddress.parse("postgresql://h/team%20one?user=anna%40corp");
        assertThat(a.database()).isEqualTo("team one");
        assertThat(a.user()).isEqualTo("anna@corp");
        assertThat(ServerAddress.parse(a.toString())).isEqualTo(a);
    }

    @Test
    void incompleteAddressesAreRefusedWithASentence() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h:5432/kam"))
                .hasMessage("The server's address needs a user (…?user=name).");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h:5432/?user=anna"))
                .hasMessage("The server's address needs a database name.");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h:port/kam?user=anna"))
                .hasMessage("'port' is not a port number.");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h:70000/kam?user=anna"))
                .hasMessage("The port must be a number from 1 to 65535.");
        assertThatThrownBy(() -> ServerAddress.parse("mysql://h/kam?user=anna"))
                .hasMessageStartingWith("'mysql://h/kam?user=anna' is not a server address");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNeverRepeated() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h/kam?user=anna&password=Secret1"))
                .hasMessageNotContaining("Secret1")
                .hasMessageContaining("Do not write the password into the address");
    }

    @Test
    void looksLikeOneTellsAddressesFromPaths() {
        assertThat(ServerAddress.looksLikeOne("postgresql://h/kam")).isTrue();
        assertThat(ServerAddress.looksLikeOne("POSTGRES:/h/kam")).isTrue();
        assertThat(ServerAddress.looksLikeOne("/tmp/postgresql/kam.mv.db")).isFalse();
    }
}
