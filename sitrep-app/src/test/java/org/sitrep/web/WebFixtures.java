package org.sitrep.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.Store;

/**
 * An invented crisis in an invented country, for the API and browser tests: two reports about a mutiny in
 * "Velmora" (sentences written for these tests), and a third report whose text and metadata try to inject
 * script. Spans are computed from the text, so they point at the words they claim to.
 */
public final class WebFixtures {
    /** Invented towns of the invented Velmora, as the gazetteer would resolve them. */
    public static final Location PORT_ILVANE = new Location("Port Ilvane", "Port Ilvane", 9_100_000_001L, 14.2, -4.1,
            "Coast", "VLM", "PPLA", 4, null);
    public static final Location KESSALY = new Location("Kessaly", "Kessaly", 9_100_000_002L, 16.9, -1.3, "Dunes",
            "VLM", "PPL", 4, null);
    public static final Location VELMORA = new Location("Velmora", "Velmora", 9_100_000_000L, 15.5, -2.5, null, "VLM",
            "PCLI", 1, null);

    public static final String COUNCIL = "fx-council";
    public static final String COLONEL = "fx-colonel";
    public static final String BLOC = "fx-bloc";
    public static final String FRONT = "fx-front";

    public static final String MUTINY = "fx-evt-mutiny";
    public static final String SEIZURE = "fx-evt-seizure";
    public static final String SANCTION = "fx-evt-sanction";
    public static final String THREAT = "fx-evt-threat";
    public static final String UNDATED = "fx-evt-undated";
    public static final String PROBE_EVENT = "fx-evt-probe";

    /** Sentences of the first report; offsets and events refer to them. */
    static final List<String> DISPATCH = List.of(
            "Soldiers of the Northern Garrison mutinied in Port Ilvane on 4 June 2031.",
            "Colonel Anselm Varga said the Velmora Transitional Council now ran the country.",
            "Fighters of the Dune Front took control of Kessaly on 9 June 2031.",
            "The Coastal States Bloc imposed sanctions on the council on 12 June 2031.",
            "The Dune Front threatened to march on the capital.");
    static final List<String> ANALYSIS = List.of(
            "The mutiny in Port Ilvane surprised the council's neighbours.",
            "Colonel Varga has promised elections but set no date.",
            "Aid workers said the fighting near Kessaly had emptied three villages.");
    /** Report text that tries every trick of markup injection. */
    static final List<String> PROBE = List.of(
            "Rebels wrote <script>window.__sitrepInjected = true; alert('script')</script> on the wall in Kessaly.",
            "A leaflet showed <img src=x onerror=\"window.__sitrepInjected=true;alert('img')\"> and the council"
                    + " denied it on 20 June 2031.",
            "Readers were told to click <a href=\"javascript:window.__sitrepInjected=true;alert('link')\">here</a>"
                    + " for the Dune Front statement.");

    private WebFixtures() {
    }

    public static List<Actor> actors() {
        return List.of(
                new Actor(COUNCIL, "Velmora Transitional Council", ActorKind.GOVERNMENT_BODY, "VLM", "MIL", null,
                        List.of("Velmora Transitional Council", "the council"),
                        List.of(new Role("ruling body", "Velmora", LocalDate.of(2031, 6, 4), null)), true),
                new Actor(COLONEL, "Anselm Varga", ActorKind.PERSON, "VLM", "MIL", null,
                        List.of("Anselm Varga", "Colonel Anselm Varga", "Colonel Varga"),
                        List.of(new Role("head of the council", "Velmora Transitional Council",
                                LocalDate.of(2031, 6, 4), null)), false),
                new Actor(BLOC, "Coastal States Bloc", ActorKind.IGO, "IGO", "GOV", null,
                        List.of("Coastal States Bloc"), List.of(), true),
                new Actor(FRONT, "Dune Front", ActorKind.ARMED_GROUP, "VLM", "REB", null,
                        List.of("Dune Front"), List.of(), false));
    }

