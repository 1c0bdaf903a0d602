package org.sitrep.store.jdbi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Handle;
import org.sitrep.store.StoreException;

/**
 * Brings a database's schema up to date with its dialect's Flyway migrations ({@code db/migration/<dialect>}).
 * Both dialects have the same versions, so a store's version means the same thing on either.
 */
final class Migrations {
    /**
     * The newest schema version this build ships ({@code V<n>__*.sql} in each dialect's folder); the stores' tests
     * check it against the files.
     */
    static final String SCHEMA_VERSION = "6";

    private Migrations() {
    }

    /**
     * Whether Flyway's history already records {@link #SCHEMA_VERSION} as the newest successful migration.
     * Flyway takes over a second to start in a fresh JVM; every query command opens the store, so a current
     * schema skips it. Anything else (new database, older or newer schema, a failed migration) goes to Flyway.
     */
    static boolean schemaIsCurrent(Handle handle, String historyExists) {
        if (!handle.createQuery(historyExists).mapTo(Boolean.class).one()) {
            return false;
        }
        List<String> versions = handle.createQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success")
                .mapTo(String.class).list();
        boolean failed = handle.createQuery("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                .mapTo(Integer.class).one() > 0;
        return !failed && versions.stream().map(Integer::parseInt).max(Integer::compare)
                .map(max -> max == Integer.parseInt(SCHEMA_VERSION)).orElse(false);
    }

    /** Migrates; {@code name} names the database in messages. */
    static void migrate(Dialect dialect, DataSource source, String name) {
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(source)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    // Through SLF4J like the rest of sitrep, rather than whatever Flyway detects first.
                    .loggers("slf4j")
                    .load();
            MigrationInfoService info = flyway.info();
            // Flyway ignores migrations it does not know by default; a newer schema must stop this build
            // instead, since its queries may no longer fit.
            List<MigrationInfo> future = Arrays.stream(info.all())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED)
                    .toList();
            if (!future.isEmpty()) {
                String known = Arrays.stream(info.all())
                        .filter(migration -> migration.getState().isResolved())
                        .map(MigrationInfo::getVersion)
                        .max(Comparator.naturalOrder())
                        .map(Object::toString)
                        .orElse("none");
                throw new StoreException("The database " + name + " has schema version "
                        + future.get(future.size() - 1).getVersion() + ", newer than this build of sitrep knows ("
                        + known + "). Use a newer sitrep, or another database.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring the schema of " + name + " up to date: " + e.getMessage()
                    + ". If the database was not written by sitrep, choose another one.", e);
        }
    }
}
