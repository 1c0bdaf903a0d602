package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.DISPLACEMENT_ID;
import static org.sitrep.store.StoreFixtures.ELECTION_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SEIZURE_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * What every {@link Store} must do, whatever database is behind it. A subclass supplies a new, empty store
 * per test; everything here goes through the {@link Store} interface only.
 */
public abstract class StoreContractTest {
    protected Store store;

    /** A new, empty store; the test closes it. */
    protected abstract Store newStore();

    @BeforeEach
    void open_store() {
        store = newStore();
    }

    @AfterEach
    void close_store() {
        store.close();
    }

    // --- saving and reading back ---

    @Test
    void saves_and_reads_back_every_layer() {
        DocumentRecord record = StoreFixtures.report();
        String docId = record.document().id();

        store.saveDocument(record);

        assertThat(store.document(docId)).contains(record.document());
        assertThat(store.sentences(docId)).isEqualTo(record.sentences());
        assertThat(store.times(docId)).isEqualTo(record.times());
        assertThat(store.entities(docId)).isEqualTo(record.entities());
        assertThat(store.actorMentions(docId)).isEqualTo(record.actorMentions());
        assertThat(store.figures(docId)).isEqualTo(record.figures());
        assertThat(store.issues(docId)).isEqualTo(record.issues());
        assertThat(store.actor(COUNCIL_ID)).contains(StoreFixtures.council());
        assertThat(store.actor(SPOKESMAN_ID)).contains(StoreFixtures.spokesman());
        assertThat(store.actor(FRONT_ID)).contains(StoreFixtures.front());
        assertThat(store.allActors()).containsExactlyInAnyOrderElementsOf(record.actors());
        for (Actor actor : record.actors()) {
            assertThat(store.mergeReasons(actor.id()))
                    .as("merge reasons of %s", actor.id())
                    .containsExactlyInAnyOrderElementsOf(record.mergeReasons().stream()
                            .filter(reason -> reason.actorId().equals(actor.id()))
                            .toList());
        }
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 3, record.entities().size(),
                record.actorMentions().size(), 3, record.figures().size()));
    }

    @Test
    void actor_mentions_come_back_with_their_sentence_and_document() {
        DocumentRecord record = StoreFixtures.report();
        store.saveDocument(record);

        List<MentionView> expected = new ArrayList<>();
        for (ActorMention mention : record.actorMentions()) {
            if (mention.actorKey().equals(SPOKESMAN_ID)) {
                expected.add(new MentionView(record.document().id(), "Clashes near Gao", mention.sentence(),
                        record.sentences().get(mention.sentence()).text(), mention.span(), mention.text(),
                        mention.method()));
            }
        }
        assertThat(store.mentions(SPOKESMAN_ID, 10)).isEqualTo(expected);
        assertThat(store.mentionCount(SPOKESMAN_ID)).isEqualTo(2);
        assertThat(store.mentionCount(FRONT_ID)).isEqualTo(1);
    }

    @Test
    void finds_a_document_by_hash_and_by_path() {
        DocumentRecord record = StoreFixtures.report();
        Document document = record.document();
        store.saveDocument(record);

        DocumentSummary expected = new DocumentSummary(document.id(), document.path(), "Clashes near Gao",
                "Sahel Monitor", StoreFixtures.REPORT_PUBLISHED, "text/plain", document.sha256(), 3,
                document.text().length(), StoreFixtures.REPORT_INGESTED_AT);
        assertThat(store.findByHash(document.sha256())).contains(expected);
        assertThat(store.findByPath(document.path())).contains(expected);
        assertThat(store.documents()).containsExactly(expected);
    }

    @Test
    void lookups_of_unknown_things_are_empty() {
        store.saveDocument(StoreFixtures.report());

        assertThat(store.findByHash("0".repeat(64))).isEmpty();
        assertThat(store.findByPath("reports/never-ingested.txt")).isEmpty();
        assertThat(store.document("doc-0000000000000000")).isEmpty();
        assertThat(store.sentences("doc-0000000000000000")).isEmpty();
        assertThat(store.times("doc-0000000000000000")).isEmpty();
        assertThat(store.entities("doc-0000000000000000")).isEmpty();
        assertThat(store.actorMentions("doc-0000000000000000")).isEmpty();
        assertThat(store.figures("doc-0000000000000000")).isEmpty();
        assertThat(store.issues("doc-0000000000000000")).isEmpty();
        assertThat(store.actor("actor-nobody")).isEmpty();
        assertThat(store.mentionCount("actor-nobody")).isZero();
        assertThat(store.mentions("actor-nobody", 10)).isEmpty();
        assertThat(store.mergeReasons("actor-nobody")).isEmpty();
        assertThat(store.deleteDocument("doc-0000000000000000")).isFalse();
    }

    @Test
    void an_empty_store_counts_nothing() {
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0));
        assertThat(store.documents()).isEmpty();
        assertThat(store.allActors()).isEmpty();
        assertThat(store.actors(Optional.empty())).isEmpty();
        assertThat(store.search("council", 10)).isEmpty();
    }

    @Test
    void dates_and_instants_come_back_exactly() {
        Instant ingestedAt = Instant.parse("1999-12-31T23:59:59.000000001Z");
        Actor dated = new Actor("actor-dated", "Dated Person", ActorKind.PERSON, null, null, null,
                List.of("Dated Person"),
                List.of(new Role("minister", "Niger", LocalDate.of(1960, 2, 29), LocalDate.of(2000, 1, 1)),
                        new Role("adviser", null, null, null)),
                false);
        DocumentRecord record = StoreFixtures.document("reports/dates.txt")
                .published(LocalDate.of(2000, 2, 29))
                .ingestedAt(ingestedAt)
                .sentence("Dated Person resigned in the winter of 1999, weeks before the vote of 6-8 March 2000.")
                .actor(dated)
                .mention(0, "Dated Person", "actor-dated", "ner")
                .time(0, "the winter of 1999", "1999-WI",
                        new DateRange(LocalDate.of(1999, 12, 1), LocalDate.of(2000, 2, 29), DatePrecision.SEASON))
                .time(0, "6-8 March 2000", "2000-03-06",
                        new DateRange(LocalDate.of(2000, 3, 6), LocalDate.of(2000, 3, 8), DatePrecision.DAYS))
                .build();

        store.saveDocument(record);

        Document stored = store.document(record.document().id()).orElseThrow();
        assertThat(stored.ingestedAt()).isEqualTo(ingestedAt);
        assertThat(stored.source().published()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(store.times(record.document().id())).isEqualTo(record.times());
        assertThat(store.actor("actor-dated")).contains(dated);
    }

    @Test
    void a_document_without_metadata_is_listed_under_its_file_name() {
        DocumentRecord record = StoreFixtures.document("inbox/briefs/untitled-brief.pdf")
                .mediaType("application/pdf")
                .ingestedAt(null)
                .sentence("A brief without any metadata at all.")
                .build();

        store.saveDocument(record);

        assertThat(store.document(record.document().id())).contains(record.document());
        DocumentSummary summary = store.findByPath("inbox/briefs/untitled-brief.pdf").orElseThrow();
        assertThat(summary.title()).isEqualTo("untitled-brief.pdf");
        assertThat(summary.published()).isNull();
        assertThat(summary.ingestedAt()).isNull();
        assertThat(store.search("metadata", 5)).extracting(SearchHit::docTitle)
                .containsExactly("untitled-brief.pdf");
    }

    // --- replacing and deleting ---

    @Test
    void saving_a_changed_file_at_the_same_path_replaces_the_old_version() {
        DocumentRecord first = StoreFixtures.report();
        DocumentRecord second = StoreFixtures.document(StoreFixtures.REPORT_PATH)
                .title("Clashes near Gao (corrected)")
                .published(LocalDate.of(2024, 3, 16))
                .sentence("The Transitional Council corrected its toll: 35 soldiers were killed.")
                .sentence("Amadou Touré apologised for the earlier figure.")
                .actor(StoreFixtures.council())
                .actor(StoreFixtures.spokesman())
                .mention(0, "Transitional Council", COUNCIL_ID, "dictionary")
                .mention(1, "Amadou Touré", SPOKESMAN_ID, "ner")
                .build();
        store.saveDocument(first);

        store.saveDocument(second);

        assertThat(store.documents()).extracting(DocumentSummary::id).containsExactly(second.document().id());
        assertThat(store.findByHash(first.document().sha256())).isEmpty();
        assertThat(store.document(first.document().id())).isEmpty();
        assertThat(store.sentences(first.document().id())).isEmpty();
        assertThat(store.figures(first.document().id())).isEmpty();
        assertThat(store.mentionCount(COUNCIL_ID)).isEqualTo(1);
        assertThat(store.mentionCount(SPOKESMAN_ID)).isEqualTo(1);
        assertThat(store.actor(FRONT_ID)).as("named only by the replaced version").isEmpty();
        assertThat(store.mergeReasons(SPOKESMAN_ID)).as("evidence of the replaced version").isEmpty();
        assertThat(store.search("Mopti", 10)).isEmpty();
        assertThat(store.search("apologised", 10)).hasSize(1);
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 0, 2, 2, 0));
    }

    @Test
    void saving_the_same_record_twice_leaves_no_duplicates() {
        DocumentRecord record = StoreFixtures.report();
        store.saveDocument(record);
        StoreCounts once = store.counts();

        store.saveDocument(record);

        assertThat(store.counts()).isEqualTo(once);
        assertThat(store.documents()).hasSize(1);
        assertThat(store.mentions(SPOKESMAN_ID, 100)).hasSize(2);
        assertThat(store.search("Bamako", 10)).hasSize(1);
        assertThat(store.mergeReasons(COUNCIL_ID)).as("dictionary knowledge is stored once")
                .containsExactly(new MergeReason(COUNCIL_ID, "CNT", "dictionary_alias",
                        "alias in the actor dictionary", null, -1));
    }

    @Test
    void deleting_a_document_cascades_and_removes_orphaned_discovered_actors() {
        DocumentRecord record = StoreFixtures.report();
        String docId = record.document().id();
        store.saveDocument(record);

        assertThat(store.deleteDocument(docId)).isTrue();

        assertThat(store.document(docId)).isEmpty();
        assertThat(store.findByPath(StoreFixtures.REPORT_PATH)).isEmpty();
        assertThat(store.sentences(docId)).isEmpty();
        assertThat(store.times(docId)).isEmpty();
        assertThat(store.figures(docId)).isEmpty();
        assertThat(store.issues(docId)).isEmpty();
        assertThat(store.search("Bamako", 10)).isEmpty();
        assertThat(store.actor(SPOKESMAN_ID)).isEmpty();
        assertThat(store.actor(FRONT_ID)).isEmpty();
        assertThat(store.actor(COUNCIL_ID)).as("curated actors stay").contains(StoreFixtures.council());
        assertThat(store.mentionCount(COUNCIL_ID)).isZero();
        assertThat(store.mergeReasons(COUNCIL_ID)).extracting(MergeReason::docId).containsOnlyNulls().hasSize(1);
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 1, 0));
        assertThat(store.deleteDocument(docId)).isFalse();
    }

    @Test
    void an_actor_named_by_two_documents_outlives_one_of_them() {
        DocumentRecord first = StoreFixtures.report();
        DocumentRecord second = frontReport("reports/mopti.txt", LocalDate.of(2024, 3, 20));
        store.saveDocument(first);
        store.saveDocument(second);

        store.deleteDocument(first.document().id());

        assertThat(store.actor(FRONT_ID)).isPresent();
        assertThat(store.mentionCount(FRONT_ID)).isEqualTo(3);
        assertThat(store.actor(SPOKESMAN_ID)).isPresent();

        store.deleteDocument(second.document().id());

        assertThat(store.actor(FRONT_ID)).isEmpty();
        assertThat(store.actor(SPOKESMAN_ID)).isEmpty();
    }

    @Test
    void saving_an_actor_replaces_its_aliases_and_roles_and_keeps_its_history() {
        store.saveDocument(StoreFixtures.report());
        Actor renamed = new Actor(SPOKESMAN_ID, "Amadou Touré", ActorKind.PERSON, "MLI", "GOV", "Q00000042",
                List.of("Amadou Touré", "A. Touré"),
                List.of(new Role("minister of information", "Mali", LocalDate.of(2024, 4, 2), null)), false);
        DocumentRecord later = StoreFixtures.document("reports/cabinet.txt")
                .published(LocalDate.of(2024, 4, 3))
                .sentence("A. Touré was appointed minister of information.")
                .actor(renamed)
                .mention(0, "A. Touré", SPOKESMAN_ID, "ner")
                .reason(SPOKESMAN_ID, "A. Touré", "spelling_variant", "initial and surname", 0)
                .build();

        store.saveDocument(later);

        assertThat(store.actor(SPOKESMAN_ID)).contains(renamed);
        assertThat(store.mentionCount(SPOKESMAN_ID)).isEqualTo(3);
        assertThat(store.mergeReasons(SPOKESMAN_ID)).extracting(MergeReason::alias)
                .containsExactlyInAnyOrder("Touré", "A. Touré");
        assertThat(store.findActors("a toure")).containsExactly(renamed);
    }

    @Test
    void a_failed_save_writes_nothing_and_keeps_the_previous_version() {
        DocumentRecord first = StoreFixtures.report();
        store.saveDocument(first);
        StoreCounts before = store.counts();
        Actor newcomer = new Actor("actor-newcomer", "Newcomer Brigade", ActorKind.ARMED_GROUP, null, null, null,
                List.of("Newcomer Brigade"), List.of(), false);
        DocumentRecord broken = StoreFixtures.document(StoreFixtures.REPORT_PATH)
                .sentence("The Newcomer Brigade and an unknown militia entered Timbuktu.")
                .actor(newcomer)
                .mention(0, "Newcomer Brigade", "actor-newcomer", "ner")
                // Neither stored nor in the record's actors: the store must refuse the whole record.
                .mention(0, "unknown militia", "actor-not-in-the-store", "nominal")
                .build();

        assertThatThrownBy(() -> store.saveDocument(broken)).isInstanceOf(StoreException.class);

        assertThat(store.findByPath(StoreFixtures.REPORT_PATH))
                .map(DocumentSummary::id).contains(first.document().id());
        assertThat(store.document(broken.document().id())).isEmpty();
        assertThat(store.sentences(first.document().id())).isEqualTo(first.sentences());
        assertThat(store.actor("actor-newcomer")).isEmpty();
        assertThat(store.actor(FRONT_ID)).as("not orphaned by the failed replacement").isPresent();
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.search("Timbuktu", 10)).isEmpty();
        assertThat(store.search("Bamako", 10)).hasSize(1);

        store.saveDocument(StoreFixtures.report("reports/after-failure.txt"));
        assertThat(store.documents()).as("the store still takes writes").hasSize(2);
    }

    // --- full-text search ---

    @Test
    void search_ranks_a_sentence_naming_the_word_twice_above_one_naming_it_once() {
        DocumentRecord record = StoreFixtures.document("reports/convoy.txt")
                .title("Convoy ambush")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .sentence("The weather in the capital stayed calm all week.")
                .sentence("Rebels said other rebels were waiting.")
                .sentence("Officials counted the damage to the road.")
                .build();
        store.saveDocument(record);

        List<SearchHit> hits = store.search("rebels", 10);

        assertThat(hits).extracting(SearchHit::sentence).containsExactly(2, 0);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0)).isEqualTo(new SearchHit(record.document().id(), "Convoy ambush", 2,
                "Rebels said other rebels were waiting.", hits.get(0).score()));
        assertThat(store.search("rebels", 1)).hasSize(1);
        assertThat(store.search("rebels", 0)).isEmpty();
    }

    @Test
    void search_needs_every_word_and_falls_back_to_any_word() {
        store.saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .sentence("A second convoy reached the town at noon.")
                .sentence("Rebels withdrew at dusk.")
                .build());

        assertThat(store.search("convoy dawn", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store.search("convoy helicopter", 10)).extracting(SearchHit::sentence)
                .containsExactlyInAnyOrder(0, 1);
        assertThat(store.search("helicopter", 10)).isEmpty();
    }

    @Test
    void search_ignores_accents_and_case() {
        store.saveDocument(StoreFixtures.document("reports/segou.txt")
                .sentence("Le général Touré est arrivé à Ségou.")
                .sentence("Troops reached Kidal before the rains.")
                .build());

        assertThat(store.search("toure segou", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store.search("TOURÉ", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store.search("Kidál", 10)).extracting(SearchHit::sentence).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"rebels", "rebels\"", "*", "rebels*", "NEAR(", "NEAR(rebels convoy)", "-",
        "-rebels", ":", "text:rebels", "rebels:", "(", ")", "(rebels", "rebels AND", "OR", "NOT rebels", "^rebels",
        "'", "{text}: rebels", "rebels + convoy", "", "   ", "a\"\"b", "\u0000", "--;DROP TABLE sentences"})
    void search_treats_query_syntax_as_plain_text(String query) {
        store.saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .build());

        assertThatCode(() -> store.search(query, 10)).doesNotThrowAnyException();
        assertThat(store.counts().sentences()).isEqualTo(1);
    }

    @Test
    void search_finds_words_wrapped_in_syntax_characters() {
        store.saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .build());

        for (String query : List.of("\"rebels\"", "rebels*", "(rebels)", "-rebels", "rebels:", "NOT rebels")) {
            assertThat(store.search(query, 10)).as(query).hasSize(1);
        }
    }

    // --- actors ---

    @Test
    void finds_actors_by_name_or_alias_with_case_accents_and_punctuation_folded() {
        store.saveDocument(StoreFixtures.report());

        for (String name : List.of("Touré", "toure", "TOURÉ.", " touré ", "Amadou-Toure")) {
            assertThat(store.findActors(name)).as(name).containsExactly(StoreFixtures.spokesman());
        }
        assertThat(store.findActors("sahel liberation-front")).containsExactly(StoreFixtures.front());
        assertThat(store.findActors("slf")).containsExactly(StoreFixtures.front());
        assertThat(store.findActors("cnt")).containsExactly(StoreFixtures.council());
        assertThat(store.findActors("nobody we know")).isEmpty();
        assertThat(store.findActors("")).isEmpty();
        assertThat(store.findActors("--")).isEmpty();
    }

    @Test
    void find_actors_prefers_an_exact_name_to_names_containing_it() {
        Actor state = new Actor("mli", "Mali", ActorKind.STATE, "MLI", null, null, List.of("Mali"), List.of(),
                true);
        Actor army = new Actor("mli-army", "Malian Armed Forces", ActorKind.MILITARY_UNIT, "MLI", "MIL", null,
                List.of("Malian Armed Forces", "FAMa"), List.of(), true);
        store.saveDocument(StoreFixtures.document("reports/army.txt")
                .sentence("Mali said the FAMa had retaken the town.")
                .actor(state)
                .actor(army)
                .mention(0, "Mali", "mli", "dictionary")
                .mention(0, "FAMa", "mli-army", "dictionary")
                .build());

        assertThat(store.findActors("MALI")).containsExactly(state);
        assertThat(store.findActors("armed forces")).containsExactly(army);
        assertThat(store.findActors("mal")).containsExactlyInAnyOrder(state, army);
    }

    @Test
    void lists_mentioned_actors_most_mentioned_first_and_filters_by_kind() {
        Actor dormant = new Actor("ner-state", "Niger", ActorKind.STATE, "NER", null, null, List.of("Niger"),
                List.of(), true);
        store.saveDocument(StoreFixtures.reportBuilder(StoreFixtures.REPORT_PATH).actor(dormant).build());
        store.saveDocument(frontReport("reports/mopti.txt", LocalDate.of(2024, 3, 20)));

        List<ActorSummary> all = store.actors(Optional.empty());

        assertThat(all).extracting(summary -> summary.actor().id(), ActorSummary::mentions,
                        ActorSummary::documents)
                .containsExactly(
                        tuple(FRONT_ID, 4, 2),
                        tuple(SPOKESMAN_ID, 3, 2),
                        tuple(COUNCIL_ID, 2, 1));
        assertThat(all.get(0).actor()).isEqualTo(StoreFixtures.front());
        assertThat(store.actors(Optional.of(ActorKind.PERSON))).extracting(summary -> summary.actor().id())
                .containsExactly(SPOKESMAN_ID);
        assertThat(store.actors(Optional.of(ActorKind.STATE))).as("unmentioned actors are not listed").isEmpty();
        assertThat(store.actor("ner-state")).contains(dormant);
        assertThat(store.allActors()).extracting(Actor::id)
                .containsExactlyInAnyOrder(COUNCIL_ID, SPOKESMAN_ID, FRONT_ID, "ner-state");
    }

    @Test
    void lists_mentions_by_publication_date_then_sentence() {
        DocumentRecord march14 = StoreFixtures.report();
        DocumentRecord march1 = StoreFixtures.document("reports/early.txt")
                .title("Early report")
                .published(LocalDate.of(2024, 3, 1))
                .sentence("Amadou Touré denied any fighting.")
                .actor(StoreFixtures.spokesman())
                .mention(0, "Amadou Touré", SPOKESMAN_ID, "ner")
                .build();
        DocumentRecord undated = StoreFixtures.document("reports/undated.txt")
                .title("Undated note")
                .sentence("Nothing new.")
                .sentence("Touré was not available for comment.")
                .actor(StoreFixtures.spokesman())
                .mention(1, "Touré", SPOKESMAN_ID, "surname")
                .build();
        store.saveDocument(undated);
        store.saveDocument(march14);
        store.saveDocument(march1);

        List<MentionView> mentions = store.mentions(SPOKESMAN_ID, 10);

        assertThat(mentions).extracting(MentionView::docTitle, MentionView::sentence)
                .containsExactly(
                        tuple("Early report", 0),
                        tuple("Clashes near Gao", 1),
                        tuple("Clashes near Gao", 2),
                        tuple("Undated note", 1));
        assertThat(mentions.get(3).sentenceText()).isEqualTo("Touré was not available for comment.");
        assertThat(store.mentions(SPOKESMAN_ID, 2)).isEqualTo(mentions.subList(0, 2));
        assertThat(store.mentions(SPOKESMAN_ID, 0)).isEmpty();
    }

    // --- events ---

    @Test
    void events_come_back_exactly_as_saved() {
        DocumentRecord record = StoreFixtures.eventReport();

        store.saveDocument(record);

        Event seizure = event(record, SEIZURE_ID);
        Event displacement = event(record, DISPLACEMENT_ID);
        Event election = event(record, ELECTION_ID);
        assertThat(store.events(EventQuery.all())).containsExactly(displacement, seizure, election);
        for (Event event : record.events()) {
            assertThat(store.event(event.id())).as(event.id()).contains(event);
        }
        assertThat(store.event(SEIZURE_ID).orElseThrow().size()).isEqualTo(EventSize.none());
        assertThat(store.event(ELECTION_ID).orElseThrow().plover()).isNull();
        assertThat(store.event(DISPLACEMENT_ID).orElseThrow().plover())
                .isEqualTo(new PloverCoding(null, List.of(), List.of(), 0));
        assertThat(store.eventCount()).isEqualTo(3);
        assertThat(store.event("evt-nothing")).isEmpty();
    }

    @Test
    void an_empty_store_has_no_events() {
        assertThat(store.events(EventQuery.all())).isEmpty();
        assertThat(store.eventCount()).isZero();
    }

    @Test
    void events_filter_by_class_status_and_document() {
        DocumentRecord record = StoreFixtures.eventReport();
        DocumentRecord ambush = ambushReport("reports/ambush.txt");
        store.saveDocument(record);
        store.saveDocument(ambush);

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
    void events_filter_by_an_actor_as_source_or_target() {
        store.saveDocument(StoreFixtures.eventReport());
        store.saveDocument(ambushReport("reports/ambush.txt"));

        // The council is the election's source and the attack's target.
        assertThat(ids(EventQuery.all().withActorId(COUNCIL_ID)))
                .containsExactly("evt-ambush-attack", ELECTION_ID);
        assertThat(ids(EventQuery.all().withActorId(FRONT_ID).withCrisisClass(CrisisClass.SEIZE_TERRITORY)))
                .containsExactly(SEIZURE_ID);
        assertThat(ids(EventQuery.all().withActorId(SPOKESMAN_ID))).isEmpty();
    }

    @Test
    void events_filter_by_place_ignoring_case_accents_and_punctuation() {
        store.saveDocument(StoreFixtures.eventReport());

        assertThat(ids(EventQuery.all().withPlace("menaka"))).containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(EventQuery.all().withPlace("MÉNAKA"))).containsExactly(DISPLACEMENT_ID, SEIZURE_ID);
        assertThat(ids(EventQuery.all().withPlace("ménaka, region"))).containsExactly(DISPLACEMENT_ID);
        assertThat(ids(EventQuery.all().withPlace("Gao"))).isEmpty();
        assertThat(ids(EventQuery.all().withPlace(" ,. "))).as("folds to nothing").isEmpty();
        assertThat(ids(EventQuery.all().withPlace("%"))).as("no LIKE wildcards").isEmpty();
    }

    @Test
    void a_page_of_a_filter_is_the_head_of_its_full_listing_whether_matches_are_few_or_many() {
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
        store.saveDocument(report.build());

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
    void an_event_keeps_its_resolved_place_and_the_place_filter_matches_the_gazetteer_name() {
        DocumentRecord report = StoreFixtures.document("reports/timbuktu.txt")
                .sentence("Rebels entered Tombouctou at dawn.")
                .event(text -> new Event("evt-tombouctou", CrisisClass.SEIZE_TERRITORY, null, List.of(), List.of(),
                        null, null, new Location("Tombouctou", "Timbuktu", 2449067L, 16.77, -3.01, "Tombouctou",
                                "MLI", "PPLA", 4, null), null, EventStatus.OCCURRED, 0.5,
                        List.of(text.mention(0, "entered"))))
                .build();
        store.saveDocument(report);

        assertThat(store.event("evt-tombouctou").orElseThrow().place())
                .isEqualTo(report.events().get(0).place());
        assertThat(ids(EventQuery.all().withPlace("timbuktu"))).containsExactly("evt-tombouctou");
    }

    @Test
    void a_documents_places_come_back_in_text_order() {
        DocumentRecord report = StoreFixtures.eventReport();
        store.saveDocument(report);

        assertThat(store.places(report.document().id())).isEqualTo(report.places());
        assertThat(store.places("no-such-document")).isEmpty();
    }

    @Test
    void places_count_mentions_documents_and_events_per_gazetteer_place() {
        store.saveDocument(StoreFixtures.eventReport());
        store.saveDocument(StoreFixtures.document("reports/second.txt")
                .sentence("Ménaka was calm on Sunday, and Malian traders reopened their shops.")
                .place(0, "Ménaka", StoreFixtures.MENAKA, "town in focus country MLI")
                .build());

        List<PlaceSummary> places = store.places();

        assertThat(places).extracting(p -> p.place().geonameId())
                .containsExactly(StoreFixtures.MENAKA.geonameId(), StoreFixtures.MENAKA_REGION.geonameId());
        PlaceSummary town = places.get(0);
        assertThat(town.mentions()).isEqualTo(2);
        assertThat(town.documents()).isEqualTo(2);
        assertThat(town.events()).as("the seizure happened there").isEqualTo(1);
        assertThat(town.place().lat()).isEqualTo(StoreFixtures.MENAKA.lat());
    }

    @Test
    void place_mentions_are_found_by_their_words_or_the_gazetteer_name_without_accents() {
        DocumentRecord report = StoreFixtures.eventReport();
        store.saveDocument(report);

        assertThat(store.placeMentions("MENAKA", 10)).extracting(v -> v.mention().text())
                .containsExactly("Ménaka", "the Ménaka region");
        assertThat(store.placeMentions("menaka", 1)).hasSize(1);
        PlaceMentionView first = store.placeMentions("Ménaka", 10).get(0);
        assertThat(first.docId()).isEqualTo(report.document().id());
        assertThat(first.sentenceText()).startsWith("Fighters of the Sahel Liberation Front");
        assertThat(first.mention().reason()).isEqualTo("town in focus country MLI");
        assertThat(store.placeMentions("Gao", 10)).isEmpty();
    }

    @Test
    void deleting_a_document_deletes_its_places() {
        DocumentRecord report = StoreFixtures.eventReport();
        store.saveDocument(report);

        store.deleteDocument(report.document().id());

        assertThat(store.places()).isEmpty();
    }

    @Test
    void a_period_selects_the_events_whose_dates_overlap_it() {
        // The displacement spans 1-31 March 2024, the seizure is 2 April 2024, the election has no date.
        store.saveDocument(StoreFixtures.eventReport());

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
    void events_are_ordered_by_date_then_document_then_first_sentence_with_undated_last() {
        DocumentRecord menaka = StoreFixtures.eventReport();
        DocumentRecord ambush = ambushReport("reports/ambush.txt");
        store.saveDocument(ambush);
        store.saveDocument(menaka);
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
        assertThat(store.eventCount()).isEqualTo(6);
    }

    @Test
    void replacing_a_document_replaces_its_events() {
        store.saveDocument(StoreFixtures.eventReport());
        DocumentRecord corrected = StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("The Transitional Council postponed the election it had planned.")
                .actor(StoreFixtures.council())
                .mention(0, "Transitional Council", COUNCIL_ID, "dictionary")
                .event(text -> new Event(ELECTION_ID, CrisisClass.ELECTION, null,
                        List.of(text.actor(0, "Transitional Council", COUNCIL_ID)), List.of(), null, null, null,
                        null, EventStatus.NEGATED, 0.5, List.of(text.mention(0, "election"))))
                .build();

        store.saveDocument(corrected);

        assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(corrected.events());
        assertThat(store.event(SEIZURE_ID)).isEmpty();
        assertThat(store.event(ELECTION_ID).orElseThrow().status()).isEqualTo(EventStatus.NEGATED);
        assertThat(store.eventCount()).isEqualTo(1);
        assertThat(store.actor(FRONT_ID)).as("named only by the replaced version's events").isEmpty();
    }

    @Test
    void saving_the_same_event_report_twice_leaves_no_duplicates() {
        DocumentRecord record = StoreFixtures.eventReport();
        store.saveDocument(record);

        store.saveDocument(record);

        assertThat(store.eventCount()).isEqualTo(3);
        assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(record.events());
    }

    @Test
    void deleting_a_document_deletes_its_events_and_the_actors_only_they_named() {
        DocumentRecord record = StoreFixtures.eventReport();
        store.saveDocument(record);

        assertThat(store.deleteDocument(record.document().id())).isTrue();

        assertThat(store.eventCount()).isZero();
        assertThat(store.events(EventQuery.all())).isEmpty();
        assertThat(store.event(SEIZURE_ID)).isEmpty();
        assertThat(store.actor(FRONT_ID)).isEmpty();
        assertThat(store.actor(COUNCIL_ID)).as("curated actors stay").isPresent();
    }

    @Test
    void an_actor_named_only_by_an_event_is_not_deleted_as_an_orphan() {
        DocumentRecord events = StoreFixtures.eventReport();
        DocumentRecord mentions = StoreFixtures.report();
        store.saveDocument(events);

        assertThat(store.mentionCount(FRONT_ID)).isZero();
        assertThat(store.actor(FRONT_ID)).as("kept by the seizure's source").contains(StoreFixtures.front());

        store.saveDocument(mentions);
        store.deleteDocument(mentions.document().id());

        assertThat(store.actor(FRONT_ID)).as("still the seizure's source").isPresent();
        assertThat(store.actor(SPOKESMAN_ID)).as("named by nothing left").isEmpty();
        assertThat(store.events(EventQuery.all().withActorId(FRONT_ID))).extracting(Event::id)
                .containsExactly(SEIZURE_ID);

        store.saveDocument(StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("Nothing happened in Ménaka.")
                .build());

        assertThat(store.actor(FRONT_ID)).as("its last event is gone").isEmpty();
    }

    @Test
    void an_event_naming_an_actor_that_is_not_stored_fails_the_whole_save() {
        DocumentRecord first = StoreFixtures.eventReport();
        store.saveDocument(first);
        DocumentRecord broken = StoreFixtures.document(StoreFixtures.EVENT_REPORT_PATH)
                .sentence("An unknown militia attacked Ménaka.")
                .event(text -> new Event("evt-broken", CrisisClass.ATTACK, null,
                        List.of(text.actor(0, "unknown militia", "actor-not-in-the-store")), List.of(), null, null,
                        Location.asWritten("Ménaka"), null, EventStatus.OCCURRED, 0.5,
                        List.of(text.mention(0, "attacked"))))
                .build();

        assertThatThrownBy(() -> store.saveDocument(broken)).isInstanceOf(StoreException.class);

        assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(first.events());
        assertThat(store.event("evt-broken")).isEmpty();
    }

    // --- concurrency ---

    @Test
    void concurrent_writers_and_readers_see_only_whole_documents() throws Exception {
        int writers = 4;
        int documentsPerWriter = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int writerNumber = writer;
                work.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < documentsPerWriter; i++) {
                        store.saveDocument(StoreFixtures.report("reports/w" + writerNumber + "/r" + i + ".txt"));
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                do {
                    for (DocumentSummary summary : store.documents()) {
                        // A document is either absent or whole: never without its sentences.
                        assertThat(summary.sentences()).isEqualTo(3);
                    }
                    store.search("Bamako", 5);
                    reads++;
                } while (!work.stream().allMatch(Future::isDone));
                return reads;
            });
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.documents()).hasSize(writers * documentsPerWriter);
        assertThat(store.mentionCount(SPOKESMAN_ID)).isEqualTo(2 * writers * documentsPerWriter);
    }

    private static Event event(DocumentRecord record, String eventId) {
        return record.events().stream().filter(event -> event.id().equals(eventId)).findFirst().orElseThrow();
    }

    private List<String> ids(EventQuery query) {
        return store.events(query).stream().map(Event::id).toList();
    }

    private static EventQuery period(LocalDate from, LocalDate to) {
        return EventQuery.all().withPeriod(from, to);
    }

    /**
     * A second event report: on 2 April 2024 a killing (sentence 0) and an attack on the council (sentence
     * 1, listed first), and an undated threat.
     */
    private static DocumentRecord ambushReport(String path) {
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
    private static DocumentRecord frontReport(String path, LocalDate published) {
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