    /** Saves the three reports; returns their document ids in order (dispatch, analysis, probe). */
    public static List<String> fill(Store store) {
        DocumentRecord dispatch = dispatch();
        DocumentRecord analysis = analysis();
        DocumentRecord probe = probe();
        store.saveDocument(dispatch);
        store.saveDocument(analysis);
        store.saveDocument(probe);
        return List.of(dispatch.document().id(), analysis.document().id(), probe.document().id());
    }

    static DocumentRecord dispatch() {
        Text text = new Text(DISPATCH);
        String doc = text.docId();
        List<Event> events = List.of(
                new Event(MUTINY, CrisisClass.MUTINY, new PloverCoding("MOBILIZE", List.of(), List.of("military"), 4),
                        List.of(text.actor(0, "Soldiers of the Northern Garrison", null)), List.of(),
                        DateRange.day(LocalDate.of(2031, 6, 4)), "4 June 2031", PORT_ILVANE, EventSize.none(),
                        EventStatus.OCCURRED, 0.8, List.of(text.mention(0, "mutinied"))),
                new Event(SEIZURE, CrisisClass.SEIZE_TERRITORY, new PloverCoding("SEIZE", List.of(), List.of(), 4),
                        List.of(text.actor(2, "Dune Front", FRONT)), List.of(),
                        DateRange.day(LocalDate.of(2031, 6, 9)), "9 June 2031", KESSALY,
                        new EventSize(null, null, null, null, 200L), EventStatus.OCCURRED, 0.9,
                        List.of(text.mention(2, "took control of"))),
                new Event(SANCTION, CrisisClass.SANCTION, new PloverCoding("SANCTION", List.of(), List.of(), 3),
                        List.of(text.actor(3, "Coastal States Bloc", BLOC)), List.of(text.actor(3, "the council", COUNCIL)),
                        DateRange.day(LocalDate.of(2031, 6, 12)), "12 June 2031", VELMORA, EventSize.none(),
                        EventStatus.OCCURRED, 0.85, List.of(text.mention(3, "imposed sanctions"))),
                new Event(THREAT, CrisisClass.THREATEN, new PloverCoding("THREATEN", List.of(), List.of(), 3),
                        List.of(text.actor(4, "Dune Front", FRONT)), List.of(text.actor(4, "the capital", COUNCIL)),
                        new DateRange(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30), DatePrecision.MONTH), null,
                        null, EventSize.none(), EventStatus.THREATENED, 0.45, List.of(text.mention(4, "threatened"))));
        return new DocumentRecord(text.document("reports/velmora-dispatch.txt", "Mutiny in Port Ilvane",
                "Velmora Wire", LocalDate.of(2031, 6, 13), "https://example.org/velmora/dispatch"),
                text.sentences(),
                List.of(text.entity(0, "Port Ilvane", EntityType.LOCATION), text.entity(2, "Kessaly", EntityType.LOCATION),
                        text.entity(1, "Colonel Anselm Varga", EntityType.PERSON)),
                List.of(text.time(0, "4 June 2031", DateRange.day(LocalDate.of(2031, 6, 4))),
                        text.time(2, "9 June 2031", DateRange.day(LocalDate.of(2031, 6, 9))),
                        text.time(3, "12 June 2031", DateRange.day(LocalDate.of(2031, 6, 12)))),
                List.of(), actors(),
                List.of(text.actorMention(1, "Colonel Anselm Varga", COLONEL),
                        text.actorMention(1, "Velmora Transitional Council", COUNCIL),
                        text.actorMention(2, "Dune Front", FRONT),
                        text.actorMention(3, "Coastal States Bloc", BLOC),
                        text.actorMention(3, "the council", COUNCIL),
                        text.actorMention(4, "Dune Front", FRONT)),
                List.of(new MergeReason(COLONEL, "Colonel Anselm Varga", "title", "a title before the name", doc, 1)),
                List.of(), events, List.of());
    }

    static DocumentRecord analysis() {
        Text text = new Text(ANALYSIS);
        List<Event> events = List.of(new Event(UNDATED, CrisisClass.DISPLACEMENT, null,
                List.of(), List.of(text.actor(2, "three villages", null)), null, null, KESSALY, EventSize.none(),
                EventStatus.OCCURRED, 0.35, List.of(text.mention(2, "emptied"))));
        return new DocumentRecord(text.document("reports/velmora-analysis.txt", "After the mutiny", "Sahel Review",
                LocalDate.of(2031, 6, 20), null), text.sentences(),
                List.of(text.entity(0, "Port Ilvane", EntityType.LOCATION), text.entity(2, "Kessaly", EntityType.LOCATION)),
                List.of(), List.of(), actors(),
                List.of(text.actorMention(0, "council", COUNCIL), text.actorMention(1, "Colonel Varga", COLONEL)),
                List.of(), List.of(), events, List.of());
    }

    /** Script in the text, an onerror handler, a javascript: link, and a javascript: URL and title as metadata. */
    static DocumentRecord probe() {
        Text text = new Text(PROBE);
        List<Event> events = List.of(new Event(PROBE_EVENT, CrisisClass.CONDEMN, new PloverCoding("ACCUSE", List.of(),
                List.of(), 3), List.of(text.actor(1, "the council", COUNCIL)), List.of(), DateRange.day(LocalDate.of(2031, 6,
                20)), "20 June 2031", Location.asWritten("<img src=x onerror=alert('place')>"), EventSize.none(), EventStatus.NEGATED, 0.3,
                List.of(text.mention(1, "denied"))));
        return new DocumentRecord(text.document("reports/probe.html", "<script>alert('title')</script>Wall writing",
                "<b onmouseover=alert('publisher')>Probe Press</b>", LocalDate.of(2031, 6, 21),
                "javascript:window.__sitrepInjected=true;alert('url')"), text.sentences(),
                List.of(text.entity(0, "Kessaly", EntityType.LOCATION)),
                List.of(text.time(1, "20 June 2031", DateRange.day(LocalDate.of(2031, 6, 20)))), List.of(), actors(),
                List.of(text.actorMention(1, "the council", COUNCIL), text.actorMention(2, "Dune Front", FRONT)),
                List.of(), List.of(), events, List.of());
    }

    /** A report's text from its sentences, one per line, with spans found in it. */
    private static final class Text {
        private final List<String> lines;
        private final String body;
        private final List<Integer> starts = new ArrayList<>();

        Text(List<String> lines) {
            this.lines = lines;
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                starts.add(text.length());
                text.append(line).append('\n');
            }
            this.body = text.toString();
        }

        String sha() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(body.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String docId() {
            return Document.idFor(sha());
        }

        Document document(String path, String title, String publisher, LocalDate published, String url) {
            return new Document(docId(), path, sha(), "text/plain", new SourceInfo(title, publisher, null, published,
                    url, "en"), body, Instant.parse("2031-06-21T10:00:00Z"));
        }

        List<Sentence> sentences() {
            List<Sentence> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add(new Sentence(i, new Span(starts.get(i), starts.get(i) + lines.get(i).length()), lines.get(i)));
            }
            return out;
        }

        Span span(int sentence, String words) {
            int at = lines.get(sentence).indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in sentence " + sentence);
            }
            return new Span(starts.get(sentence) + at, starts.get(sentence) + at + words.length());
        }

        EventActor actor(int sentence, String words, String key) {
            return new EventActor(key, words, span(sentence, words));
        }

        EventMention mention(int sentence, String trigger) {
            span(sentence, trigger);
            return new EventMention(docId(), sentence, new Span(starts.get(sentence),
                    starts.get(sentence) + lines.get(sentence).length()), lines.get(sentence), trigger);
        }

        EntityMention entity(int sentence, String words, EntityType type) {
            return new EntityMention(sentence, span(sentence, words), words, type, "ner");
        }

        TimeMention time(int sentence, String words, DateRange range) {
            return new TimeMention(sentence, span(sentence, words), words, range.start().toString(), range);
        }

        ActorMention actorMention(int sentence, String words, String key) {
            return new ActorMention(sentence, span(sentence, words), words, key, "dictionary");
        }
    }
}
