package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.Role;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/** The store contract for documents: saving every layer and reading it back, and lookups. */
public interface DocumentContract extends StoreUnderTest {

    @Test
    default void saves_and_reads_back_every_layer() {
        DocumentRecord record = StoreFixtures.report();
        String docId = record.document().id();

        store().saveDocument(record);

        assertThat(store().document(docId)).contains(record.document());
        assertThat(store().sentences(docId)).isEqualTo(record.sentences());
        assertThat(store().times(docId)).isEqualTo(record.times());
        assertThat(store().entities(docId)).isEqualTo(record.entities());
        assertThat(store().actorMentions(docId)).isEqualTo(record.actorMentions());
        assertThat(store().figures(docId)).isEqualTo(record.figures());
        assertThat(store().issues(docId)).isEqualTo(record.issues());
        assertThat(store().actor(COUNCIL_ID)).contains(StoreFixtures.council());
        assertThat(store().actor(SPOKESMAN_ID)).contains(StoreFixtures.spokesman());
        assertThat(store().actor(FRONT_ID)).contains(StoreFixtures.front());
        assertThat(store().allActors()).containsExactlyInAnyOrderElementsOf(record.actors());
        for (Actor actor : record.actors()) {
            assertThat(store().mergeReasons(actor.id()))
                    .as("merge reasons of %s", actor.id())
                    .containsExactlyInAnyOrderElementsOf(record.mergeReasons().stream()
                            .filter(reason -> reason.actorId().equals(actor.id()))
                            .toList());
        }
        assertThat(store().counts()).isEqualTo(new StoreCounts(1, 3, record.entities().size(),
                record.actorMentions().size(), 3, record.figures().size()));
    }

    @Test
    default void actor_mentions_come_back_with_their_sentence_and_document() {
        DocumentRecord record = StoreFixtures.report();
        store().saveDocument(record);

        List<MentionView> expected = new ArrayList<>();
        for (ActorMention mention : record.actorMentions()) {
            if (mention.actorKey().equals(SPOKESMAN_ID)) {
                expected.add(new MentionView(record.document().id(), "Clashes near Gao", mention.sentence(),
                        record.sentences().get(mention.sentence()).text(), mention.span(), mention.text(),
                        mention.method()));
            }
        }
        assertThat(store().mentions(SPOKESMAN_ID, 10)).isEqualTo(expected);
        assertThat(store().mentionCount(SPOKESMAN_ID)).isEqualTo(2);
        assertThat(store().mentionCount(FRONT_ID)).isEqualTo(1);
    }

    @Test
    default void finds_a_document_by_hash_and_by_path() {
        DocumentRecord record = StoreFixtures.report();
        Document document = record.document();
        store().saveDocument(record);

        DocumentSummary expected = new DocumentSummary(document.id(), document.path(), "Clashes near Gao",
                "Sahel Monitor", StoreFixtures.REPORT_PUBLISHED, "text/plain", document.sha256(), 3,
                document.text().length(), StoreFixtures.REPORT_INGESTED_AT);
        assertThat(store().findByHash(document.sha256())).contains(expected);
        assertThat(store().findByPath(document.path())).contains(expected);
        assertThat(store().documents()).containsExactly(expected);
    }

    @Test
    default void lookups_of_unknown_things_are_empty() {
        store().saveDocument(StoreFixtures.report());

        assertThat(store().findByHash("0".repeat(64))).isEmpty();
        assertThat(store().findByPath("reports/never-ingested.txt")).isEmpty();
        assertThat(store().document("doc-0000000000000000")).isEmpty();
        assertThat(store().sentences("doc-0000000000000000")).isEmpty();
        assertThat(store().times("doc-0000000000000000")).isEmpty();
        assertThat(store().entities("doc-0000000000000000")).isEmpty();
        assertThat(store().actorMentions("doc-0000000000000000")).isEmpty();
        assertThat(store().figures("doc-0000000000000000")).isEmpty();
        assertThat(store().issues("doc-0000000000000000")).isEmpty();
        assertThat(store().actor("actor-nobody")).isEmpty();
        assertThat(store().mentionCount("actor-nobody")).isZero();
        assertThat(store().mentions("actor-nobody", 10)).isEmpty();
        assertThat(store().mergeReasons("actor-nobody")).isEmpty();
        assertThat(store().deleteDocument("doc-0000000000000000")).isFalse();
    }

    @Test
    default void an_empty_store_counts_nothing() {
        assertThat(store().counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0));
        assertThat(store().documents()).isEmpty();
        assertThat(store().allActors()).isEmpty();
        assertThat(store().actors(Optional.empty())).isEmpty();
        assertThat(store().search("council", 10)).isEmpty();
    }

    @Test
    default void dates_and_instants_come_back_exactly() {
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

        store().saveDocument(record);

        Document stored = store().document(record.document().id()).orElseThrow();
        assertThat(stored.ingestedAt()).isEqualTo(ingestedAt);
        assertThat(stored.source().published()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(store().times(record.document().id())).isEqualTo(record.times());
        assertThat(store().actor("actor-dated")).contains(dated);
    }

    @Test
    default void a_document_without_metadata_is_listed_under_its_file_name() {
        DocumentRecord record = StoreFixtures.document("inbox/briefs/untitled-brief.pdf")
                .mediaType("application/pdf")
                .ingestedAt(null)
                .sentence("A brief without any metadata at all.")
                .build();

        store().saveDocument(record);

        assertThat(store().document(record.document().id())).contains(record.document());
        DocumentSummary summary = store().findByPath("inbox/briefs/untitled-brief.pdf").orElseThrow();
        assertThat(summary.title()).isEqualTo("untitled-brief.pdf");
        assertThat(summary.published()).isNull();
        assertThat(summary.ingestedAt()).isNull();
        assertThat(store().search("metadata", 5)).extracting(SearchHit::docTitle)
                .containsExactly("untitled-brief.pdf");
    }
}
