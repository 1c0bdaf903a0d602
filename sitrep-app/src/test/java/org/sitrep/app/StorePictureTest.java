package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.place.Location;
import org.sitrep.picture.EventPlaces;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.PictureRules;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/** Merging in a real store, without language models: incremental ingest equals batch, in any order. */
class StorePictureTest {
    private static final Actor COUNCIL = new Actor("council", "High Council", ActorKind.MILITARY_UNIT, "VLR", "MIL",
            null, List.of("High Council"), List.of(), false);
    private static final Actor FRONT = new Actor("front", "Northern Front", ActorKind.ARMED_GROUP, "VLR", "REB",
            null, List.of("Northern Front"), List.of(), false);

    @TempDir
    Path directory;

    static StorePicture picture(Store store) {
        return new StorePicture(store, ActorDictionary.bundled(), PictureRules.bundled(),
                EventPlaces.namesOnly(name -> name.equals("Veloria") ? Optional.of("VLR") : Optional.empty()));
    }

    /** Four invented reports: a coup told by all four, two seizures, an older coup and a threat. */
    static List<DocumentRecord> reports() {
        return List.of(
                report("a", "2031-05-10",
                        coup("a", 1, new DateRange(LocalDate.parse("2031-05-03"), LocalDate.parse("2031-05-04"),
                                DatePrecision.DAYS), COUNCIL),
                        seizure("a", 2, "2031-06-01", "Dorvik")),
                report("b", "2031-05-06", coup("b", 1, DateRange.day(LocalDate.parse("2031-05-04")), COUNCIL),
                        coup("b", 3, new DateRange(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"),
                                DatePrecision.YEAR), null)),
                report("c", "2031-06-12", coup("c", 4, DateRange.day(LocalDate.parse("2031-05-04")), null),
                        seizure("c", 1, "2031-06-01", "Dorvik"), seizure("c", 2, "2031-06-02", "Salmara")),
                report("d", "2038-01-20", coup("d", 1, new DateRange(LocalDate.parse("2031-01-01"),
                                LocalDate.parse("2031-12-31"), DatePrecision.YEAR), COUNCIL),
                        coup("d", 2, new DateRange(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"),
                                DatePrecision.YEAR), null)));
    }

    private Map<String, String> ingestOneByOne(String name, List<DocumentRecord> records) {
        try (Store store = SqliteStore.open(directory.resolve(name + ".db"))) {
            StorePicture picture = picture(store);
            for (DocumentRecord record : records) {
                picture.save(record, Optional.empty());
            }
            return store.eventClusters();
        }
    }

    @Test
    void ingesting_a_b_c_then_d_equals_ingesting_all_at_once_and_the_order_does_not_matter() {
        List<DocumentRecord> reports = reports();
        Map<String, String> batch;
        try (Store store = SqliteStore.open(directory.resolve("batch.db"))) {
            reports.forEach(store::saveDocument);
            picture(store).recluster(java.util.EnumSet.allOf(CrisisClass.class));
            batch = store.eventClusters();
        }
        Map<String, String> abcThenD = ingestOneByOne("abcd", reports);
        List<DocumentRecord> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);
        Map<String, String> dcba = ingestOneByOne("dcba", reversed);
        Map<String, String> shuffled = ingestOneByOne("cadb",
                List.of(reports.get(2), reports.get(0), reports.get(3), reports.get(1)));

        assertThat(abcThenD).isEqualTo(batch).isEqualTo(dcba).isEqualTo(shuffled);
        assertThat(batch).hasSize(9);
        // The 2031 coup is one event told by four reports; the 2009 coup another; Dorvik and Salmara apart.
        assertThat(new HashSet<>(batch.values())).hasSize(4);
    }

    @Test
    void merged_events_carry_every_report_s_mention_and_replacing_a_report_removes_its_mentions() {
        try (Store store = SqliteStore.open(directory.resolve("replace.db"))) {
            StorePicture picture = picture(store);
            reports().forEach(record -> picture.save(record, Optional.empty()));
            MergedEvent coup = coup2031(picture.mergedEvents());
            assertThat(coup.docIds()).hasSize(4);
            assertThat(coup.toEvent().mentions()).hasSize(4);
            assertThat(coup.date().date()).isEqualTo(new DateRange(LocalDate.parse("2031-05-03"),
                    LocalDate.parse("2031-05-04"), DatePrecision.DAYS));

            // Report c, corrected: it no longer tells of the coup.
            DocumentRecord corrected = report("c", "2031-06-12", seizure("c", 1, "2031-06-01", "Dorvik"));
            String oldId = reports().get(2).document().id();
            picture.save(corrected, Optional.of(oldId));

            MergedEvent after = coup2031(picture.mergedEvents());
            assertThat(after.docIds()).hasSize(3).doesNotContain(oldId);
            assertThat(store.eventClusters()).doesNotContainKeys("evt-c-4");
        }
    }

    private static MergedEvent coup2031(List<MergedEvent> merged) {
        return merged.stream().filter(e -> e.crisisClass() == CrisisClass.COUP && e.date().date() != null
                && e.date().date().start().getYear() == 2031).findFirst().orElseThrow();
    }

    private static DocumentRecord report(String name, String published, Event... events) {
        String text = "Invented report " + name + " on events in Veloria, one sentence per event.";
        Document document = new Document("doc-" + name + (events.length == 1 ? "-v2" : ""), "/reports/" + name + ".txt",
                "sha-" + name + events.length, "text/plain",
                new SourceInfo("Report " + name, "Wire " + name, null, LocalDate.parse(published), null, "en"), text,
                Instant.parse("2040-01-01T00:00:00Z"));
        List<Event> withDoc = new ArrayList<>();
        for (Event event : events) {
            withDoc.add(new Event(event.id(), event.crisisClass(), event.plover(), event.sources(), event.targets(),
                    event.date(), event.dateText(), event.place(), event.size(), event.status(), event.confidence(),
                    List.of(new EventMention(document.id(), event.mentions().get(0).sentence(),
                            new Span(0, text.length()), text, "took"))));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sentences.add(new Sentence(i, new Span(0, text.length()), text));
        }
        return new DocumentRecord(document, sentences, List.of(), List.of(), List.of(), List.of(COUNCIL, FRONT),
                List.of(), List.of(), List.of(), withDoc, List.of());
    }

    private static Event coup(String doc, int sentence, DateRange date, Actor by) {
        return event("evt-" + doc + "-" + sentence, CrisisClass.COUP, sentence, date, "Veloria", by);
    }

    private static Event seizure(String doc, int sentence, String day, String town) {
        return event("evt-" + doc + "-" + sentence, CrisisClass.SEIZE_TERRITORY, sentence,
                DateRange.day(LocalDate.parse(day)), town, FRONT);
    }

    private static Event event(String id, CrisisClass crisisClass, int sentence, DateRange date, String place,
                               Actor by) {
        List<EventActor> sources = by == null ? List.of() : List.of(new EventActor(by.id(), by.name(), null));
        return new Event(id, crisisClass, new PloverCoding("COERCE", List.of(), List.of(), 4), sources, List.of(),
                date, null, Location.asWritten(place), null, EventStatus.OCCURRED, 0.9,
                List.of(new EventMention(null, sentence, null, null, null)));
    }
}
