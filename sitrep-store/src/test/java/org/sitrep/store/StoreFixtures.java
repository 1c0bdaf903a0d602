package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Issue;
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
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;

/**
 * Invented but realistic store content for tests: three actors and a three-sentence report on a clash that
 * never happened, plus a {@link Builder} for variations. Spans are computed from the text, so they always
 * point at the words they claim to.
 */
public final class StoreFixtures {
    /** Curated: from the actor dictionary, kept when no document names it. */
    public static final String COUNCIL_ID = "mli-transitional-council";
    /** Discovered in reports; deleted once no stored document names him. */
    public static final String SPOKESMAN_ID = "actor-amadou-toure";
    /** Discovered in reports; deleted once no stored document names it. */
    public static final String FRONT_ID = "actor-sahel-liberation-front";

    public static final String REPORT_PATH = "reports/gao-clash.txt";
    public static final LocalDate REPORT_PUBLISHED = LocalDate.of(2024, 3, 14);
    /** Nanoseconds included, to show instants come back exactly. */
    public static final Instant REPORT_INGESTED_AT = Instant.parse("2024-03-15T08:30:12.123456789Z");

    public static final String EVENT_REPORT_PATH = "reports/menaka-events.txt";
    /** The front takes Ménaka: source the front (a store actor), target a militia no actor stands for. */
    public static final String SEIZURE_ID = "evt-menaka-seizure";
    /** People flee in March 2024 (a month, not a day), with a size and no PLOVER category. */
    public static final String DISPLACEMENT_ID = "evt-menaka-displacement";
    /** An election announced without a date: planned, undated, placeless, no PLOVER coding at all. */
    public static final String ELECTION_ID = "evt-election-announced";

    /** Ménaka the town, as the gazetteer resolves it (the coordinates are rounded; any would do). */
    public static final Location MENAKA = new Location("Ménaka", "Ménaka", 2454268L, 15.92, 2.40, "Ménaka", "MLI",
            "PPLA", 4, null);
    /** The region of the same name: no point is drawn for it. */
    public static final Location MENAKA_REGION = new Location("the Ménaka region", "Ménaka", 9_000_000_001L, null,
            null, "Ménaka", "MLI", "ADM1", 2, null);

    private StoreFixtures() {
    }

    /** The standard event report at {@link #EVENT_REPORT_PATH}. */
    public static DocumentRecord eventReport() {
        return eventReportBuilder(EVENT_REPORT_PATH).build();
    }

