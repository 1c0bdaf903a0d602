package org.sitrep.store.jdbi;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.time.TimeMention;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.StoreCounts;

/** Reads documents and their layers ({@code sql/.../documents.sql}). Thread-safe. */
final class DocumentReader {
    private static final String FILE = "documents";

    private final Database db;

    DocumentReader(Database db) {
        this.db = db;
    }

    Optional<DocumentSummary> findByHash(String sha256) {
        return db.read("find the document with hash " + sha256, handle -> handle
                .createQuery(db.sql(FILE, "summary_select") + db.sql(FILE, "by_hash"))
                .bind("sha256", sha256)
                .map((row, context) -> Rows.summary(row))
                .findOne());
    }

    Optional<DocumentSummary> findByPath(String path) {
        return db.read("find the document ingested from " + path, handle -> handle
                .createQuery(db.sql(FILE, "summary_select") + db.sql(FILE, "by_path"))
                .bind("path", path)
                .map((row, context) -> Rows.summary(row))
                .findOne());
    }

    List<DocumentSummary> documents() {
        return db.read("list documents", handle -> handle
                .createQuery(db.sql(FILE, "summary_select") + db.sql(FILE, "list_order"))
                .map((row, context) -> Rows.summary(row))
                .list());
    }

    Optional<Document> document(String docId) {
        return db.read("read document " + docId, handle -> handle
                .createQuery(db.sql(FILE, "document"))
                .bind("id", docId)
                .map((row, context) -> Rows.document(row))
                .findOne());
    }

    List<Sentence> sentences(String docId) {
        return ofDocument("the sentences", docId, "sentences", (row, context) -> Rows.sentence(row));
    }

    List<TimeMention> times(String docId) {
        return ofDocument("the dates", docId, "times", (row, context) -> Rows.time(row));
    }

    List<Figure> figures(String docId) {
        return ofDocument("the figures", docId, "figures", (row, context) -> Rows.figure(row));
    }

    List<Issue> issues(String docId) {
        return ofDocument("the issues", docId, "issues", (row, context) -> Rows.issue(row));
    }

    List<EntityMention> entities(String docId) {
        return ofDocument("the entities", docId, "entities", (row, context) -> new EntityMention(
                row.getInt("sentence"), Rows.span(row), row.getString("text"),
                row.getString("type") == null ? null : EntityType.valueOf(row.getString("type")),
                row.getString("source")));
    }

    List<ActorMention> actorMentions(String docId) {
        return ofDocument("the actor mentions", docId, "actor_mentions", (row, context) -> new ActorMention(
                row.getInt("sentence"), Rows.span(row), row.getString("text"), row.getString("actor_id"),
                row.getString("method")));
    }

    StoreCounts counts() {
        return db.read("count the store's contents", handle -> handle
                .createQuery(db.sql(FILE, "counts"))
                .map((row, context) -> new StoreCounts(row.getInt("documents"), row.getInt("sentences"),
                        row.getInt("entity_mentions"), row.getInt("actor_mentions"), row.getInt("actors"),
                        row.getInt("figures")))
                .one());
    }

    /** One layer of one document: the statement selects rows by {@code :docId}, in the layer's order. */
    private <T> List<T> ofDocument(String what, String docId, String statement, RowMapper<T> mapper) {
        return db.read("read " + what + " of " + docId, handle -> handle.createQuery(db.sql(FILE, statement))
                .bind("docId", docId)
                .map(mapper)
                .list());
    }
}
