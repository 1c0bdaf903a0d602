package org.sitrep.store;

import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/** Reports and queries that several parts of the store contract share. */
final class ContractReports {
    private ContractReports() {
    }

    static Event event(DocumentRecord record, String eventId) {
        return record.events().stream().filter(event -> event.id().equals(eventId)).findFirst().orElseThrow();
    }

    static EventQuery period(LocalDate from, LocalDate to) {
        return EventQuery.all().withPeriod(from, to);
    }

    /**
     * A second event report: on 2 April 2024 a killing (sentence 0) and an attack on the council (sentence
     * 1, listed first), and an undated threat.
     */
    static DocumentRecord ambushReport(String path) {
        LocalDate april2 = LocalDate.of(2024, 4, 2);
        return StoreFixtures.document(path)
                .sentence("Two soldiers were killed near Ansongo on 2 April 2024.")
                .sentence("The same day the Sahel Liberation Front ambushed a convoy of the Transitional Council.")
                .sentence("The front threatened further attacks (" + path + ").")
                .actor(StoreFixtures.front())
                .actor(StoreFixtures.council())
                .mention(1, "Sahel Liberation Front", FRONT_ID, "ner")
                .mention(1, "Transitional Council", COUNCIL_ID, "dictionary")
                .event(text -> new Event("evt-ambush-attack", CrisisClass.ATTACK,
                        new PloverCoding("ASSAULT", List.of("firearms"), List.of(), 4),
                        List.of(text.actor(1, "Sahel Liberation Front", FRONT_ID)),
                        List.of(text.actor(1, "Transitional Council", COUNCIL_ID)),
                        new DateRange(april2, april2, DatePrecision.DAY), "The same day", null, null,
                        EventStatus.OCCURRED, 0.8, List.of(text.mention(1, "ambushed"))))
                .event(text -> new Event("evt-ambush-kill", CrisisClass.KILL,
                        new PloverCoding("ASSAULT", List.of(), List.of(), 4), List.of(),
                        List.of(text.actor(0, "Two soldiers", null)), DateRange.day(april2), "2 April 2024",
                        Location.asWritten("near Ansongo"), new EventSize(2L, null, null, null, null), EventStatus.OCCURRED, 0.9,
                        List.of(text.mention(0, "killed"))))
                .event(text -> new Event("evt-ambush-threat", CrisisClass.THREATEN,
                        new PloverCoding("THREATEN", List.of(), List.of(), 3),
                        List.of(text.actor(2, "The front", FRONT_ID)), List.of(), null, null, null, null,
                        EventStatus.THREATENED, 0.6, List.of(text.mention(2, "threatened"))))
                .build();
    }

    /** A report naming the front three times and the spokesman once. */
    static DocumentRecord frontReport(String path, LocalDate published) {
        return StoreFixtures.document(path)
                .source(new SourceInfo("Displacement around Mopti", "Sahel Monitor", null, published, null, "en"))
                .sentence("The SLF set up checkpoints on the road to Mopti (" + path + ").")
                .sentence("Amadou Touré said the Sahel Liberation Front was extorting traders and that the front "
                        + "would be pushed back.")
                .actor(StoreFixtures.front())
                .actor(StoreFixtures.spokesman())
                .mention(0, "SLF", FRONT_ID, "acronym")
                .mention(1, "Amadou Touré", SPOKESMAN_ID, "ner")
                .mention(1, "Sahel Liberation Front", FRONT_ID, "dictionary")
                .mention(1, "the front", FRONT_ID, "nominal")
                .reason(FRONT_ID, "SLF", "acronym_definition", "SLF used for Sahel Liberation Front", 0)
                .build();
    }
}
