package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Span;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/** Hand-built events with invented content: actors, documents and sentences exist only here. */
final class EventFixtures {
    static final String JUNTA = "act-junta";
    static final String PRESIDENT = "act-president";
    static final String BLOC = "act-bloc";
    static final String FRONT = "act-front";
    static final String BRIGADE = "act-brigade";
    static final String ARMY = "act-army";
    static final String PARTY = "act-party";
    static final String DOC_WIRE = "doc-wire";
    static final String DOC_DAILY = "doc-daily";

    static final Map<String, Actor> ACTORS = Map.of(
            JUNTA, actor(JUNTA, "Committee for National Renewal", ActorKind.GOVERNMENT_BODY, "MLI", "MIL", "Q900001"),
            PRESIDENT, actor(PRESIDENT, "Idrissa Kanouté", ActorKind.PERSON, "MLI", "GOV", null),
            BLOC, actor(BLOC, "Sahel Economic Bloc", ActorKind.IGO, "IGO", "GOV", "Q900002"),
            FRONT, actor(FRONT, "Azawad Liberation Front", ActorKind.ARMED_GROUP, "MLI", "REB", null),
            BRIGADE, actor(BRIGADE, "Faith Brigade", ActorKind.ARMED_GROUP, "MLI", "REB", null),
            ARMY, actor(ARMY, "Armed Forces of Mali", ActorKind.MILITARY_UNIT, "MLI", "MIL", null),
            PARTY, actor(PARTY, "Union for Progress", ActorKind.PARTY, "MLI", "PTY", null));

    static final Map<String, DocumentSummaryView> DOCUMENTS = Map.of(
            DOC_WIRE, new DocumentSummaryView(DOC_WIRE, "Soldiers seize the capital", "Sahel Wire",
                    LocalDate.of(2031, 3, 23)),
            DOC_DAILY, new DocumentSummaryView(DOC_DAILY, "A night of gunfire, then a junta", "The Daily Courier",
                    LocalDate.of(2031, 4, 2)));

    static final Function<String, Optional<Actor>> ACTOR_LOOKUP = key -> Optional.ofNullable(ACTORS.get(key));
    static final Function<String, Optional<DocumentSummaryView>> DOCUMENT_LOOKUP =
            key -> Optional.ofNullable(DOCUMENTS.get(key));

    private EventFixtures() {
    }

    /** A town the gazetteer resolved (coordinates rounded). */
    static final Location KOULIKORO = new Location("Koulikoro", "Koulikoro", 2453348L, 12.86, -7.56, "Koulikoro",
            "MLI", "PPLA", 4, null);
    static final Location TESSIT = new Location("Tessit", "Tessit", 2450996L, 15.01, 0.29, "Gao", "MLI", "PPL", 4,
            null);

    /** A coup over two nights, reported by two documents, four dead, in a named town. */
    static Event coup() {
        return new Event("evt-coup", CrisisClass.COUP,
                new PloverCoding("COERCE", List.of(), List.of("pro_autocracy", "executive", "military"), 4),
                List.of(new EventActor(JUNTA, "junior officers", new Span(10, 25))),
                List.of(new EventActor(PRESIDENT, "the elected president", new Span(40, 61))),
                new DateRange(LocalDate.of(2031, 3, 21), LocalDate.of(2031, 3, 22), DatePrecision.DAYS),
                "overnight between 21 and 22 March", KOULIKORO,
                new EventSize(4L, null, null, null, null), EventStatus.OCCURRED, 0.87,
                List.of(new EventMention(DOC_WIRE, 3, new Span(120, 260),
                                "Junior officers overthrew the elected president overnight between 21 and 22 March.",
                                "overthrew"),
                        new EventMention(DOC_DAILY, 0, new Span(0, 98),
                                "The president was ousted by junior officers in Koulikoro.", "ousted")));
    }

