package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.workspace.ServerAddress;

/** The order the password of a team workspace is looked for in: the variable, then the password file, else none (ask). */
class ServerPasswordsTest {
    private static final ServerAddress ANNA = ServerAddress.parse("postgresql://db.example.com:5432/kam?user=anna");

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private String found(ServerAddress address) {
        return new ServerPasswords(env::get, home).find(address).map(String::new).orElse(null);
    }

    private void pgpass(String text) throws IOException {
        Files.writeString(home.resolve(".pgpass"), text);
    }

    @Test
    void theVariableComesFirst() throws IOException {
        pgpass("db.example.com:5432:kam:anna:from-file\n");
        env.put("KAM_DB_PASSWORD", "from-variable");
        assertThat(found(ANNA)).isEqualTo("from-variable");
    }

    @Test
    void thenTheFirstMatchingLineOfPgpass() throws IOException {
        pgpass("""
                # host:port:database:user:password
                other.example.com:5432:kam:anna:not-this-host
                db.example.com:5433:kam:anna:not-this-port
                db.example.com:5432:kam:maria:not-this-user
                db.example.com:*:kam:anna:wild\\:port\\\\ok
                *:*:*:*:too-late
                """);
        assertThat(found(ANNA)).isEqualTo("wild:port\\ok");
        assertThat(found(ServerAddress.parse("postgresql://elsewhere/x?user=bob"))).isEqualTo("too-late");
    }

    @Test
    void anEmptyVariableIsNoPassword() throws IOException {
        env.put("KAM_DB_PASSWORD", "");
        pgpass("*:*:*:anna:from-file\n");
        assertThat(found(ANNA)).isEqualTo("from-file");
    }

    @Test
    void pgpassfileNamesAnotherFile() throws IOException {
        Path other = home.resolve("team.pgpass");
        Files.writeString(other, "*:*:kam:anna:from-pgpassfile\n");
        pgpass("*:*:kam:anna:from-home\n");
        env.put("PGPASSFILE", other.toString());
        assertThat(found(ANNA)).isEqualTo("from-pgpassfile");
    }

    @Test
    void noneFoundMeansTheUserIsAsked() throws IOException {
        assertThat(found(ANNA)).isNull(); // no file at all
        pgpass("db.example.com:5432:kam:maria:hers\nbroken line\n");
        assertThat(found(ANNA)).isNull();
    }
}
