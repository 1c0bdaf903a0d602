package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.TimeMention;

/**
 * A document on its way through the pipeline: the layers stages have added so far. Not thread-safe: one
 * thread works on a document at a time.
 */
public final class AnalysedDocument {
    private final Document document;
    private final Set<Layer> layers = EnumSet.of(Layer.TEXT, Layer.METADATA);
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<ActorMention> actorMentions = new ArrayList<>();
    private final List<LocalActor> localActors = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();

    public AnalysedDocument(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public Set<Layer> layers() {
        return Collections.unmodifiableSet(layers);
    }

    void markProvided(Set<Layer> provided) {
        layers.addAll(provided);
    }

    /** Sets the sentences and their tokens together; {@code sentenceTokens.get(i)} belongs to sentence i. */
    public void setSentences(List<Sentence> newSentences, List<List<Token>> sentenceTokens) {
        if (newSentences.size() != sentenceTokens.size()) {
            throw new IllegalArgumentException("one token list per sentence expected");
        }
        sentences.clear();
        sentences.addAll(newSentences);
        tokens.clear();
        sentenceTokens.forEach(list -> tokens.add(List.copyOf(list)));
    }

    public List<Sentence> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    public List<Token> tokens(int sentence) {
        return tokens.get(sentence);
    }

    /** Replaces the tokens of one sentence, for stages that retag them (dictionary NER over statistical NER). */
    public void replaceTokens(int sentence, List<Token> newTokens) {
        tokens.set(sentence, List.copyOf(newTokens));
    }

    public List<EntityMention> entities() {
        return Collections.unmodifiableList(entities);
    }

    public void setEntities(List<EntityMention> newEntities) {
        entities.clear();
        entities.addAll(newEntities);
    }

    public List<TimeMention> times() {
        return Collections.unmodifiableList(times);
    }

    public void addTimes(List<TimeMention> newTimes) {
        times.addAll(newTimes);
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    public void addFigures(List<Figure> newFigures) {
        figures.addAll(newFigures);
    }

    public List<ActorMention> actorMentions() {
        return Collections.unmodifiableList(actorMentions);
    }

    public List<LocalActor> localActors() {
        return Collections.unmodifiableList(localActors);
    }

    /** Sets the actors this document names and the mentions that point at them (by {@link LocalActor#key()}). */
    public void setActors(List<LocalActor> actors, List<ActorMention> mentions) {
        localActors.clear();
        localActors.addAll(actors);
        actorMentions.clear();
        actorMentions.addAll(mentions);
    }

    /** Places the sentences name, in text order, resolved on the gazetteer where it knew them. */
    public List<PlaceMention> places() {
        return Collections.unmodifiableList(places);
    }

    public void setPlaces(List<PlaceMention> newPlaces) {
        places.clear();
        places.addAll(newPlaces);
    }

    /** Events this document reports; their actors' keys are the document-local actor keys. */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    public void setEvents(List<Event> newEvents) {
        events.clear();
        events.addAll(newEvents);
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public void addIssue(Issue issue) {
        issues.add(issue);
    }
}
