package org.sitrep.store.jdbi;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sitrep.store.SearchHit;

/**
 * Full-text search over sentences ({@code sql/.../search.sql}): FTS5 on SQLite, a tsvector on PostgreSQL, both fed
 * by {@link FtsQuery}. Thread-safe.
 */
final class SearchReader {
    private final Database db;

    SearchReader(Database db) {
        this.db = db;
    }

    /** Sentences holding every word first; only when none does, sentences holding any of them. */
    List<SearchHit> search(String query, int limit) {
        Optional<FtsQuery> parsed = FtsQuery.of(query);
        if (parsed.isEmpty() || limit == 0) {
            return List.of();
        }
        FtsQuery terms = parsed.get();
        Dialect dialect = db.dialect();
        return db.read("search for " + query, handle -> {
            List<SearchHit> hits = match(handle, dialect.allTerms(terms), limit);
            if (hits.isEmpty() && terms.hasSeveralTerms()) {
                hits = match(handle, dialect.anyTerm(terms), limit);
            }
            return hits;
        });
    }

    private List<SearchHit> match(Handle handle, String expression, int limit) {
        return handle.createQuery(db.sql("search", "match"))
                .bind("match", expression)
                .bind("limit", limit)
                .map((row, context) -> Rows.searchHit(row))
                .list();
    }
}
