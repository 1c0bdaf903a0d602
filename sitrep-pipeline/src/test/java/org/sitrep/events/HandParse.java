package org.sitrep.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * A document built by hand for the coder's unit tests: sentences written as their words, each word's lemma, tag,
 * head and relation given the way a parser would, and actors, places and dates placed on words. No model is loaded.
 * <pre>
 * new HandParse().sentence("Rebels seized the town",
 *         "rebel NNS 1 nsubj", "seize VBD -1 root", "the DT 3 det", "town NN 1 obj")
 * </pre>
 */
final class HandParse {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<LocalActor> actors = new ArrayList<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private LocalDate published;
    private boolean newParagraph;

    /** A sentence: its words separated by single spaces, and for each word "lemma TAG head relation [NER]". */
    HandParse sentence(String words, String... parses) {
        String[] split = words.split(" ");
        if (split.length != parses.length) {
            throw new IllegalArgumentException(split.length + " words but " + parses.length + " parses");
        }
        if (!text.isEmpty()) {
            text.append(newParagraph ? "\n\n" : " ");
        }
        newParagraph = false;
        int start = text.length();
        List<Token> sentence = new ArrayList<>();
        int offset = start;
        for (int i = 0; i < split.length; i++) {
            String[] p = parses[i].split(" ");
            sentence.add(new Token(i, new Span(offset, offset + split[i].length()), split[i], p[0], p[1],
                    p.length > 4 ? p[4] : "O", Integer.parseInt(p[2]), p[3]));
            offset += split[i].length() + 1;
        }
        text.append(words);
        sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), words));
        tokens.add(sentence);
        return this;
    }

    HandParse published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** An actor of the dictionary named by {@code surface} in the last sentence. */
    HandParse actor(String surface, String key, ActorKind kind, String... tags) {
        Span span = span(surface);
        if (actors.stream().noneMatch(a -> a.key().equals(key))) {
            actors.add(new LocalActor(key, surface, kind, key, List.of(surface), List.of(), Set.of(tags), List.of()));
        }
        mentions.add(new ActorMention(sentences.size() - 1, span, surface, key, "dictionary"));
        return this;
    }

    /** A town named by {@code surface} in the last sentence. */
    HandParse town(String surface, long geonameId) {
        places.add(new PlaceMention(sentences.size() - 1, span(surface), new Location(surface, surface, geonameId,
                1.0, 1.0, null, "XXX", "PPL", Location.TOWN, null), false, "gazetteer", null));
        return this;
    }

    /** An adjective of nationality {@code surface} of the last sentence, naming the country {@code name}. */
    HandParse demonym(String surface, String name, String iso3) {
        places.add(new PlaceMention(sentences.size() - 1, span(surface), new Location(surface, name, 1L, 1.0, 1.0,
                null, iso3, "PCLI", Location.COUNTRY, null), true, "gazetteer", null));
        return this;
    }

    /** The next sentence opens a new paragraph (a line of its own when the one after opens another). */
    HandParse paragraph() {
        newParagraph = true;
        return this;
    }

    /** A place named by {@code surface} in the last sentence, as the place recogniser would have resolved it. */
    HandParse place(String surface, Location location) {
        places.add(new PlaceMention(sentences.size() - 1, span(surface), location, false, "gazetteer", null));
        return this;
    }

    /** A name {@code surface} of the last sentence that the tagger called a place and the gazetteer does not know. */
    HandParse named(String surface) {
        places.add(new PlaceMention(sentences.size() - 1, span(surface), Location.asWritten(surface), false, "ner",
                null));
        return this;
    }

    /** A date expression {@code surface} of the last sentence, resolved to one day. */
    HandParse day(String surface, LocalDate day) {
        times.add(new TimeMention(sentences.size() - 1, span(surface), surface, day.toString(), DateRange.day(day)));
        return this;
    }

    /** A time expression {@code surface} of the last sentence that resolves to no date ("weekly", "recent months"). */
    HandParse unresolved(String surface, String timex) {
        times.add(new TimeMention(sentences.size() - 1, span(surface), surface, timex, null));
        return this;
    }

    AnalysedDocument build() {
        AnalysedDocument document = new AnalysedDocument(new Document("doc-hand", "hand.txt", "ab".repeat(32),
                "text/plain", new SourceInfo(null, null, null, published, null, null), text.toString(),
                Instant.EPOCH));
        document.setSentences(sentences, tokens);
        document.setActors(actors, mentions);
        document.setPlaces(places);
        document.addTimes(times);
        return document;
    }

    Parse parse(int sentence) {
        return new Parse(tokens.get(sentence));
    }

    private Span span(String surface) {
        Sentence last = sentences.get(sentences.size() - 1);
        int at = text.indexOf(surface, last.span().start());
        if (at < 0 || at >= last.span().end()) {
            throw new IllegalArgumentException("'" + surface + "' is not in the last sentence");
        }
        return new Span(at, at + surface.length());
    }
}
