package org.sitrep.store.jdbi;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.store.StoreException;

/**
 * Where a PostgreSQL store is: {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB}, or the JDBC form
 * {@code jdbc:postgresql://HOST[:PORT]/DB?user=USER&password=PASSWORD}. As with PostgreSQL's own tools, a password
 * left out of the address comes from {@code PGPASSWORD}, else from {@code ~/.pgpass} (or {@code PGPASSFILE}), and
 * a user left out is {@code PGUSER} or the login name. Other query parameters go to the JDBC driver. Immutable.
 *
 * @param password null when none is known; the server may not need one
 */
public record PostgresLocation(String host, int port, String database, String user, String password,
                               Map<String, String> parameters) {
    static final int DEFAULT_PORT = 5432;

    public PostgresLocation {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        parameters = Map.copyOf(parameters);
    }

    /** Whether {@code location} is a PostgreSQL address rather than a file path. */
    public static boolean isAddress(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql://");
    }

    /** Parses an address, with the password and user filled in from the process environment as described above. */
    public static PostgresLocation parse(String address) {
        return parse(address, System::getenv, Path.of(System.getProperty("user.home")),
                System.getProperty("user.name"));
    }

    static PostgresLocation parse(String address, Function<String, String> env, Path home, String loginName) {
        if (!isAddress(address)) {
            throw new StoreException("'" + address + "' is not a PostgreSQL address: write postgresql://USER@HOST/DB");
        }
        URI uri;
        try {
            uri = new URI(address.startsWith("jdbc:") ? address.substring("jdbc:".length()) : address);
        } catch (URISyntaxException e) {
            throw new StoreException("Cannot read the store address " + redacted(address) + ": " + e.getReason()
                    + ". Write postgresql://USER[:PASSWORD]@HOST[:PORT]/DB, with special characters %-encoded.");
        }
        if (uri.getHost() == null) {
            throw new StoreException("The store address " + redacted(address) + " names no host. Write "
                    + "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB.");
        }
        Map<String, String> parameters = query(uri.getRawQuery());
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1));
            }
        }
        if (user == null || user.isEmpty()) {
            user = Optional.ofNullable(env.apply("PGUSER")).filter(s -> !s.isEmpty()).orElse(loginName);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            throw new StoreException("The store address " + redacted(address) + " names no database. Write "
                    + "postgresql://USER@HOST/DB.");
        }
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (password == null) {
            password = env.apply("PGPASSWORD");
        }
        if (password == null) {
            String file = env.apply("PGPASSFILE");
            password = PgPass.lookup(file != null ? Path.of(file) : home.resolve(".pgpass"), host, port, database,
                    user).orElse(null);
        }
        return new PostgresLocation(host, port, database, user, password, parameters);
    }

    /** The JDBC address, without user and password (they go to the driver apart). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8));
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return url.toString();
    }

    /** The address as messages show it: no password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + hostForUrl() + ":" + port + "/" + database;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address with any password blanked, for messages. */
    static String redacted(String address) {
        return address.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
