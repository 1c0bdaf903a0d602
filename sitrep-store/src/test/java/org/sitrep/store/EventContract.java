package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.ContractReports.ambushReport;
import static org.sitrep.store.ContractReports.event;
import static org.sitrep.store.ContractReports.period;
import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.DISPLACEMENT_ID;
import static org.sitrep.store.StoreFixtures.ELECTION_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SEIZURE_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/** The store contract for events: reading back, filtering, ordering, replacing and deleting. */
public interface EventContract extends StoreUnderTest {

    @Test
    default void events_come_back_exactly_as_saved() {
        DocumentRecord record = StoreFixtures.eventReport();

        store().saveDocument(record);

        Event seizure = event(record, SEIZURE_ID);
        Event displacement = event(record, DISPLACEMENT_ID);
        Event election = event(record, ELECTION_ID);
        assertThat(store().events(EventQuery.all())).containsExactly(displacement, seizure, election);
        for (Event event : record.events()) {
            assertThat(store().event(event.id())).as(event.id()).contains(event);
        }
        assertThat(store().event(SEIZURE_ID).orElseThrow().size()).isEqualTo(EventSize.none());
        assertThat(store().event(ELECTION_ID).orElseThrow().plover()).isNull();
        assertThat(store().event(DISPLACEMENT_ID).orElseThrow().plover())
                .isEqualTo(new PloverCoding(null, List.of(), List.of(), 0));
        assertThat(store().eventCount()).isEqualTo(3);
        assertThat(store().event("evt-nothing")).isEmpty();
    }

    @Test
    default void an_empty_store_has_no_events() {
        assertThat(store().events(EventQuery.all())).isEmpty();
        assertThat(store().eventCount()).isZero();
    }

    @Test
    default void events_filter_by_class_status_and_document() {
        DocumentRecord record = StoreFixtures.eventReport();
        DocumentRecord ambush = ambushReport("reports/ambush.txt");
        store().saveDocument(record);
        store().saveDocument(ambush);

        assertThat(ids(EventQuery.all().withCrisisClass(CrisisClass.SEIZE_TERRITORY))).containsExactly(SEIZURE_ID);
        assertThat(ids(EventQuery.all().withCrisisClass(CrisisClass.COUP))).isEmpty();
        assertThat(ids(EventQuery.all().withStatus(EventStatus.PLANNED))).containsExactly(ELECTION_ID);
        assertThat(ids(EventQuery.all().withStatus(EventStatus.OCCURRED).withCrisisClass(CrisisClass.DISPLACEMENT)))
                .containsExactly(DISPLACEMENT_ID);
        assertThat(ids(EventQuery.all().withDocId(record.document().id())))
                .containsExactly(DISPLACEMENT_ID, SEIZURE_ID, ELECTION_ID);
        assertThat(ids(EventQuery.all().withDocId(ambush.document().id())))
                .containsExactlyInAnyOrder("evt-ambush-kill", "evt-ambush-attack", "evt-ambush-threat");
        assertThat(ids(EventQuery.all().withDocId("doc-0000000000000000"))).isEmpty();
    }

    @Test
    default void events_filter_by_an_actor_as_source_or_target() {
        store().saveDocument(StoreFixtures.eventReport());
        store().saveDocument(ambushReport("reports/ambush.txt"));

        // The council is the election's source and the attack's target.
        assertThat(ids(EventQuery.all().withActorId(COUNCIL_ID)))
                .containsExactly("evt-ambush-attack", ELECTION_ID);
        assertThat(ids(EventQuery.all().withActorId(FRONT_ID).withCrisisClass(CrisisClass.SEIZE_TERRITORY)))
                .containsExactly(SEIZURE_ID);
        assertThat(ids(EventQuery.all().withActorId(SPOKESMAN_ID))).isEmpty();
    }

