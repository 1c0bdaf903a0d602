package org.sitrep.store.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.store.ActorNameUse;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.MentionView;

/** Reads actors with their aliases, roles, mentions and merge reasons ({@code sql/.../actors.sql}). Thread-safe. */
final class ActorReader {
    private static final String FILE = "actors";

    private final Database db;

    ActorReader(Database db) {
        this.db = db;
    }

    List<Actor> allActors() {
        return db.read("list actors", handle -> withAliasesAndRoles(handle, handle
                .createQuery(db.sql(FILE, "all"))
                .map((row, context) -> ActorRow.of(row))
                .list()));
    }

    List<ActorSummary> actors(Optional<ActorKind> kind) {
        Objects.requireNonNull(kind, "kind");
        return db.read("count actor mentions", handle -> {
            List<CountedActorRow> counted = handle
                    .createQuery(db.sql(FILE, "counted"))
                    .bind("kind", kind.map(ActorKind::name).orElse(null))
                    .map((row, context) -> new CountedActorRow(ActorRow.of(row), row.getInt("mentions"),
                            row.getInt("documents")))
                    .list();
            List<Actor> actors = withAliasesAndRoles(handle, counted.stream().map(CountedActorRow::row).toList());
            List<ActorSummary> summaries = new ArrayList<>(counted.size());
            for (int i = 0; i < counted.size(); i++) {
                summaries.add(new ActorSummary(actors.get(i), counted.get(i).mentions(), counted.get(i).documents()));
            }
            return summaries;
        });
    }

    Optional<Actor> actor(String actorId) {
        return db.read("read actor " + actorId, handle -> withAliasesAndRoles(handle, handle
                .createQuery(db.sql(FILE, "by_id"))
                .bind("id", actorId)
                .map((row, context) -> ActorRow.of(row))
                .list()).stream().findFirst());
    }

    /** One read for many ids: a page of events names each of its actors once, not one query per actor. */
    Map<String, Actor> actors(Collection<String> actorIds) {
        List<String> ids = actorIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read("read " + ids.size() + " actors", handle -> {
            List<ActorRow> rows = new ArrayList<>();
            for (List<String> chunk : Rows.inListChunks(ids)) {
                rows.addAll(handle.createQuery(db.sql(FILE, "by_ids"))
                        .bindList("ids", chunk)
                        .map((row, context) -> ActorRow.of(row))
                        .list());
            }
            Map<String, Actor> byId = new HashMap<>();
            withAliasesAndRoles(handle, rows).forEach(actor -> byId.put(actor.id(), actor));
            return byId;
        });
    }

    List<Actor> findActors(String name) {
        String folded = NameNormaliser.normalise(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        return db.read("find actors named " + name, handle -> {
            List<Actor> exact = findActorsWhere(handle, folded, "named");
            return exact.isEmpty() ? findActorsWhere(handle, folded, "named_containing") : exact;
        });
    }

    int mentionCount(String actorId) {
        return db.read("count the mentions of " + actorId, handle -> handle
                .createQuery(db.sql(FILE, "mention_count"))
                .bind("actorId", actorId)
                .mapTo(Integer.class)
                .one());
    }

    List<MentionView> mentions(String actorId, int limit) {
        return db.read("read the mentions of " + actorId, handle -> handle
                .createQuery(db.sql(FILE, "mentions"))
                .bind("actorId", actorId)
                .bind("limit", limit)
                .map((row, context) -> Rows.mentionView(row))
                .list());
    }

    List<MergeReason> mergeReasons(String actorId) {
        return db.read("read the merge reasons of " + actorId, handle -> handle
                .createQuery(db.sql(FILE, "merge_reasons"))
                .bind("actorId", actorId)
                .map((row, context) -> Rows.mergeReason(row))
                .list());
    }

    List<ActorNameUse> actorNameUses() {
        return db.read("read the names reports give actors", handle -> handle
                .createQuery(db.sql(FILE, "name_uses"))
                .map((row, context) -> new ActorNameUse(row.getString("actor_id"), row.getString("text"),
                        row.getString("doc_id"), row.getInt("sentence"), row.getString("sentence_text")))
                .list());
    }

    private List<Actor> findActorsWhere(Handle handle, String folded, String condition) {
        return withAliasesAndRoles(handle, handle
                .createQuery(db.sql(FILE, "find_head") + db.sql(FILE, condition) + db.sql(FILE, "find_order"))
                .bind("folded", folded)
                .map((row, context) -> ActorRow.of(row))
                .list());
    }

    /** Completes actor rows with their aliases and roles, keeping the rows' order. */
    private List<Actor> withAliasesAndRoles(Handle handle, List<ActorRow> rows) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<Role>> roles = new HashMap<>();
        List<String> ids = rows.stream().map(ActorRow::id).toList();
        for (List<String> chunk : Rows.inListChunks(ids)) {
            handle.createQuery(db.sql(FILE, "aliases_of"))
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("actor_id"), row.getString("alias")))
                    .forEach(alias -> aliases.computeIfAbsent(alias.getKey(), id -> new ArrayList<>())
                            .add(alias.getValue()));
            handle.createQuery(db.sql(FILE, "roles_of"))
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("actor_id"), new Role(row.getString("role"),
                            row.getString("role_of"), Rows.date(row.getString("from_date")),
                            Rows.date(row.getString("to_date")))))
                    .forEach(role -> roles.computeIfAbsent(role.getKey(), id -> new ArrayList<>())
                            .add(role.getValue()));
        }
        return rows.stream()
                .map(row -> row.toActor(aliases.getOrDefault(row.id(), List.of()),
                        roles.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** An actors row before its aliases and roles are attached. */
    private record ActorRow(String id, String name, ActorKind kind, String country, String sector,
                            String wikidataId, boolean curated) {
        static ActorRow of(ResultSet row) throws SQLException {
            return new ActorRow(row.getString("id"), row.getString("name"), ActorKind.valueOf(row.getString("kind")),
                    row.getString("country"), row.getString("sector"), row.getString("wikidata_id"),
                    row.getInt("curated") == 1);
        }

        Actor toActor(List<String> aliases, List<Role> roles) {
            return new Actor(id, name, kind, country, sector, wikidataId, aliases, roles, curated);
        }
    }

    /** An actors row with its mention count and the number of documents the mentions are in. */
    private record CountedActorRow(ActorRow row, int mentions, int documents) {
    }
}
