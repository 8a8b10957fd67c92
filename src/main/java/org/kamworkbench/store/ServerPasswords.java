package org.kamworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kamworkbench.service.workspace.ServerAddress;

/**
 * Where the password of a team workspace comes from when the user does not type it: the environment
 * variable {@value #ENV}, else the user's {@code ~/.pgpass} (or the file {@code PGPASSFILE} names), read as
 * PostgreSQL's own tools read it: {@code host:port:database:user:password}, {@code *} matching anything,
 * {@code \:} and {@code \\} escaped, the first matching line winning. (The PostgreSQL driver reads that file
 * too; reading it here tells the app whether it must ask.) Nothing here ever writes a password anywhere.
 */
public final class ServerPasswords {
    public static final String ENV = "KAM_DB_PASSWORD";
    private final UnaryOperator<String> environment;
    private final Path home;

    public ServerPasswords(UnaryOperator<String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    /** The password for {@code address}, if the environment or the password file gives one. */
    public Optional<char[]> find(ServerAddress address) {
        String variable = environment.apply(ENV);
        if (variable != null && !variable.isEmpty()) {
            return Optional.of(variable.toCharArray());
        }
        return fromPasswordFile(address);
    }

    private Optional<char[]> fromPasswordFile(ServerAddress address) {
        String named = environment.apply("PGPASSFILE");
        Path file = named != null && !named.isEmpty() ? Path.of(named) : home.resolve(".pgpass");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // no such file, or not ours to read: the user is asked
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5
                    && matches(fields.get(0), address.host())
                    && matches(fields.get(1), Integer.toString(address.port()))
                    && matches(fields.get(2), address.database())
                    && matches(fields.get(3), address.user())) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The colon-separated fields of a line, with {@code \:} and {@code \\} read as the character escaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