    @Test
    default void events_filter_by_place_ignoring_case_accents_and_punctuation() {
        store().saveDocument(StoreFixtures.eventReport());

        assertThat(ids(EventQuery.all().withPlace("menaka"))).containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(EventQuery.all().withPlace("MÉNAKA"))).containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(EventQuery.all().withPlace("ménaka, region"))).containsExactly(DISPLACEMENT_ID);
        assertThat(ids(EventQuery.all().withPlace("Gao"))).isEmpty();
        assertThat(ids(EventQuery.all().withPlace(" ,. "))).as("folds to nothing").isEmpty();
        assertThat(ids(EventQuery.all().withPlace("%"))).as("no LIKE wildcards").isEmpty();
    }

    @Test
    default void a_page_of_a_filter_is_the_head_of_its_full_listing_whether_matches_are_few_or_many() {
        // 120 events: the front and Gao in nearly all, the council and Kidal in a few, one event a whole year
        // long. A store may read few matches and sort them, or walk the listing order for many: same answer.
        StoreFixtures.Builder report = StoreFixtures.document("reports/many.txt").actor(StoreFixtures.front())
                .actor(StoreFixtures.council());
        for (int i = 0; i < 120; i++) {
            int n = i;
            boolean few = i % 40 == 1;
            report.sentence("The Front and the Council met near the town, report " + n + ".");
            report.event(text -> new Event("evt-many-" + n, n % 3 == 0 ? CrisisClass.ATTACK : CrisisClass.KILL,
                    null, List.of(text.actor(n, "Front", few ? null : FRONT_ID)),
                    few ? List.of(text.actor(n, "Council", COUNCIL_ID)) : List.of(),
                    n == 5 ? new DateRange(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), DatePrecision.YEAR)
                            : n % 11 == 10 ? null : DateRange.day(LocalDate.of(2012, 1, 1).plusDays(n * 3L)),
                    null, Location.asWritten(few ? "Kidal" : "Gao"), null,
                    n % 4 == 0 ? EventStatus.THREATENED : EventStatus.OCCURRED, 0.5, List.of(text.mention(n, "met"))));
        }
        store().saveDocument(report.build());

        List<EventQuery> filters = List.of(EventQuery.all(), EventQuery.all().withActorId(FRONT_ID),
                EventQuery.all().withActorId(COUNCIL_ID), EventQuery.all().withPlace("gao"),
                EventQuery.all().withPlace("KIDAL"), EventQuery.all().withPlace("a"),
                EventQuery.all().withActorId(FRONT_ID).withCrisisClass(CrisisClass.ATTACK),
                EventQuery.all().withPlace("gao").withStatus(EventStatus.THREATENED),
                period(LocalDate.of(2011, 6, 1), LocalDate.of(2012, 2, 1)), period(LocalDate.of(2012, 6, 1), null),
                period(null, LocalDate.of(2011, 3, 1)),
                period(LocalDate.of(2011, 12, 31), LocalDate.of(2011, 12, 31)).withPlace("gao"));
        for (EventQuery filter : filters) {
            List<String> all = ids(filter);
            assertThat(ids(filter.withLimit(4))).as("%s", filter).isEqualTo(all.subList(0, Math.min(4, all.size())));
        }
        assertThat(ids(EventQuery.all().withActorId(COUNCIL_ID))).containsExactly("evt-many-1", "evt-many-41",
                "evt-many-81");
        assertThat(ids(EventQuery.all().withPlace("kidal"))).containsExactly("evt-many-1", "evt-many-41",
                "evt-many-81");
        assertThat(ids(EventQuery.all().withActorId(FRONT_ID))).hasSize(117);
        assertThat(ids(period(LocalDate.of(2011, 12, 31), LocalDate.of(2011, 12, 31))))
                .as("the year-long event overlaps its last day").containsExactly("evt-many-5");
        assertThat(ids(period(LocalDate.of(2011, 6, 1), LocalDate.of(2012, 1, 1))))
                .containsExactly("evt-many-5", "evt-many-0");
    }

    @Test
    default void a_period_selects_the_events_whose_dates_overlap_it() {
        // The displacement spans 1-31 March 2024, the seizure is 2 April 2024, the election has no date.
        store().saveDocument(StoreFixtures.eventReport());

        assertThat(ids(period(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15))))
                .as("a day inside the month").containsExactly(DISPLACEMENT_ID);
        assertThat(ids(period(LocalDate.of(2024, 3, 31), null))).as("from the month's last day")
                .containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(period(LocalDate.of(2024, 4, 1), null))).containsExactly(SEIZURE_ID);
        assertThat(ids(period(LocalDate.of(2024, 4, 3), null))).isEmpty();
        assertThat(ids(period(null, LocalDate.of(2024, 3, 1)))).as("up to the month's first day")
                .containsExactly(DISPLACEMENT_ID);
        assertThat(ids(period(null, LocalDate.of(2024, 2, 29)))).isEmpty();
        assertThat(ids(period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 2))))
                .containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(period(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2)))).containsExactly(SEIZURE_ID);
        assertThat(ids(period(null, null))).as("no period, undated included")
                .containsExactly(DISPLACEMENT_ID, SEIZURE_ID, ELECTION_ID);
        assertThatThrownBy(() -> period(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void events_are_ordered_by_date_then_document_then_first_sentence_with_undated_last() {
        DocumentRecord menaka = StoreFixtures.eventReport();
        DocumentRecord ambush = ambushReport("reports/ambush.txt");
        store().saveDocument(ambush);
        store().saveDocument(menaka);
        boolean menakaFirst = menaka.document().id().compareTo(ambush.document().id()) < 0;

        List<String> ordered = ids(EventQuery.all());

        // On 2 April both reports have events; within the ambush report sentence 0 (the killing) comes
        // before sentence 1 (the attack), though the record lists the attack first.
        List<String> april2 = menakaFirst
                ? List.of(SEIZURE_ID, "evt-ambush-kill", "evt-ambush-attack")
                : List.of("evt-ambush-kill", "evt-ambush-attack", SEIZURE_ID);
        List<String> undated = menakaFirst
                ? List.of(ELECTION_ID, "evt-ambush-threat")
                : List.of("evt-ambush-threat", ELECTION_ID);
        List<String> expected = new ArrayList<>();
        expected.add(DISPLACEMENT_ID);
        expected.addAll(april2);
        expected.addAll(undated);
        assertThat(ordered).isEqualTo(expected);
        assertThat(ids(EventQuery.all().withLimit(2))).isEqualTo(expected.subList(0, 2));
        assertThat(ids(EventQuery.all().withLimit(0))).isEmpty();
        assertThat(store().eventCount()).isEqualTo(6);
    }

    @Test
    default void replacing_a_document_replaces_its_events() {
        store().saveDocument(StoreFixtures.eventReport());
        DocumentRecord corrected = StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("The Transitional Council postponed the election it had planned.")
                .actor(StoreFixtures.council())
                .mention(0, "Transitional Council", COUNCIL_ID, "dictionary")
                .event(text -> new Event(ELECTION_ID, CrisisClass.ELECTION, null,
                        List.of(text.actor(0, "Transitional Council", COUNCIL_ID)), List.of(), null, null, null,
                        null, EventStatus.NEGATED, 0.5, List.of(text.mention(0, "election"))))
                .build();

        store().saveDocument(corrected);

        assertThat(store().events(EventQuery.all())).containsExactlyElementsOf(corrected.events());
        assertThat(store().event(SEIZURE_ID)).isEmpty();
        assertThat(store().event(ELECTION_ID).orElseThrow().status()).isEqualTo(EventStatus.NEGATED);
        assertThat(store().eventCount()).isEqualTo(1);
        assertThat(store().actor(FRONT_ID)).as("named only by the replaced version's events").isEmpty();
    }

    @Test
    default void saving_the_same_event_report_twice_leaves_no_duplicates() {
        DocumentRecord record = StoreFixtures.eventReport();
        store().saveDocument(record);

        store().saveDocument(record);

        assertThat(store().eventCount()).isEqualTo(3);
        assertThat(store().events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(record.events());
    }

    @Test
    default void deleting_a_document_deletes_its_events_and_the_actors_only_they_named() {
        DocumentRecord record = StoreFixtures.eventReport();
        store().saveDocument(record);

        assertThat(store().deleteDocument(record.document().id())).isTrue();

        assertThat(store().eventCount()).isZero();
        assertThat(store().events(EventQuery.all())).isEmpty();
        assertThat(store().event(SEIZURE_ID)).isEmpty();
        assertThat(store().actor(FRONT_ID)).isEmpty();
        assertThat(store().actor(COUNCIL_ID)).as("curated actors stay").isPresent();
    }

    @Test
    default void an_actor_named_only_by_an_event_is_not_deleted_as_an_orphan() {
        DocumentRecord events = StoreFixtures.eventReport();
        DocumentRecord mentions = StoreFixtures.report();
        store().saveDocument(events);

        assertThat(store().mentionCount(FRONT_ID)).isZero();
        assertThat(store().actor(FRONT_ID)).as("kept by the seizure's source").contains(StoreFixtures.front());

        store().saveDocument(mentions);
        store().deleteDocument(mentions.document().id());

        assertThat(store().actor(FRONT_ID)).as("still the seizure's source").isPresent();
        assertThat(store().actor(SPOKESMAN_ID)).as("named by nothing left").isEmpty();
        assertThat(store().events(EventQuery.all().withActorId(FRONT_ID))).extracting(Event::id)
                .containsExactly(SEIZURE_ID);

        store().saveDocument(StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("Nothing happened in Ménaka.")
                .build());

        assertThat(store().actor(FRONT_ID)).as("its last event is gone").isEmpty();
    }

    @Test
    default void an_event_naming_an_actor_that_is_not_stored_fails_the_whole_save() {
        DocumentRecord first = StoreFixtures.eventReport();
        store().saveDocument(first);
        DocumentRecord broken = StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("An unknown militia attacked Ménaka.")
                .event(text -> new Event("evt-broken", CrisisClass.ATTACK, null,
                        List.of(text.actor(0, "unknown militia", "actor-not-in-the-store")), List.of(), null, null,
                        Location.asWritten("Ménaka"), null, EventStatus.OCCURRED, 0.5,
                        List.of(text.mention(0, "attacked"))))
                .build();

        assertThatThrownBy(() -> store().saveDocument(broken)).isInstanceOf(StoreException.class);

        assertThat(store().events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(first.events());
        assertThat(store().event("evt-broken")).isEmpty();
    }

    private List<String> ids(EventQuery query) {
        return store().events(query).stream().map(Event::id).toList();
    }
}
