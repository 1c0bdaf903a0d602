package org.sitrep.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sitrep.app.TestPostgres;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.Stores;

/** Every API test of {@link WebAppTest} once more, on a PostgreSQL store. */
@EnabledIfEnvironmentVariable(named = TestPostgres.VARIABLE, matches = ".+")
class PostgresWebAppTest extends WebAppTest {
    private static String database;

    @BeforeAll
    static void create_database() {
        database = TestPostgres.freshDatabase("sitrep_web");
    }

    @Override
    Store openEmptyStore() {
        Store store = Stores.open(database);
        TestPostgres.empty(database);
        return store;
    }
}
