package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;

/** The store contract for places: an event's resolved place, a document's places, counts and lookups. */
public interface PlaceContract extends StoreUnderTest {
    @Test
    default void an_event_keeps_its_resolved_place_and_the_place_filter_matches_the_gazetteer_name() {
        DocumentRecord report = StoreFixtures.document("reports/timbuktu.txt")
                .sentence("Rebels entered Tombouctou at dawn.")
                .event(text -> new Event("evt-tombouctou", CrisisClass.SEIZE_TERRITORY, null, List.of(), List.of(),
                        null, null, new Location("Tombouctou", "Timbuktu", 2449067L, 16.77, -3.01, "Tombouctou",
                                "MLI", "PPLA", 4, null), null, EventStatus.OCCURRED, 0.5,
                        List.of(text.mention(0, "entered"))))
                .build();
        store().saveDocument(report);

        assertThat(store().event("evt-tombouctou").orElseThrow().place())
                .isEqualTo(report.events().get(0).place());
        assertThat(ids(EventQuery.all().withPlace("timbuktu"))).containsExactly("evt-tombouctou");
    }

    @Test
    default void a_documents_places_come_back_in_text_order() {
        DocumentRecord report = StoreFixtures.eventReport();
        store().saveDocument(report);

        assertThat(store().places(report.document().id())).isEqualTo(report.places());
        assertThat(store().places("no-such-document")).isEmpty();
    }

    @Test
    default void places_count_mentions_documents_and_events_per_gazetteer_place() {
        store().saveDocument(StoreFixtures.eventReport());
        store().saveDocument(StoreFixtures.document("reports/second.txt")
                .sentence("Ménaka was calm on Sunday, and Malian traders reopened their shops.")
                .place(0, "Ménaka", StoreFixtures.MENAKA, "town in focus country MLI")
                .build());

        List<PlaceSummary> places = store().places();

        assertThat(places).extracting(p -> p.place().geonameId())
                .containsExactly(StoreFixtures.MENAKA.geonameId(), StoreFixtures.MENAKA_REGION.geonameId());
        PlaceSummary town = places.get(0);
        assertThat(town.mentions()).isEqualTo(2);
        assertThat(town.documents()).isEqualTo(2);
        assertThat(town.events()).as("the seizure happened there").isEqualTo(1);
        assertThat(town.place().lat()).isEqualTo(StoreFixtures.MENAKA.lat());
    }

    @Test
    default void place_mentions_are_found_by_their_words_or_the_gazetteer_name_without_accents() {
        DocumentRecord report = StoreFixtures.eventReport();
        store().saveDocument(report);

        assertThat(store().placeMentions("MENAKA", 10)).extracting(v -> v.mention().text())
                .containsExactly("Ménaka", "the Ménaka region");
        assertThat(store().placeMentions("menaka", 1)).hasSize(1);
        PlaceMentionView first = store().placeMentions("Ménaka", 10).get(0);
        assertThat(first.docId()).isEqualTo(report.document().id());
        assertThat(first.sentenceText()).startsWith("Fighters of the Sahel Liberation Front");
        assertThat(first.mention().reason()).isEqualTo("town in focus country MLI");
        assertThat(store().placeMentions("Gao", 10)).isEmpty();
    }

    @Test
    default void deleting_a_document_deletes_its_places() {
        DocumentRecord report = StoreFixtures.eventReport();
        store().saveDocument(report);

        store().deleteDocument(report.document().id());

        assertThat(store().places()).isEmpty();
    }

    private List<String> ids(EventQuery query) {
        return store().events(query).stream().map(Event::id).toList();
    }
}
