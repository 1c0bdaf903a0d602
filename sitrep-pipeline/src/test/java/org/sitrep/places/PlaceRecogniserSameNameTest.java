package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.AnalysedDocument;

/** One name, one sense: the recogniser on tokens and tags given by hand (the bundled gazetteer, no tagger). */
class PlaceRecogniserSameNameTest {
    private static final PlaceRecogniser RECOGNISER = new PlaceRecogniser(GeoNamesGazetteer.bundled());

    /** Two sentences of three words each: "Fighting reached Mopti" and "Mopti mourned Kanta". */
    private static AnalysedDocument document(EntityType firstMopti, EntityType secondMopti) {
        String text = "Fighting reached Mopti. Mopti mourned Kanta.";
        List<Token> first = List.of(new Token(0, new Span(0, 8), "Fighting", "fighting", "NN", "O", 1, "nsubj"),
                new Token(1, new Span(9, 16), "reached", "reach", "VBD", "O", -1, "root"),
                new Token(2, new Span(17, 22), "Mopti", "Mopti", "NNP", "O", 1, "obj"),
                new Token(3, new Span(22, 23), ".", ".", ".", "O", 1, "punct"));
        List<Token> second = List.of(new Token(0, new Span(24, 29), "Mopti", "Mopti", "NNP", "O", 1, "nsubj"),
                new Token(1, new Span(30, 37), "mourned", "mourn", "VBD", "O", -1, "root"),
                new Token(2, new Span(38, 43), "Kanta", "Kanta", "NNP", "O", 1, "obj"),
                new Token(3, new Span(43, 44), ".", ".", ".", "O", 1, "punct"));
        AnalysedDocument document = new AnalysedDocument(new Document("doc-hand", "hand.txt", "ab".repeat(32),
                "text/plain", new SourceInfo(null, null, null, null, null, null), text, Instant.EPOCH));
        document.setSentences(List.of(new Sentence(0, new Span(0, 23), text.substring(0, 23)),
                new Sentence(1, new Span(24, 44), text.substring(24))), List.of(first, second));
        document.setActors(List.of(), List.of());
        List<EntityMention> entities = new ArrayList<>();
        entities.add(new EntityMention(0, new Span(17, 22), "Mopti", firstMopti, "ner"));
        entities.add(new EntityMention(1, new Span(24, 29), "Mopti", secondMopti, "ner"));
        entities.add(new EntityMention(1, new Span(38, 43), "Kanta", EntityType.PERSON, "ner"));
        document.setEntities(entities);
        return document;
    }

    private static List<String> placesOf(AnalysedDocument document, int sentence) {
        return document.places().stream().filter(p -> p.sentence() == sentence).map(PlaceMention::text).toList();
    }

    @Test
    void a_name_tagged_a_person_is_the_place_the_report_names_it_as_elsewhere() {
        AnalysedDocument document = document(EntityType.LOCATION, EntityType.PERSON);
        RECOGNISER.apply(document);
        assertThat(placesOf(document, 1)).containsExactly("Mopti");
        assertThat(document.places().get(1).location().countryIso3()).isEqualTo("MLI");
    }

    @Test
    void a_name_never_tagged_a_place_stays_a_person() {
        AnalysedDocument document = document(EntityType.PERSON, EntityType.PERSON);
        RECOGNISER.apply(document);
        assertThat(document.places()).isEmpty();
    }
}
