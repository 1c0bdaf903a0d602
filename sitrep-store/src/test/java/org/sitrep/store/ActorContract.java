package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.store.ContractReports.frontReport;
import static org.sitrep.store.StoreFixtures.COUNCIL_ID;
import static org.sitrep.store.StoreFixtures.FRONT_ID;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;

/** The store contract for actors: finding them by name and listing them and their mentions. */
public interface ActorContract extends StoreUnderTest {

    @Test
    default void finds_actors_by_name_or_alias_with_case_accents_and_punctuation_folded() {
        store().saveDocument(StoreFixtures.report());

        for (String name : List.of("Touré", "toure", "TOURÉ.", " touré ", "Amadou-Toure")) {
            assertThat(store().findActors(name)).as(name).containsExactly(StoreFixtures.spokesman());
        }
        assertThat(store().findActors("sahel liberation-front")).containsExactly(StoreFixtures.front());
        assertThat(store().findActors("slf")).containsExactly(StoreFixtures.front());
        assertThat(store().findActors("cnt")).containsExactly(StoreFixtures.council());
        assertThat(store().findActors("nobody we know")).isEmpty();
        assertThat(store().findActors("")).isEmpty();
        assertThat(store().findActors("--")).isEmpty();
    }

    @Test
    default void reads_many_actors_by_id_at_once_with_aliases_leaving_out_unknown_ids() {
        store().saveDocument(StoreFixtures.report());

        Map<String, Actor> found = store().actors(java.util.Arrays.asList(StoreFixtures.front().id(),
                StoreFixtures.spokesman().id(), "no-such-actor", null, StoreFixtures.front().id()));

        assertThat(found).containsOnlyKeys(StoreFixtures.front().id(), StoreFixtures.spokesman().id());
        assertThat(found.get(StoreFixtures.front().id())).isEqualTo(store().actor(StoreFixtures.front().id())
                .orElseThrow());
        assertThat(found.get(StoreFixtures.spokesman().id())).isEqualTo(StoreFixtures.spokesman());
        assertThat(store().actors(List.of())).isEmpty();
    }

    @Test
    default void find_actors_prefers_an_exact_name_to_names_containing_it() {
        Actor state = new Actor("mli", "Mali", ActorKind.STATE, "MLI", null, null, List.of("Mali"), List.of(),
                true);
        Actor army = new Actor("mli-army", "Malian Armed Forces", ActorKind.MILITARY_UNIT, "MLI", "MIL", null,
                List.of("Malian Armed Forces", "FAMa"), List.of(), true);
        store().saveDocument(StoreFixtures.document("reports/army.txt")
                .sentence("Mali said the FAMa had retaken the town.")
                .actor(state)
                .actor(army)
                .mention(0, "Mali", "mli", "dictionary")
                .mention(0, "FAMa", "mli-army", "dictionary")
                .build());

        assertThat(store().findActors("MALI")).containsExactly(state);
        assertThat(store().findActors("armed forces")).containsExactly(army);
        assertThat(store().findActors("mal")).containsExactlyInAnyOrder(state, army);
    }

    @Test
    default void lists_mentioned_actors_most_mentioned_first_and_filters_by_kind() {
        Actor dormant = new Actor("ner-state", "Niger", ActorKind.STATE, "NER", null, null, List.of("Niger"),
                List.of(), true);
        store().saveDocument(StoreFixtures.reportBuilder(StoreFixtures.REPORT_PATH).actor(dormant).build());
        store().saveDocument(frontReport("reports/mopti.txt", LocalDate.of(2024, 3, 20)));

        List<ActorSummary> all = store().actors(Optional.empty());

        assertThat(all).extracting(summary -> summary.actor().id(), ActorSummary::mentions,
                        ActorSummary::documents)
                .containsExactly(
                        tuple(FRONT_ID, 4, 2),
                        tuple(SPOKESMAN_ID, 3, 2),
                        tuple(COUNCIL_ID, 2, 1));
        assertThat(all.get(0).actor()).isEqualTo(StoreFixtures.front());
        assertThat(store().actors(Optional.of(ActorKind.PERSON))).extracting(summary -> summary.actor().id())
                .containsExactly(SPOKESMAN_ID);
        assertThat(store().actors(Optional.of(ActorKind.STATE))).as("unmentioned actors are not listed").isEmpty();
        assertThat(store().actor("ner-state")).contains(dormant);
        assertThat(store().allActors()).extracting(Actor::id)
                .containsExactlyInAnyOrder(COUNCIL_ID, SPOKESMAN_ID, FRONT_ID, "ner-state");
    }

    @Test
    default void lists_mentions_by_publication_date_then_sentence() {
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
        store().saveDocument(undated);
        store().saveDocument(march14);
        store().saveDocument(march1);

        List<MentionView> mentions = store().mentions(SPOKESMAN_ID, 10);

        assertThat(mentions).extracting(MentionView::docTitle, MentionView::sentence)
                .containsExactly(
                        tuple("Early report", 0),
                        tuple("Clashes near Gao", 1),
                        tuple("Clashes near Gao", 2),
                        tuple("Undated note", 1));
        assertThat(mentions.get(3).sentenceText()).isEqualTo("Touré was not available for comment.");
        assertThat(store().mentions(SPOKESMAN_ID, 2)).isEqualTo(mentions.subList(0, 2));
        assertThat(store().mentions(SPOKESMAN_ID, 0)).isEmpty();
    }
}
