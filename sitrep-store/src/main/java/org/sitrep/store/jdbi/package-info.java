/**
 * The store on SQLite through Jdbi: {@link org.sitrep.store.jdbi.SqliteStore}, its schema migrations (under
 * {@code db/migration/sqlite}) and the name folding used for actor lookup. Imports {@code store},
 * {@code model.*}, Jdbi, Flyway and the SQLite driver.
 */
package org.sitrep.store.jdbi;
