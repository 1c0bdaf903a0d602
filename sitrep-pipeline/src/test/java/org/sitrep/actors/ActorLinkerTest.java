package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.LocalActor;

class ActorLinkerTest {
    private final ActorLinker linker = new ActorLinker(TestDictionaries.small());

    private static LocalActor local(String key, String name, ActorKind kind, String... forms) {
        List<String> all = new ArrayList<>(List.of(forms));
        if (all.isEmpty()) {
            all.add(name);
        }
        return new LocalActor(key, name, kind, null, all, List.of());
    }

    private static ActorMention mention(String key) {
        return new ActorMention(0, new Span(0, 3), "x", key, "ner");
    }

    private ActorLinker.Linked link(List<Actor> known, LocalActor... locals) {
        List<ActorMention> mentions = new ArrayList<>();
        for (LocalActor local : locals) {
            mentions.add(mention(local.key()));
        }
        return linker.link("doc-1", List.of(locals), mentions, known);
    }

    @Test
    void a_misspelt_surname_with_the_same_given_name_joins_the_known_person() {
        var linked = link(List.of(), local("l1", "Amadou Sango", ActorKind.PERSON, "Captain Amadou Sango",
                "Amadou Sango"));
        assertThat(linked.mentions()).extracting(ActorMention::actorKey).containsExactly(TestDictionaries.SANOGO);
        assertThat(linked.actors().get(0).aliases()).contains("Captain Amadou Sango", "Amadou Sango", "Sanogo");
        assertThat(linked.reasons()).anySatisfy(reason -> assertThat(reason.rule()).isEqualTo("spelling_variant"));
    }

    @Test
    void a_misspelt_surname_alone_needs_supporting_evidence() {
        var withoutEvidence = link(List.of(), local("l1", "Sanago", ActorKind.PERSON));
        assertThat(withoutEvidence.mentions().get(0).actorKey()).isNotEqualTo(TestDictionaries.SANOGO);

        var withJuntaNamed = link(List.of(), local("l1", "Sanago", ActorKind.PERSON),
                local("l2", "CNRDRE", ActorKind.MILITARY_UNIT));
        assertThat(withJuntaNamed.mentions().get(0).actorKey()).isEqualTo(TestDictionaries.SANOGO);
        assertThat(withJuntaNamed.reasons()).anySatisfy(reason -> {
            assertThat(reason.rule()).isEqualTo("surname_variant");
            assertThat(reason.detail()).contains("CNRDRE");
        });

        var withSameTitle = link(List.of(), local("l1", "Sanago", ActorKind.PERSON, "Captain Sanago"));
        assertThat(withSameTitle.mentions().get(0).actorKey()).isEqualTo(TestDictionaries.SANOGO);
    }

    @Test
    void people_sharing_a_surname_with_different_given_names_stay_apart() {
        Actor moussa = new Actor("actor-moussa-traore", "Moussa Traoré", ActorKind.PERSON, "MLI", null, null,
                List.of("Moussa Traoré"), List.of(), false);
        var linked = link(List.of(moussa), local("l1", "Dioncounda Traoré", ActorKind.PERSON));
        assertThat(linked.mentions().get(0).actorKey()).isNotEqualTo(moussa.id());
        assertThat(linked.actors()).extracting(Actor::name).containsExactly("Dioncounda Traoré");
    }

    @Test
    void the_same_full_name_in_another_document_is_the_same_actor() {
        Actor known = new Actor("actor-oumar-mariko", "Oumar Mariko", ActorKind.PERSON, null, null, null,
                List.of("Oumar Mariko"), List.of(), false);
        var linked = link(List.of(known), local("l1", "Oumar Mariko", ActorKind.PERSON, "Mr Oumar Mariko",
                "Oumar Mariko"));
        assertThat(linked.mentions().get(0).actorKey()).isEqualTo(known.id());
        assertThat(linked.actors().get(0).aliases()).contains("Mr Oumar Mariko");
    }

    @Test
    void an_organisation_name_spelt_differently_joins_the_known_one() {
        var linked = link(List.of(), local("l1", "National Movement for the Liberation of Azaouad",
                ActorKind.ARMED_GROUP));
        assertThat(linked.mentions().get(0).actorKey()).isEqualTo(TestDictionaries.MNLA);
        assertThat(linked.reasons()).anySatisfy(reason -> assertThat(reason.detail()).contains("azaouad/azawad"));
    }

    @Test
    void two_renderings_of_a_junta_name_join_through_their_shared_acronym() {
        Actor first = new Actor("actor-ncsp", "National Committee for the Salvation of the People",
                ActorKind.GOVERNMENT_BODY, null, null, null,
                List.of("National Committee for the Salvation of the People", "CNSP"), List.of(), false);
        var linked = link(List.of(first), local("l1", "National Council for the Salvation of the People",
                ActorKind.GOVERNMENT_BODY, "National Council for the Salvation of the People", "CNSP"));
        assertThat(linked.mentions().get(0).actorKey()).isEqualTo(first.id());
        assertThat(linked.reasons()).anySatisfy(reason -> assertThat(reason.rule()).isEqualTo("shared_acronym"));
    }

    @Test
    void an_unknown_actor_gets_a_new_stable_id() {
        var linked = link(List.of(), local("l1", "Oumar Mariko", ActorKind.PERSON));
        assertThat(linked.actors()).singleElement().satisfies(actor -> {
            assertThat(actor.id()).isEqualTo("actor-oumar-mariko");
            assertThat(actor.curated()).isFalse();
        });
        var again = link(List.of(new Actor("actor-oumar-mariko", "Someone Else", ActorKind.ORG, null, null, null,
                List.of("Someone Else"), List.of(), false)), local("l1", "Oumar Mariko", ActorKind.PERSON));
        assertThat(again.actors().get(0).id()).isEqualTo("actor-oumar-mariko-2");
    }

    @Test
    void an_ambiguous_name_joins_nobody() {
        Actor a = new Actor("a", "Ansar Group", ActorKind.ARMED_GROUP, null, null, null, List.of("Ansar"), List.of(),
                false);
        Actor b = new Actor("b", "Ansar Front", ActorKind.ARMED_GROUP, null, null, null, List.of("Ansar"), List.of(),
                false);
        var linked = link(List.of(a, b), local("l1", "Ansar", ActorKind.ARMED_GROUP));
        assertThat(linked.mentions().get(0).actorKey()).isNotIn("a", "b");
    }
}
