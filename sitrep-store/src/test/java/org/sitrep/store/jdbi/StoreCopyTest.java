package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreCopy;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFixtures;

/** A copy reads back as the original, call for call: between SQLite files, and through PostgreSQL and back. */
class StoreCopyTest {
    @TempDir
    Path directory;

    @Test
    void a_copy_between_sqlite_files_reads_back_as_the_original() {
        try (Store original = filled(SqliteStore.open(directory.resolve("original.db")));
             Store copy = SqliteStore.open(directory.resolve("copy.db"))) {
            StoreCopy.Result result = StoreCopy.copy(original, copy);

            assertThat(result.documents()).isEqualTo(3);
            assertThat(snapshot(copy)).isEqualTo(snapshot(original));
        }
    }

    @Test
    void a_copy_refuses_a_destination_that_holds_documents() {
        try (Store original = filled(SqliteStore.open(directory.resolve("original.db")));
             Store busy = SqliteStore.open(directory.resolve("busy.db"))) {
            busy.saveDocument(StoreFixtures.report("reports/own.txt"));

            assertThatThrownBy(() -> StoreCopy.copy(original, busy)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not empty");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresTestDatabase.VARIABLE, matches = ".+")
    void a_round_trip_through_postgresql_reads_back_as_the_original() {
        PostgresLocation database = PostgresTestDatabase.fresh("sitrep_copy");
        try (Store original = filled(SqliteStore.open(directory.resolve("original.db")));
             Store server = PostgresStore.open(database);
             Store back = SqliteStore.open(directory.resolve("back.db"))) {
            StoreCopy.copy(original, server);
            assertThat(snapshot(server)).isEqualTo(snapshot(original));

            StoreCopy.copy(server, back);
            assertThat(snapshot(back)).isEqualTo(snapshot(original));
        }
    }

    /** Two reports, an event report, a curated actor no document names, and a cluster across reports. */
    private static Store filled(Store store) {
        store.saveDocument(StoreFixtures.report());
        store.saveDocument(StoreFixtures.report("reports/second.txt"));
        store.saveDocument(StoreFixtures.eventReport());
        List<String> events = store.events(EventQuery.all()).stream().map(event -> event.id()).toList();
        store.saveEventClusters(Set.of(CrisisClass.values()), Map.of(events.get(0), events.get(0), events.get(1),
                events.get(0)));
        return store;
    }

    /** Everything the store answers, keyed by the call. */
    private static Map<String, Object> snapshot(Store store) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("documents", store.documents());
        for (DocumentSummary summary : store.documents()) {
            String id = summary.id();
            all.put("document " + id, List.of(store.document(id), store.sentences(id), store.times(id),
                    store.figures(id), store.issues(id), store.places(id), store.entities(id), store.actorMentions(id)));
        }
        List<Actor> actors = store.allActors();
        all.put("actors", actors);
        all.put("actor summaries", store.actors(Optional.empty()));
        for (Actor actor : actors) {
            all.put("actor " + actor.id(), List.of(store.mergeReasons(actor.id()), store.mentions(actor.id(), 100),
                    store.mentionCount(actor.id())));
        }
        all.put("events", store.events(EventQuery.all()));
        all.put("clusters", store.eventClusters());
        all.put("places", store.places());
        all.put("counts", store.counts());
        all.put("name uses", store.actorNameUses());
        List<Object> hits = new ArrayList<>();
        store.search("Bamako", 10).forEach(hit -> hits.add(List.of(hit.docId(), hit.sentence())));
        all.put("search", hits);
        return all;
    }
}
