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
 *
 * <p>A document made with {@link #recording} also notes which layers are read and written through it, so a test
 * can hold each stage to the layers it declares (as CoreNLP's {@code RequirementsCorrectSlowITest} does).
 * {@link #document()} counts as reading {@link Layer#METADATA} and {@link #text()} as reading {@link Layer#TEXT}.
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
    private final List<DictionaryName> dictionaryNames = new ArrayList<>();

    /** Layers read and written since the last {@link #forgetAccess()}; null unless recording. */
    private final Set<Layer> read;
    private final Set<Layer> written;

    public AnalysedDocument(Document document) {
        this(document, false);
    }

    private AnalysedDocument(Document document, boolean recording) {
        this.document = document;
        this.read = recording ? EnumSet.noneOf(Layer.class) : null;
        this.written = recording ? EnumSet.noneOf(Layer.class) : null;
    }

    /** A document that records the layers read and written through it: for the stage contract test. */
    public static AnalysedDocument recording(Document document) {
        return new AnalysedDocument(document, true);
    }

    /** Layers read since the last {@link #forgetAccess()}; empty unless {@link #recording}. */
    public Set<Layer> layersRead() {
        return read == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(read));
    }

    /** Layers written since the last {@link #forgetAccess()}; empty unless {@link #recording}. */
    public Set<Layer> layersWritten() {
        return written == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(written));
    }

    public void forgetAccess() {
        if (read != null) {
            read.clear();
            written.clear();
        }
    }

    private void reads(Layer layer) {
        if (read != null) {
            read.add(layer);
        }
    }

    private void writes(Layer layer) {
        if (written != null) {
            written.add(layer);
        }
    }

    public Document document() {
        reads(Layer.METADATA);
        return document;
    }

    public String text() {
        reads(Layer.TEXT);
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
        writes(Layer.SENTENCES);
        writes(Layer.TOKENS);
        if (newSentences.size() != sentenceTokens.size()) {
            throw new IllegalArgumentException("one token list per sentence expected");
        }
        sentences.clear();
        sentences.addAll(newSentences);
        tokens.clear();
        sentenceTokens.forEach(list -> tokens.add(List.copyOf(list)));
    }

    public List<Sentence> sentences() {
        reads(Layer.SENTENCES);
        return Collections.unmodifiableList(sentences);
    }

    public List<Token> tokens(int sentence) {
        reads(Layer.TOKENS);
        return tokens.get(sentence);
    }

    /** Replaces the tokens of one sentence, for stages that retag them (dictionary NER over statistical NER). */
    public void replaceTokens(int sentence, List<Token> newTokens) {
        writes(Layer.TOKENS);
        tokens.set(sentence, List.copyOf(newTokens));
    }

    public List<EntityMention> entities() {
        reads(Layer.ENTITY_MENTIONS);
        return Collections.unmodifiableList(entities);
    }

    public void setEntities(List<EntityMention> newEntities) {
        writes(Layer.ENTITY_MENTIONS);
        entities.clear();
        entities.addAll(newEntities);
    }

    public List<TimeMention> times() {
        reads(Layer.TIMEX);
        return Collections.unmodifiableList(times);
    }

    public void addTimes(List<TimeMention> newTimes) {
        writes(Layer.TIMEX);
        times.addAll(newTimes);
    }

    public List<Figure> figures() {
        reads(Layer.FIGURES);
        return Collections.unmodifiableList(figures);
    }

    public void addFigures(List<Figure> newFigures) {
        writes(Layer.FIGURES);
        figures.addAll(newFigures);
    }

    /** The actor dictionary's names in the sentences, in sentence order, then in the order they were found. */
    public List<DictionaryName> dictionaryNames() {
        reads(Layer.DICTIONARY_NAMES);
        return Collections.unmodifiableList(dictionaryNames);
    }

    public void setDictionaryNames(List<DictionaryName> names) {
        writes(Layer.DICTIONARY_NAMES);
        dictionaryNames.clear();
        dictionaryNames.addAll(names);
    }

    public List<ActorMention> actorMentions() {
        reads(Layer.ACTORS);
        return Collections.unmodifiableList(actorMentions);
    }

    public List<LocalActor> localActors() {
        reads(Layer.ACTORS);
        return Collections.unmodifiableList(localActors);
    }

    /** Sets the actors this document names and the mentions that point at them (by {@link LocalActor#key()}). */
    public void setActors(List<LocalActor> actors, List<ActorMention> mentions) {
        writes(Layer.ACTORS);
        localActors.clear();
        localActors.addAll(actors);
        actorMentions.clear();
        actorMentions.addAll(mentions);
    }

    /** Places the sentences name, in text order, resolved on the gazetteer where it knew them. */
    public List<PlaceMention> places() {
        reads(Layer.PLACES);
        return Collections.unmodifiableList(places);
    }

    public void setPlaces(List<PlaceMention> newPlaces) {
        writes(Layer.PLACES);
        places.clear();
        places.addAll(newPlaces);
    }

    /** Events this document reports; their actors' keys are the document-local actor keys. */
    public List<Event> events() {
        reads(Layer.EVENTS);
        return Collections.unmodifiableList(events);
    }

    public void setEvents(List<Event> newEvents) {
        writes(Layer.EVENTS);
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