    /**
     * Three sentences, three events: {@link #SEIZURE_ID}, {@link #DISPLACEMENT_ID} and {@link #ELECTION_ID}.
     * The front is named only as an event's source, never by an actor mention, so only the event keeps it in
     * the store. Listed in the order the report tells them, not in date order.
     */
    public static Builder eventReportBuilder(String path) {
        return document(path)
                .source(new SourceInfo("Front takes Ménaka", "Sahel Monitor", null, LocalDate.of(2024, 4, 3),
                        null, "en"))
                .sentence("Fighters of the Sahel Liberation Front took control of Ménaka on 2 April 2024, "
                        + "driving out the town's militia.")
                .sentence("Aid agencies said about 5,000 people had been displaced from the Ménaka region in "
                        + "March 2024.")
                .sentence("The Transitional Council announced that an election would be held, without giving "
                        + "a date (source file " + path + ").")
                .actor(front())
                .actor(council())
                .mention(2, "Transitional Council", COUNCIL_ID, "dictionary")
                .place(0, "Ménaka", MENAKA, "town in focus country MLI")
                .place(1, "the Ménaka region", MENAKA_REGION, "text says region")
                .event(text -> new Event(SEIZURE_ID, CrisisClass.SEIZE_TERRITORY,
                        new PloverCoding("SEIZE", List.of("territory"), List.of("military", "territory"), 4),
                        List.of(text.actor(0, "Sahel Liberation Front", FRONT_ID)),
                        List.of(text.actor(0, "the town's militia", null)),
                        DateRange.day(LocalDate.of(2024, 4, 2)), "2 April 2024", MENAKA, null,
                        EventStatus.OCCURRED, 0.75, List.of(text.mention(0, "took control of"))))
                .event(text -> new Event(DISPLACEMENT_ID, CrisisClass.DISPLACEMENT,
                        new PloverCoding(null, List.of(), List.of(), 0),
                        List.of(),
                        List.of(text.actor(1, "about 5,000 people", null)),
                        new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), DatePrecision.MONTH),
                        "March 2024", MENAKA_REGION, new EventSize(null, null, null, 5000L, null),
                        EventStatus.OCCURRED, 0.5, List.of(text.mention(1, "displaced"))))
                .event(text -> new Event(ELECTION_ID, CrisisClass.ELECTION, null,
                        List.of(text.actor(2, "Transitional Council", COUNCIL_ID)),
                        List.of(), null, null, null, EventSize.none(), EventStatus.PLANNED, 1.0 / 3,
                        List.of(text.mention(2, "election"))));
    }

    public static Actor council() {
        return new Actor(COUNCIL_ID, "Transitional Council", ActorKind.GOVERNMENT_BODY, "MLI", "GOV", "Q00000001",
                List.of("Transitional Council", "the council", "CNT"), List.of(), true);
    }

    public static Actor spokesman() {
        return new Actor(SPOKESMAN_ID, "Amadou Touré", ActorKind.PERSON, "MLI", "GOV", null,
                List.of("Amadou Touré", "Touré"),
                List.of(new Role("spokesman", "Transitional Council", LocalDate.of(2023, 6, 1), null),
                        new Role("governor", "Gao Region", LocalDate.of(2019, 1, 15), LocalDate.of(2022, 12, 31))),
                false);
    }

    public static Actor front() {
        return new Actor(FRONT_ID, "Sahel Liberation Front", ActorKind.ARMED_GROUP, "MLI", "REB", null,
                List.of("Sahel Liberation Front", "SLF"), List.of(), false);
    }

    /** The standard report at {@link #REPORT_PATH}. */
    public static DocumentRecord report() {
        return report(REPORT_PATH);
    }

    /**
     * Three sentences naming all three actors, with entities, dates (one without a calendar range), figures,
     * dictionary and document merge reasons and an issue. The text depends on {@code path}, so reports at
     * different paths have different hashes and ids.
     */
    public static DocumentRecord report(String path) {
        return reportBuilder(path).build();
    }

    /** The builder behind {@link #report(String)}, for tests that add to it. */
    public static Builder reportBuilder(String path) {
        return document(path)
                .source(new SourceInfo("Clashes near Gao", "Sahel Monitor", "Field desk", REPORT_PUBLISHED,
                        "https://example.org/sahel/" + path, "en"))
                .ingestedAt(REPORT_INGESTED_AT)
                .sentence("The Transitional Council in Bamako said on 12 March 2024 that at least 40 soldiers "
                        + "were killed near Gao.")
                .sentence("Council spokesman Amadou Touré blamed the Sahel Liberation Front for the attack.")
                .sentence("Touré said almost 2,000 civilians had fled towards Mopti in recent weeks "
                        + "(source file " + path + ").")
                .actor(council())
                .actor(spokesman())
                .actor(front())
                .entity(0, "Bamako", EntityType.LOCATION, "ner")
                .entity(0, "Gao", EntityType.LOCATION, "ner")
                .entity(1, "Amadou Touré", EntityType.PERSON, "ner")
                .entity(1, "Sahel Liberation Front", EntityType.ORGANIZATION, "dictionary")
                .entity(2, "Mopti", EntityType.LOCATION, "ner")
                .time(0, "12 March 2024", "2024-03-12", DateRange.day(LocalDate.of(2024, 3, 12)))
                .time(2, "in recent weeks", "PAST_REF", null)
                .figure(0, "at least 40 soldiers", 40, Qualifier.AT_LEAST, "soldiers", FigureKind.DEAD)
                .figure(2, "almost 2,000 civilians", 2000, Qualifier.APPROX_BELOW, "civilians",
                        FigureKind.DISPLACED)
                .mention(0, "Transitional Council", COUNCIL_ID, "dictionary")
                .mention(1, "Council", COUNCIL_ID, "nominal")
                .mention(1, "Amadou Touré", SPOKESMAN_ID, "ner")
                .mention(1, "Sahel Liberation Front", FRONT_ID, "ner")
                .mention(2, "Touré", SPOKESMAN_ID, "surname")
                .dictionaryReason(COUNCIL_ID, "CNT", "dictionary_alias", "alias in the actor dictionary")
                .reason(SPOKESMAN_ID, "Touré", "surname", "surname of Amadou Touré (sentence 1)", 2)
                .reason(FRONT_ID, "Sahel Liberation Front", "ner_new_actor", "new organisation", 1)
                .issue("meta_no_author", "ingest", "the file had no author metadata; the byline was used");
    }

    /** An empty document at {@code path}; add sentences and layers, then {@link Builder#build()}. */
    public static Builder document(String path) {
        return new Builder(path);
    }

    /** The hex SHA-256 of {@code text} in UTF-8, as ingest computes it over a file's bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Builds a {@link DocumentRecord} from sentences and layers addressed by sentence index and surface text.
     * Sentences are joined with one space; each layer's span is the first occurrence of its surface text in
     * its sentence. Not thread-safe.
     */
    public static final class Builder {
        private final String path;
        private final List<String> sentenceTexts = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final List<Function<Layout, EntityMention>> entities = new ArrayList<>();
        private final List<Function<Layout, TimeMention>> times = new ArrayList<>();
        private final List<Function<Layout, Figure>> figures = new ArrayList<>();
        private final List<Function<Layout, ActorMention>> mentions = new ArrayList<>();
        private final List<Function<String, MergeReason>> reasons = new ArrayList<>();
        private final List<Issue> issues = new ArrayList<>();
        private final List<Function<EventText, Event>> events = new ArrayList<>();
        private final List<Function<Layout, PlaceMention>> places = new ArrayList<>();
        private SourceInfo source = SourceInfo.empty();
        private Instant ingestedAt = REPORT_INGESTED_AT;
        private String mediaType = "text/plain";

        private Builder(String path) {
            this.path = path;
        }

        public Builder source(SourceInfo newSource) {
            this.source = newSource;
            return this;
        }

        public Builder title(String title) {
            return source(new SourceInfo(title, source.publisher(), source.author(), source.published(),
                    source.url(), source.language()));
        }

        public Builder published(LocalDate published) {
            return source(new SourceInfo(source.title(), source.publisher(), source.author(), published,
                    source.url(), source.language()));
        }

        public Builder ingestedAt(Instant instant) {
            this.ingestedAt = instant;
            return this;
        }

        public Builder mediaType(String type) {
            this.mediaType = type;
            return this;
        }

        public Builder sentence(String text) {
            sentenceTexts.add(text);
            return this;
        }

        public Builder actor(Actor actor) {
            actors.add(actor);
            return this;
        }

        public Builder entity(int sentence, String surface, EntityType type, String source) {
            entities.add(layout -> new EntityMention(sentence, layout.find(sentence, surface), surface, type, source));
            return this;
        }

        public Builder time(int sentence, String surface, String timex, DateRange range) {
            times.add(layout -> new TimeMention(sentence, layout.find(sentence, surface), surface, timex, range));
            return this;
        }

        public Builder figure(int sentence, String surface, long value, Qualifier qualifier, String counted,
                              FigureKind kind) {
            figures.add(layout -> new Figure(sentence, layout.find(sentence, surface), surface, value, qualifier,
                    counted, kind));
            return this;
        }

        /** A mention of {@code actorId}; a null id adds nothing, so variations can drop a mention. */
        public Builder mention(int sentence, String surface, String actorId, String method) {
            if (actorId != null) {
                mentions.add(layout -> new ActorMention(sentence, layout.find(sentence, surface), surface, actorId,
                        method));
            }
            return this;
        }

        /** Why an alias belongs to an actor, on this document's evidence. */
        public Builder reason(String actorId, String alias, String rule, String detail, int sentence) {
            reasons.add(docId -> new MergeReason(actorId, alias, rule, detail, docId, sentence));
            return this;
        }

        /** Dictionary knowledge: no document, sentence -1. */
        public Builder dictionaryReason(String actorId, String alias, String rule, String detail) {
            reasons.add(docId -> new MergeReason(actorId, alias, rule, detail, null, -1));
            return this;
        }

        public Builder issue(String code, String stage, String message) {
            issues.add(new Issue(code, stage, message));
            return this;
        }

        /** A place the sentence names, resolved as {@code location} says. */
        public Builder place(int sentence, String surface, Location location, String reason) {
            places.add(layout -> new PlaceMention(sentence, layout.find(sentence, surface), location, false,
                    "ner", reason));
            return this;
        }

        /** An event whose spans and mentions {@code event} computes from the document's text. */
        public Builder event(Function<EventText, Event> event) {
            events.add(event);
            return this;
        }

        public DocumentRecord build() {
            Layout layout = new Layout(sentenceTexts);
            String sha256 = sha256(layout.text);
            String docId = Document.idFor(sha256);
            Document document = new Document(docId, path, sha256, mediaType, source, layout.text, ingestedAt);
            return new DocumentRecord(document, layout.sentences,
                    entities.stream().map(entity -> entity.apply(layout)).toList(),
                    times.stream().map(time -> time.apply(layout)).toList(),
                    figures.stream().map(figure -> figure.apply(layout)).toList(),
                    actors,
                    mentions.stream().map(mention -> mention.apply(layout)).toList(),
                    reasons.stream().map(reason -> reason.apply(docId)).toList(),
                    issues, events.stream().map(event -> event.apply(new EventText(docId, layout))).toList(),
                    places.stream().map(place -> place.apply(layout)).toList());
        }
    }

    /** Builds an event's parts against the text of the document being built. */
    public static final class EventText {
        private final String docId;
        private final Layout layout;

        private EventText(String docId, Layout layout) {
            this.docId = docId;
            this.layout = layout;
        }

        /** A participant named by {@code surface} in the sentence; {@code actorKey} may be null. */
        public EventActor actor(int sentence, String surface, String actorKey) {
            return new EventActor(actorKey, surface, layout.find(sentence, surface));
        }

        /** The whole sentence as the event's mention, with {@code trigger} as the words that express it. */
        public EventMention mention(int sentence, String trigger) {
            layout.find(sentence, trigger);
            Sentence whole = layout.sentences.get(sentence);
            return new EventMention(docId, sentence, whole.span(), whole.text(), trigger);
        }
    }

    /** The document text with each sentence's offset. */
    private static final class Layout {
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();

        Layout(List<String> sentenceTexts) {
            StringBuilder builder = new StringBuilder();
            for (String sentence : sentenceTexts) {
                if (builder.length() > 0) {
                    builder.append(' ');
                }
                int start = builder.length();
                builder.append(sentence);
                sentences.add(new Sentence(sentences.size(), new Span(start, builder.length()), sentence));
            }
            this.text = builder.toString();
        }

        Span find(int sentenceIndex, String surface) {
            Sentence sentence = sentences.get(sentenceIndex);
            int offset = sentence.text().indexOf(surface);
            if (offset < 0) {
                throw new IllegalArgumentException("'" + surface + "' is not in sentence " + sentenceIndex + ": "
                        + sentence.text());
            }
            return new Span(sentence.span().start() + offset, sentence.span().start() + offset + surface.length());
        }
    }
}
