package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.ContractReports.frontReport;
import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;

/** The store contract for replacing and deleting documents and actors, and for failed saves. */
public interface ReplacementContract extends StoreUnderTest {

    @Test
    default void saving_a_changed_file_at_the_same_path_replaces_the_old_version() {
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
        store().saveDocument(first);

        store().saveDocument(second);

        assertThat(store().documents()).extracting(DocumentSummary::id).containsExactly(second.document().id());
        assertThat(store().findByHash(first.document().sha256())).isEmpty();
        assertThat(store().document(first.document().id())).isEmpty();
        assertThat(store().sentences(first.document().id())).isEmpty();
        assertThat(store().figures(first.document().id())).isEmpty();
        assertThat(store().mentionCount(COUNCIL_ID)).isEqualTo(1);
        assertThat(store().mentionCount(SPOKESMAN_ID)).isEqualTo(1);
        assertThat(store().actor(FRONT_ID)).as("named only by the replaced version").isEmpty();
        assertThat(store().mergeReasons(SPOKESMAN_ID)).as("evidence of the replaced version").isEmpty();
        assertThat(store().search("Mopti", 10)).isEmpty();
        assertThat(store().search("apologised", 10)).hasSize(1);
        assertThat(store().counts()).isEqualTo(new StoreCounts(1, 2, 0, 2, 2, 0));
    }

    @Test
    default void saving_the_same_record_twice_leaves_no_duplicates() {
        DocumentRecord record = StoreFixtures.report();
        store().saveDocument(record);
        StoreCounts once = store().counts();

        store().saveDocument(record);

        assertThat(store().counts()).isEqualTo(once);
        assertThat(store().documents()).hasSize(1);
        assertThat(store().mentions(SPOKESMAN_ID, 100)).hasSize(2);
        assertThat(store().search("Bamako", 10)).hasSize(1);
        assertThat(store().mergeReasons(COUNCIL_ID)).as("dictionary knowledge is stored once")
                .containsExactly(new MergeReason(COUNCIL_ID, "CNT", "dictionary_alias",
                        "alias in the actor dictionary", null, -1));
    }

    @Test
    default void deleting_a_document_cascades_and_removes_orphaned_discovered_actors() {
        DocumentRecord record = StoreFixtures.report();
        String docId = record.document().id();
        store().saveDocument(record);

        assertThat(store().deleteDocument(docId)).isTrue();

        assertThat(store().document(docId)).isEmpty();
        assertThat(store().findByPath(StoreFixtures.REPORT_PATH)).isEmpty();
        assertThat(store().sentences(docId)).isEmpty();
        assertThat(store().times(docId)).isEmpty();
        assertThat(store().figures(docId)).isEmpty();
        assertThat(store().issues(docId)).isEmpty();
        assertThat(store().search("Bamako", 10)).isEmpty();
        assertThat(store().actor(SPOKESMAN_ID)).isEmpty();
        assertThat(store().actor(FRONT_ID)).isEmpty();
        assertThat(store().actor(COUNCIL_ID)).as("curated actors stay").contains(StoreFixtures.council());
        assertThat(store().mentionCount(COUNCIL_ID)).isZero();
        assertThat(store().mergeReasons(COUNCIL_ID)).extracting(MergeReason::docId).containsOnlyNulls().hasSize(1);
        assertThat(store().counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 1, 0));
        assertThat(store().deleteDocument(docId)).isFalse();
    }

    @Test
    default void an_actor_named_by_two_documents_outlives_one_of_them() {
        DocumentRecord first = StoreFixtures.report();
        DocumentRecord second = frontReport("reports/mopti.txt", LocalDate.of(2024, 3, 20));
        store().saveDocument(first);
        store().saveDocument(second);

        store().deleteDocument(first.document().id());

        assertThat(store().actor(FRONT_ID)).isPresent();
        assertThat(store().mentionCount(FRONT_ID)).isEqualTo(3);
        assertThat(store().actor(SPOKESMAN_ID)).isPresent();

        store().deleteDocument(second.document().id());

        assertThat(store().actor(FRONT_ID)).isEmpty();
        assertThat(store().actor(SPOKESMAN_ID)).isEmpty();
    }

    @Test
    default void saving_an_actor_replaces_its_aliases_and_roles_and_keeps_its_history() {
        store().saveDocument(StoreFixtures.report());
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

        store().saveDocument(later);

        assertThat(store().actor(SPOKESMAN_ID)).contains(renamed);
        assertThat(store().mentionCount(SPOKESMAN_ID)).isEqualTo(3);
        assertThat(store().mergeReasons(SPOKESMAN_ID)).extracting(MergeReason::alias)
                .containsExactlyInAnyOrder("Touré", "A. Touré");
        assertThat(store().findActors("a toure")).containsExactly(renamed);
    }

    @Test
    default void a_failed_save_writes_nothing_and_keeps_the_previous_version() {
        DocumentRecord first = StoreFixtures.report();
        store().saveDocument(first);
        StoreCounts before = store().counts();
        Actor newcomer = new Actor("actor-newcomer", "Newcomer Brigade", ActorKind.ARMED_GROUP, null, null, null,
                List.of("Newcomer Brigade"), List.of(), false);
        DocumentRecord broken = StoreFixtures.document(StoreFixtures.REPORT_PATH)
                .sentence("The Newcomer Brigade and an unknown militia entered Timbuktu.")
                .actor(newcomer)
                .mention(0, "Newcomer Brigade", "actor-newcomer", "ner")
                // Neither stored nor in the record's actors: the store must refuse the whole record.
                .mention(0, "unknown militia", "actor-not-in-the-store", "nominal")
                .build();

        assertThatThrownBy(() -> store().saveDocument(broken)).isInstanceOf(StoreException.class);

        assertThat(store().findByPath(StoreFixtures.REPORT_PATH))
                .map(DocumentSummary::id).contains(first.document().id());
        assertThat(store().document(broken.document().id())).isEmpty();
        assertThat(store().sentences(first.document().id())).isEqualTo(first.sentences());
        assertThat(store().actor("actor-newcomer")).isEmpty();
        assertThat(store().actor(FRONT_ID)).as("not orphaned by the failed replacement").isPresent();
        assertThat(store().counts()).isEqualTo(before);
        assertThat(store().search("Timbuktu", 10)).isEmpty();
        assertThat(store().search("Bamako", 10)).hasSize(1);

        store().saveDocument(StoreFixtures.report("reports/after-failure.txt"));
        assertThat(store().documents()).as("the store still takes writes").hasSize(2);
    }
}
