package org.sitrep.store.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static SQL of one {@link Dialect}, read from {@code sql/common/<file>.sql} and {@code sql/<dialect>/<file>.sql}
 * beside this class. A file holds named statements, each after a line {@code -- name: <name>}; a dialect's file
 * overrides the common file statement by statement, so only what differs between databases is written twice.
 * Thread-safe; files are read once.
 */
final class Sql {
    private static final Pattern NAME = Pattern.compile("(?m)^-- name: (\\S+)\\s*$");

    private final Dialect dialect;
    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    Sql(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The statement {@code name} of {@code file}; a missing one is a bug in this build. */
    String get(String file, String name) {
        String statement = files.computeIfAbsent(file, this::load).get(name);
        if (statement == null) {
            throw new IllegalStateException("no statement '" + name + "' in sql/" + file + ".sql for " + dialect);
        }
        return statement;
    }

    private Map<String, String> load(String file) {
        Map<String, String> statements = new HashMap<>(parse(read("common/" + file + ".sql")));
        statements.putAll(parse(read(dialect.folder() + "/" + file + ".sql")));
        return statements;
    }

    private static String read(String path) {
        try (InputStream in = Sql.class.getResourceAsStream("sql/" + path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sql/" + path + " from the classpath", e);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> statements = new HashMap<>();
        Matcher matcher = NAME.matcher(text);
        String name = null;
        int start = 0;
        while (matcher.find()) {
            if (name != null) {
                statements.put(name, body(text.substring(start, matcher.start())));
            }
            name = matcher.group(1);
            start = matcher.end();
        }
        if (name != null) {
            statements.put(name, body(text.substring(start)));
        }
        return statements;
    }

    /** The statement without comment lines, with one trailing newline, so that fragments concatenate. */
    private static String body(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--") && !line.isBlank()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
