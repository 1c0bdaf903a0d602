package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * Names of actors the tagger read as places, on tokens and tags given by hand (the bundled gazetteer, no tagger):
 * a given name of someone named in full, and a word inside an actor's description.
 */
class PlaceRecogniserActorNamesTest {
    private static final PlaceRecogniser RECOGNISER = new PlaceRecogniser(GeoNamesGazetteer.bundled());

    private static Token token(int index, int start, String word, String pos) {
        return new Token(index, new Span(start, start + word.length()), word, word, pos, "O", -1, "dep");
    }

    /** One sentence of the given words, separated by single spaces. */
    private static AnalysedDocument document(String text, List<LocalActor> actors, List<ActorMention> mentions,
                                             List<EntityMention> entities, String... tags) {
        String[] words = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(token(i, offset, words[i], tags[i]));
            offset += words[i].length() + 1;
        }
        AnalysedDocument document = new AnalysedDocument(new Document("doc-hand", "hand.txt", "ab".repeat(32),
                "text/plain", new SourceInfo(null, null, null, null, null, null), text, Instant.EPOCH));
        document.setSentences(List.of(new Sentence(0, new Span(0, text.length()), text)), List.of(tokens));
        document.setActors(actors, mentions);
        document.setEntities(entities);
        return document;
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static LocalActor person(String key, String name, String... forms) {
        return new LocalActor(key, name, ActorKind.PERSON, null, List.of(forms), List.of(), Set.of(), List.of());
    }

    @Test
    void a_given_name_of_someone_named_in_full_is_no_place_but_an_actors_whole_name_may_be() {
        String text = "Zorvath Quellbrin met Ostravel and Zorvath marched";
        LocalActor zorvath = person("person:zq", "Zorvath Quellbrin", "Zorvath Quellbrin");
        LocalActor ostravel = new LocalActor("org:ostravel", "Ostravel", ActorKind.ARMED_GROUP, null,
                List.of("Ostravel"), List.of(), Set.of(), List.of());
        AnalysedDocument document = document(text, List.of(zorvath, ostravel),
                List.of(new ActorMention(0, span(text, "Zorvath Quellbrin"), "Zorvath Quellbrin", "person:zq", "ner")),
                List.of(new EntityMention(0, span(text, "Zorvath Quellbrin"), "Zorvath Quellbrin", EntityType.PERSON,
                                "ner"),
                        new EntityMention(0, span(text, "Ostravel"), "Ostravel", EntityType.LOCATION, "ner"),
                        new EntityMention(0, new Span(text.lastIndexOf("Zorvath"), text.lastIndexOf("Zorvath") + 7),
                                "Zorvath", EntityType.LOCATION, "ner")),
                "NNP", "NNP", "VBD", "NNP", "CC", "NNP", "VBD");
        RECOGNISER.apply(document);
        assertThat(document.places()).extracting(PlaceMention::text).containsExactly("Ostravel");
    }

    @Test
    void a_foreign_town_inside_an_actors_description_is_no_place_but_the_same_name_outside_it_is() {
        String text = "the President of the Republic met soldiers at Republic";
        LocalActor president = person("person:p", "President", "the President of the Republic");
        AnalysedDocument document = document(text, List.of(president),
                List.of(new ActorMention(0, span(text, "the President of the Republic"),
                        "the President of the Republic", "person:p", "dictionary")),
                List.of(new EntityMention(0, new Span(text.indexOf("Republic"), text.indexOf("Republic") + 8), "Republic",
                                EntityType.LOCATION, "ner"),
                        new EntityMention(0, new Span(text.lastIndexOf("Republic"), text.length()), "Republic",
                                EntityType.LOCATION, "ner")),
                "DT", "NNP", "IN", "DT", "NNP", "VBD", "NNS", "IN", "NNP");
        RECOGNISER.apply(document);
        assertThat(document.places()).extracting(p -> p.span().start()).containsExactly(text.lastIndexOf("Republic"));
    }
}
