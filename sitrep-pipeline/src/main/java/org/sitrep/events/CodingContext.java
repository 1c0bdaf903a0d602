package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * What the coder's units share while coding one document: the document, the rules, and its actors, places and
 * figures by sentence. Built once per document; not thread-safe.
 */
final class CodingContext {
    final AnalysedDocument document;
    final EventLexicon lexicon;
    final Words words;
    private final Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
    private final Map<Integer, List<PlaceMention>> placesBySentence = new HashMap<>();
    private final Map<Integer, List<PlaceMention>> demonymsBySentence = new HashMap<>();
    private final Map<Integer, List<Figure>> figuresBySentence = new HashMap<>();
    private final Map<String, ActorKind> kindByKey = new HashMap<>();
    private final Map<String, LocalActor> actorsByKey = new HashMap<>();

    CodingContext(AnalysedDocument document, EventLexicon lexicon) {
        this.document = document;
        this.lexicon = lexicon;
        this.words = lexicon.words();
        document.actorMentions().forEach(m -> actorsBySentence.computeIfAbsent(m.sentence(),
                k -> new ArrayList<>()).add(m));
        // A demonym ("Malian troops") points at a country but never says where something happened.
        document.places().stream().filter(p -> !p.demonym())
                .forEach(p -> placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p));
        document.places().stream().filter(PlaceMention::demonym)
                .forEach(p -> demonymsBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p));
        document.figures().forEach(f -> figuresBySentence.computeIfAbsent(f.sentence(),
                k -> new ArrayList<>()).add(f));
        for (LocalActor actor : document.localActors()) {
            kindByKey.put(actor.key(), actor.kind());
            actorsByKey.put(actor.key(), actor);
        }
    }

    List<ActorMention> actors(int sentence) {
        return actorsBySentence.getOrDefault(sentence, List.of());
    }

    List<PlaceMention> places(int sentence) {
        return placesBySentence.getOrDefault(sentence, List.of());
    }

    /** The adjectives of nationality of a sentence ("Malian"), with the country each names. */
    List<PlaceMention> demonyms(int sentence) {
        return demonymsBySentence.getOrDefault(sentence, List.of());
    }

    List<Figure> figures(int sentence) {
        return figuresBySentence.getOrDefault(sentence, List.of());
    }

    ActorKind kind(String actorKey) {
        return kindByKey.get(actorKey);
    }

    LocalActor actor(String actorKey) {
        return actorsByKey.get(actorKey);
    }

    String documentId() {
        return document.document().id();
    }

    java.time.LocalDate published() {
        return document.document().source().published();
    }
}
