package org.sitrep.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorMention;
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
import org.sitrep.model.time.DateRange;
import org.sitrep.store.DocumentRecord;

/**
 * A third invented dispatch for {@link QueryStore}'s store: the junta arrests the nurse of the Gao report (an event
 * with a doer and a target, for the actor network), in a sentence too long for a 120-column table, and a count of
 * displaced people (a key figure of Mali's situation).
 */
final class NetworkReport {
    static final String FILE = "gao-arrest.txt";
    static final String ARREST_SENTENCE = "Men of the CNRDRE detained the nurse Mariam Traoré at the Gao hospital on"
            + " Sunday evening and drove her to a camp outside the town, her colleagues said.";
    private static final String DISPLACED_SENTENCE = "Some 4,000 residents have left the town since the weekend.";

    private NetworkReport() {
    }

    static DocumentRecord record() {
        String text = ARREST_SENTENCE + " " + DISPLACED_SENTENCE;
        int second = ARREST_SENTENCE.length() + 1;
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, ARREST_SENTENCE.length()), ARREST_SENTENCE),
                new Sentence(1, new Span(second, text.length()), DISPLACED_SENTENCE));
        Document document = new Document(Document.idFor(QueryStore.sha256(text)), "/srv/reports/" + FILE,
                QueryStore.sha256(text), "text/plain", new SourceInfo("Nurse detained in Gao", "Example Relief", null,
                LocalDate.of(2012, 4, 8), null, "en"), text, Instant.parse("2024-05-01T10:00:00Z"));
        Span junta = span(text, "CNRDRE");
        Span nurse = span(text, "Mariam Traoré");
        List<ActorMention> mentions = List.of(new ActorMention(0, junta, "CNRDRE", QueryStore.JUNTA_ID, "ner"),
                new ActorMention(0, nurse, "Mariam Traoré", QueryStore.TRAORE_ID, "ner"));
        Event arrest = new Event("evt-fedcba9876543210", CrisisClass.ARREST, new PloverCoding("ARREST", List.of(),
                List.of(), 4), List.of(new EventActor(QueryStore.JUNTA_ID, "the CNRDRE", junta)),
                List.of(new EventActor(QueryStore.TRAORE_ID, "Mariam Traoré", nurse)),
                DateRange.day(LocalDate.of(2012, 4, 8)), "on Sunday evening", QueryStore.GAO, EventSize.none(),
                EventStatus.OCCURRED, 0.9, List.of(new EventMention(document.id(), 0, sentences.get(0).span(),
                ARREST_SENTENCE, "detained")));
        Span some = span(text, "Some 4,000 residents");
        Figure displaced = new Figure(1, some, "Some 4,000 residents", 4000, Qualifier.APPROX, "residents",
                FigureKind.DISPLACED);
        return new DocumentRecord(document, sentences, List.of(), List.of(), List.of(displaced),
                List.of(QueryStore.junta(), QueryStore.traore()), mentions, List.of(), List.of(), List.of(arrest),
                List.of());
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }
}
