package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.TestPostgres;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.Stores;

/**
 * A team on one PostgreSQL store: two {@code sitrep ingest} processes at once, each with half of the reports, lose
 * no document, create no actor twice, and leave the same picture (documents, actors, events, clusters) as one ingest
 * of all the reports; a reader in a third process keeps getting answers while they write.
 */
@EnabledIfEnvironmentVariable(named = TestPostgres.VARIABLE, matches = ".+")
class ConcurrentIngestIT {
    /** Invented dispatches from an invented country; the same people, groups and coup recur across them. */
    private static final List<String> REPORTS = List.of(
            """
            Soldiers seize power in Dorvik
            Soldiers led by Colonel Idris Malvane seized the presidential palace in Dorvik on 4 May 2031.
            President Anselm Korta was arrested by the soldiers and taken to a barracks outside the capital.
            The Northern Front said it would not recognise the junta.""",
            """
            Junta closes the borders
            The junta of Colonel Idris Malvane closed the borders of Valoria on 5 May 2031.
            Colonel Idris Malvane said elections would be held within two years.
            The Regional Union condemned the coup in Dorvik.""",
            """
            Northern Front takes Salmara
            Fighters of the Northern Front took the town of Salmara on 12 May 2031.
            Residents said 30 people were killed in the fighting.
            The Northern Front accused Colonel Idris Malvane of abandoning the north.""",
            """
            Regional Union imposes sanctions
            The Regional Union imposed sanctions on Valoria on 20 May 2031, a fortnight after the coup in Dorvik.
            The union demanded the release of President Anselm Korta.
            Colonel Idris Malvane rejected the demand.""",
            """
            Former president released
            The junta released President Anselm Korta on 2 June 2031.
            Anselm Korta left Dorvik for exile the next day.
            The Regional Union welcomed the release.""",
            """
            Clashes near Salmara
            The army attacked positions of the Northern Front near Salmara on 10 June 2031.
            At least 12 soldiers were killed, the army said.
            Thousands of civilians fled Salmara towards the capital.""");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void two_ingests_at_once_leave_the_picture_one_ingest_of_all_files_leaves() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        for (int i = 0; i < REPORTS.size(); i++) {
            Files.writeString((i % 2 == 0 ? first : second).resolve("report-" + i + ".txt"), REPORTS.get(i) + "\n");
        }
        String team = TestPostgres.freshDatabase("sitrep_team");
        String single = TestPostgres.freshDatabase("sitrep_single");

        // The schema first, so that the two processes start on the same footing.
        Stores.open(team).close();
        Process a = ingest(team, "a", first);
        Process b = ingest(team, "b", second);
        int answers = 0;
        try (Store reader = Stores.open(team)) {
            while (a.isAlive() || b.isAlive()) {
                reader.documents();
                reader.events(EventQuery.all().withLimit(100));
                answers++;
                Thread.sleep(200);
            }
        }
        assertThat(a.waitFor(15, TimeUnit.MINUTES) && b.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).as(log("a")).isZero();
        assertThat(b.exitValue()).as(log("b")).isZero();
        assertThat(answers).as("reads answered while both ingests ran").isPositive();

        Process all = ingest(single, "all", first, second);
        assertThat(all.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(all.exitValue()).as(log("all")).isZero();

        try (Store together = Stores.open(team); Store alone = Stores.open(single)) {
            assertThat(together.documents()).hasSize(REPORTS.size());
            // Equal pictures: among them the actors, so no actor was created twice that one ingest creates once.
            assertThat(picture(together)).isEqualTo(picture(alone));
            assertThat(together.allActors()).hasSameSizeAs(alone.allActors());
            assertThat(together.eventCount()).isPositive();
        }
    }

    private Process ingest(String store, String name, Path... folders) throws IOException {
        List<String> args = new ArrayList<>(List.of("--store", store, "ingest", "--quiet"));
        for (Path folder : folders) {
            args.add(folder.toString());
        }
        return ChildJvm.sitrep(List.of("-Xmx2500m"), args.toArray(String[]::new))
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".out")) + Files.readString(dir.resolve(name + ".err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * What an analyst sees, without the ingest times: documents, actors with their names and mentions, events,
     * clusters. Actors are named by what they are (name, kind, aliases, the mentions that name them) rather than by
     * their ids: when the linker keeps two same-named actors apart ("Salmara", tagged a person in two reports), which
     * of them gets the suffix "-2" follows the order the reports were linked in, as in two single ingests of the files
     * in different orders.
     */
    private static Map<String, Object> picture(Store store) {
        Map<String, List<String>> mentionsByActor = new LinkedHashMap<>();
        for (DocumentSummary document : store.documents()) {
            for (ActorMention mention : store.actorMentions(document.id())) {
                mentionsByActor.computeIfAbsent(mention.actorKey(), id -> new ArrayList<>())
                        .add(document.id() + ":" + mention.sentence() + ":" + mention.span().start());
            }
        }
        Map<String, String> label = new LinkedHashMap<>();
        for (Actor actor : store.allActors()) {
            label.put(actor.id(), actor.name() + " " + actor.kind() + " " + new TreeSet<>(actor.aliases()) + " "
                    + new TreeSet<>(mentionsByActor.getOrDefault(actor.id(), List.of())));
        }
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("documents", store.documents().stream()
                .map(d -> List.of(d.id(), d.path(), d.sha256(), d.sentences())).toList());
        picture.put("actors", new TreeSet<>(label.values()));
        picture.put("mentions", store.documents().stream().map(DocumentSummary::id)
                .collect(Collectors.toMap(id -> id, id -> store.actorMentions(id).stream()
                        .map(m -> new ActorMention(m.sentence(), m.span(), m.text(), label.get(m.actorKey()),
                                m.method())).toList())));
        picture.put("events", store.events(EventQuery.all()).stream()
                .map(event -> event.withParticipants(relabelled(event.sources(), label),
                        relabelled(event.targets(), label))).toList());
        picture.put("clusters", store.eventClusters());
        // Which document first gave a reason ("a name already known for ...") also follows the linking order.
        Set<String> reasons = new TreeSet<>();
        store.allActors().forEach(actor -> store.mergeReasons(actor.id()).forEach(reason -> reasons.add(
                label.get(reason.actorId()) + " " + reason.alias() + " " + reason.rule() + " " + reason.detail())));
        picture.put("merge reasons", reasons);
        return picture;
    }

    private static List<EventActor> relabelled(List<EventActor> actors, Map<String, String> label) {
        return actors.stream().map(actor -> new EventActor(actor.actorKey() == null ? null : label.get(actor.actorKey()),
                actor.entityText(), actor.span())).toList();
    }
}
