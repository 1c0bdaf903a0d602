package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.nlp.NlpFixture;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

class ActorResolverIT {
    private static final PlaceNames PLACES = name -> List.of("kati", "gao", "kidal", "bamako").contains(name);
    private final DictionaryNameTagger tagger = new DictionaryNameTagger(TestDictionaries.small());
    private final ActorResolver resolver = new ActorResolver(TestDictionaries.small(), PLACES);

    private AnalysedDocument resolve(String text) {
        AnalysedDocument document = NlpFixture.annotate(text, LocalDate.of(2012, 4, 2));
        tagger.apply(document);
        resolver.apply(document);
        return document;
    }

    private static Optional<LocalActor> actorWithForm(AnalysedDocument document, String form) {
        return document.localActors().stream().filter(actor -> actor.surfaceForms().contains(form)).findFirst();
    }

    @Test
    void dictionary_names_override_the_tagger_and_places_never_become_people() {
        AnalysedDocument document = resolve("Mutinous soldiers left Kati for Bamako. The MNLA entered Gao.");
        assertThat(document.localActors()).extracting(LocalActor::name)
                .doesNotContain("Kati", "Gao", "Bamako");
        assertThat(document.entities()).filteredOn(e -> e.text().equals("Kati")).extracting(EntityMention::type)
                .containsOnly(EntityType.LOCATION);
        assertThat(document.entities()).filteredOn(e -> e.text().equals("MNLA"))
                .extracting(EntityMention::source).containsOnly("dictionary");
        assertThat(keyOf(document, "MNLA")).isEqualTo("dict:" + TestDictionaries.MNLA);
    }

    @Test
    void a_name_defined_by_a_known_acronym_joins_that_actor() {
        AnalysedDocument document = resolve("Columns from National Movement for the Liberation of "
                + "Azaouad (MNLA) units advanced north.");
        LocalActor mnla = actorWithForm(document, "MNLA").orElseThrow();
        assertThat(mnla.surfaceForms()).contains("National Movement for the Liberation of Azaouad");
        assertThat(mnla.reasons()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("acronym_definition"));
    }

    @Test
    void an_unknown_acronym_defined_in_parentheses_joins_its_long_name() {
        AnalysedDocument document = resolve("The Patriotic Front for Renewal (PFR) rejected the plan on Monday. "
                + "Two days later the PFR joined the talks.");
        LocalActor front = actorWithForm(document, "Patriotic Front for Renewal").orElseThrow();
        assertThat(front.surfaceForms()).contains("PFR");
        assertThat(document.actorMentions()).filteredOn(m -> m.actorKey().equals(front.key())).hasSize(3);
    }

    @Test
    void an_acronym_spelling_the_initials_of_a_name_in_the_document_joins_it() {
        AnalysedDocument document = resolve("Officers formed a National Committee for the Salvation of the "
                + "People on Tuesday. A spokesman for the NCSP read a statement.");
        LocalActor committee = actorWithForm(document, "National Committee for the Salvation of the People")
                .orElseThrow();
        assertThat(committee.surfaceForms()).contains("NCSP");
        assertThat(committee.kind()).isEqualTo(ActorKind.GOVERNMENT_BODY);
    }

    @Test
    void surnames_and_titled_surnames_join_the_full_name() {
        AnalysedDocument document = resolve("Captain Ibrahim Kone led the unit into the capital. Kone later said "
                + "the unit would stay. Witnesses saw Captain Kone at the radio station.");
        LocalActor kone = actorWithForm(document, "Captain Ibrahim Kone").orElseThrow();
        assertThat(kone.name()).isEqualTo("Ibrahim Kone");
        assertThat(document.actorMentions()).filteredOn(m -> m.actorKey().equals(kone.key())).hasSize(3);
        assertThat(kone.reasons()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("surname"));
    }

    @Test
    void a_shared_surname_goes_to_the_person_named_most_recently() {
        AnalysedDocument document = resolve("Moussa Traoré ruled the country until 1991. In April, Dioncounda "
                + "Traoré was sworn in as interim president. Traoré promised elections within forty days.");
        String moussa = keyOf(document, "Moussa Traoré");
        String dioncounda = keyOf(document, "Dioncounda Traoré");
        assertThat(moussa).isNotEqualTo(dioncounda);
        assertThat(document.actorMentions()).filteredOn(m -> m.text().equals("Traoré"))
                .extracting(ActorMention::actorKey).containsExactly(dioncounda);
    }

    @Test
    void a_generic_nominal_refers_to_the_actor_with_its_tag_named_last() {
        AnalysedDocument document = resolve("The CNRDRE announced that it had taken power. The junta then "
                + "suspended the constitution.");
        assertThat(keyOf(document, "The junta")).isEqualTo("dict:" + TestDictionaries.JUNTA);
    }

    @Test
    void a_nominal_with_nothing_to_refer_to_is_left_alone() {
        AnalysedDocument document = resolve("The junta suspended the constitution.");
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("The junta");
    }

    @Test
    void country_names_are_state_actors() {
        AnalysedDocument document = resolve("France and Senegal condemned the coup in Mali.");
        assertThat(keyOf(document, "Mali")).isEqualTo("dict:" + TestDictionaries.MALI);
        assertThat(keyOf(document, "France")).isEqualTo("state:FRA");
        assertThat(document.localActors()).filteredOn(a -> a.key().equals("state:FRA"))
                .extracting(LocalActor::kind).containsExactly(ActorKind.STATE);
    }
}