    /** A condemnation the text gives no date for. */
    static Event undatedCondemnation() {
        return new Event("evt-condemn", CrisisClass.CONDEMN,
                new PloverCoding("ACCUSE", List.of("disapprove"), List.of(), 3),
                List.of(new EventActor(BLOC, "the regional bloc", new Span(0, 17))),
                List.of(new EventActor(JUNTA, "the junta", new Span(30, 39))),
                null, null, null, null, EventStatus.OCCURRED, 0.6,
                List.of(new EventMention(DOC_DAILY, 7, new Span(900, 990),
                        "The regional bloc condemned the junta in the strongest terms.", "condemned")));
    }

    /** Two armed groups take a town together from the army: coordination, one day. */
    static Event jointSeizure() {
        return new Event("evt-seize", CrisisClass.SEIZE_TERRITORY,
                new PloverCoding("ASSAULT", List.of(), List.of("territory"), 4),
                List.of(new EventActor(FRONT, "the Liberation Front", new Span(0, 20)),
                        new EventActor(BRIGADE, "Faith Brigade fighters", new Span(25, 47))),
                List.of(new EventActor(ARMY, "the army", new Span(80, 88))),
                DateRange.day(LocalDate.of(2031, 3, 30)), "on Sunday", TESSIT,
                new EventSize(null, null, null, null, 300L), EventStatus.OCCURRED, 0.92,
                List.of(new EventMention(DOC_WIRE, 9, new Span(1500, 1620),
                        "The Liberation Front and Faith Brigade fighters took Tessit from the army on Sunday.",
                        "took")));
    }

    /** Unnamed gunmen kill unnamed villagers: no actor keys at all. */
    static Event killingOfCivilians() {
        return new Event("evt-kill", CrisisClass.KILL,
                new PloverCoding("ASSAULT", List.of("firearms"), List.of(), 4),
                List.of(new EventActor(null, "unidentified gunmen", new Span(0, 19))),
                List.of(new EventActor(null, "dozens of villagers", new Span(25, 44))),
                new DateRange(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), DatePrecision.MONTH),
                "in March", Location.asWritten("Ogossa"), new EventSize(27L, 5L, null, 1200L, null), EventStatus.OCCURRED, 0.8,
                List.of(new EventMention(DOC_DAILY, 12, new Span(2000, 2100),
                        "Unidentified gunmen killed 27 villagers in Ogossa in March; 1,200 fled.", "killed")));
    }

    /** An appointment (no PLOVER category) whose sentence needs CSV quoting: comma, quotes, a line break. */
    static Event appointment() {
        return new Event("evt-appoint", CrisisClass.APPOINT,
                new PloverCoding(null, List.of(), List.of("executive"), 0),
                List.of(new EventActor(JUNTA, "the committee", new Span(0, 13))),
                List.of(new EventActor(PARTY, "a party leader, \"the teacher\"", new Span(20, 49))),
                DateRange.day(LocalDate.of(2031, 4, 12)), "12 April", null,
                null, EventStatus.PLANNED, 0.5,
                List.of(new EventMention(DOC_DAILY, 20, new Span(3000, 3090),
                        "The committee said it would name \"the teacher\", a party leader,\n"
                                + "prime minister on 12 April.",
                        "name")));
    }

    /** A riot by protesters against the junta, within a week. */
    static Event riot() {
        return new Event("evt-riot", CrisisClass.PROTEST,
                new PloverCoding("PROTEST", List.of("riot"), List.of(), 4),
                List.of(new EventActor(null, "angry youths", new Span(0, 12))),
                List.of(new EventActor(JUNTA, "the junta", new Span(30, 39))),
                new DateRange(LocalDate.of(2031, 3, 24), LocalDate.of(2031, 3, 30), DatePrecision.WEEK),
                "last week", KOULIKORO, new EventSize(null, 12L, 40L, null, null), EventStatus.OCCURRED, 0.7,
                List.of(new EventMention(DOC_DAILY, 30, new Span(5000, 5080),
                        "Angry youths burned tyres and stoned the junta's offices last week.", "burned tyres")));
    }

    static List<Event> all() {
        return List.of(coup(), undatedCondemnation(), jointSeizure(), killingOfCivilians(), appointment(), riot());
    }

    private static Actor actor(String id, String name, ActorKind kind, String country, String sector,
                               String wikidata) {
        return new Actor(id, name, kind, country, sector, wikidata, List.of(name), List.of(), true);
    }
}
