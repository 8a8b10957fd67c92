package org.kamworkbench.service.workspace;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team workspace is: a PostgreSQL database on a server, written
 * {@code postgresql://host:5432/dbname?user=anna[&sslmode=verify-full&sslrootcert=…]} ({@code postgres://}
 * is accepted too). Every option besides {@code user} goes to the database driver as it is (TLS and the
 * like). It never holds a password: one written into the address is refused.
 *
 * <p>It is never carried as a file path: {@link WorkspaceLocation} tells a typed workspace name that is an
 * address from one that is a file.
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {
    public static final int DEFAULT_PORT = 5432;
    public static final String SCHEME = "postgresql";
    /** Either scheme, with the two slashes that a path may have folded into one. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)^postgres(?:ql)?:/{1,2}(\\[[^\\]]+]|[^/:?\\[]*)(?::([^/?]*))?(?:/([^?]*))?(?:\\?(.*))?$");

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The server's address needs a host name.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535.");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("The server's address needs a database name.");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("The server's address needs a user (…?user=name).");
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (options.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("password"))) {
            throw new IllegalArgumentException("Do not write the password into the address: it comes from "
                    + "KAM_DB_PASSWORD, ~/.pgpass or a prompt.");
        }
    }

    /** Whether {@code text} is meant as a server address (it starts with the scheme), well written or not. */
    public static boolean looksLikeOne(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql:/") || t.startsWith("postgres:/");
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is not a complete address
     */
    public static ServerAddress parse(String text) {
        Matcher m = ADDRESS.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a server address: write it as "
                    + "postgresql://host:5432/database?user=name.");
        }
        String host = m.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = DEFAULT_PORT;
        if (m.group(2) != null && !m.group(2).isEmpty()) {
            try {
                port = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + m.group(2) + "' is not a port number.");
            }
        }
        String database = m.group(3) == null ? "" : decode(m.group(3));
        Map<String, String> options = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                options.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String user = options.remove("user");
        return new ServerAddress(host, port, database, user, options);
    }

    /** Whether TLS is asked for (sslmode require, verify-ca or verify-full). */
    public boolean tlsRequired() {
        String mode = options.getOrDefault("sslmode", "");
        return mode.equals("require") || mode.startsWith("verify-");
    }

    /** "host/database", for titles and messages. */
    public String shortName() {
        return host + "/" + database;
    }

    /** The address as typed: scheme, host, port, database, user and options; never a password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(SCHEME).append("://")
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port)
                .append('/').append(encode(database)).append("?user=").append(encode(user));
        options.forEach((k, v) -> s.append('&').append(encode(k)).append('=').append(encode(v)));
        return s.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
