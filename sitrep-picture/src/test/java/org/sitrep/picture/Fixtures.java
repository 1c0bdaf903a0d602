package org.sitrep.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.place.Location;

/** Invented events of an invented country, Veloria (VLR), for the picture's tests. */
final class Fixtures {
    static final String COUNTRY = "VLR";
    static final java.util.Set<String> TOWNS = java.util.Set.of("dorvik", "salmara", "kelmet");
    static final EventPlaces PLACES = new EventPlaces(
            name -> name.equalsIgnoreCase("Veloria") ? Optional.of(COUNTRY) : Optional.empty(),
            name -> TOWNS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(COUNTRY) : Optional.empty(),
            false);
    static final PictureRules RULES = PictureRules.bundled();

    private Fixtures() {
    }

    static DateRange day(String day) {
        return DateRange.day(LocalDate.parse(day));
    }

    static DateRange days(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to), DatePrecision.DAYS);
    }

    static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    static EventActor actor(String id) {
        return new EventActor(id, id, null);
    }

    /** An event builder: a class, a document and a sentence, and what else a test sets. */
    static final class E {
        private final CrisisClass crisisClass;
        private final String docId;
        private final int sentence;
        private DateRange date;
        private Location place = Location.asWritten("Veloria");
        private final List<EventActor> sources = new ArrayList<>();
        private final List<EventActor> targets = new ArrayList<>();
        private EventStatus status = EventStatus.OCCURRED;
        private String text = "An invented sentence.";
        private String trigger = "did";
        private EventSize size = EventSize.none();
        private String dateText;
        private double confidence = 0.8;

        E(CrisisClass crisisClass, String docId, int sentence) {
            this.crisisClass = crisisClass;
            this.docId = docId;
            this.sentence = sentence;
        }

        E on(DateRange newDate) {
            date = newDate;
            return this;
        }

        /** A place as written, which the gazetteer did not resolve. */
        E at(String newPlace) {
            place = newPlace == null ? null : Location.asWritten(newPlace);
            return this;
        }

        /** A place as the gazetteer resolved it. */
        E at(Location newPlace) {
            place = newPlace;
            return this;
        }

        E by(String... ids) {
            for (String id : ids) {
                sources.add(actor(id));
            }
            return this;
        }

        /** A doer a pronoun stands for: the words are the pronoun. */
        E byPronoun(String id, String pronoun) {
            sources.add(new EventActor(id, pronoun, new Span(0, pronoun.length())));
            return this;
        }

        /** The report's default doer for the class: named outside the event's sentence. */
        E byDefault(String id) {
            sources.add(new EventActor(id, id, new Span(10_000, 10_000 + id.length())));
            return this;
        }

        /** The words the report dates the event with (none: the date is inferred). */
        E dated(String words) {
            dateText = words;
            return this;
        }

        E confidence(double newConfidence) {
            confidence = newConfidence;
            return this;
        }

        E byWords(String words) {
            sources.add(new EventActor(null, words, null));
            return this;
        }

        E against(String... ids) {
            for (String id : ids) {
                targets.add(actor(id));
            }
            return this;
        }

        E status(EventStatus newStatus) {
            status = newStatus;
            return this;
        }

        E says(String newText, String newTrigger) {
            text = newText;
            trigger = newTrigger;
            return this;
        }

        E dead(long dead) {
            size = new EventSize(dead, null, null, null, null);
            return this;
        }

        Event event() {
            String id = "evt-" + docId + "-" + sentence + "-" + crisisClass.name().toLowerCase();
            return new Event(id, crisisClass, new PloverCoding("COERCE", List.of(), List.of(), 4), sources, targets,
                    date, dateText, place, size, status, confidence,
                    List.of(new EventMention(docId, sentence, new Span(0, text.length()), text, trigger)));
        }

        ReportedEvent reported(Map<String, LocalDate> published) {
            return new ReportedEvent(event(), docId, published.get(docId));
        }
    }

    static E event(CrisisClass crisisClass, String docId, int sentence) {
        return new E(crisisClass, docId, sentence);
    }
}
