package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * A small store for the query commands, written through {@link Store#saveDocument} without any NLP: two invented
 * dispatches about the 2012 coup in Mali and four actors. One publisher and one actor name hold a comma and
 * double quotes, for CSV quoting.
 */
final class QueryStore {
    static final String SANOGO_ID = "amadou-haya-sanogo";
    static final String JUNTA_ID = "actor-cnrdre";
    static final String COUNCIL_ID = "actor-high-islamic-council";
    static final String TRAORE_ID = "actor-mariam-traore";

    /** Has a comma, so CSV must quote it. */
    static final String COUP_PUBLISHER = "Test Wire, Sahel desk";
    /** Has a comma and double quotes, so CSV must quote it and double the quotes. */
    static final String COUNCIL_NAME = "High Islamic Council, \"HCIM\"";

    static final String COUP_PATH = "reports/bamako-coup.txt";
    static final String AID_PATH = "reports/gao-aid.txt";

    private QueryStore() {
    }

    static Actor sanogo() {
        return new Actor(SANOGO_ID, "Amadou Haya Sanogo", ActorKind.PERSON, "MLI", "MIL", "Q3612785",
                List.of("Amadou Haya Sanogo", "Captain Sanogo", "Sango"),
                List.of(new Role("head of the junta", "CNRDRE", LocalDate.of(2012, 3, 22), LocalDate.of(2012, 4, 12))),
                true);
    }

    static Actor junta() {
        return new Actor(JUNTA_ID, "CNRDRE", ActorKind.MILITARY_UNIT, "MLI", "MIL", null, List.of("CNRDRE"),
                List.of(), false);
    }

    static Actor council() {
        return new Actor(COUNCIL_ID, COUNCIL_NAME, ActorKind.ORG, "MLI", "REL", null, List.of(COUNCIL_NAME),
                List.of(), false);
    }

    static Actor traore() {
        return new Actor(TRAORE_ID, "Mariam Traoré", ActorKind.PERSON, "MLI", null, null,
                List.of("Mariam Traoré", "Traoré"), List.of(), false);
    }

    /** Creates the store at {@code file} with both dispatches. */
    static Path create(Path file) {
        try (Store store = SqliteStore.open(file)) {
            store.saveDocument(coupReport());
            store.saveDocument(aidReport());
        }
        return file;
    }

    static DocumentRecord coupReport() {
        Text text = new Text()
                .sentence("Soldiers announced on state television that the CNRDRE had taken power in Bamako.")
                .sentence("Captain Sango, as one caller spelt him, promised to return power to civilians.")
                .sentence("The High Islamic Council, \"HCIM\" in its statements, asked for calm.");
        Document document = text.document(COUP_PATH, new SourceInfo("Soldiers take power in Bamako", COUP_PUBLISHER,
                "Desk", LocalDate.of(2012, 3, 22), "https://example.org/coup", "en"));
        List<ActorMention> mentions = List.of(
                text.mention(0, "CNRDRE", JUNTA_ID, "ner"),
                text.mention(1, "Captain Sango", SANOGO_ID, "title"),
                text.mention(2, "High Islamic Council", COUNCIL_ID, "ner"));
        List<MergeReason> reasons = List.of(
                new MergeReason(SANOGO_ID, "Sango", "spelling_variant",
                        "'Sango' and 'Sanogo' differ by 1 letter(s)", document.id(), 1),
                new MergeReason(SANOGO_ID, "Captain Sanogo", "dictionary_alias", "alias in the actor dictionary",
                        null, -1));
        org.sitrep.model.event.Event coup = new org.sitrep.model.event.Event(COUP_EVENT_ID,
                org.sitrep.model.event.CrisisClass.COUP, new org.sitrep.model.event.PloverCoding("COERCE", List.of(),
                List.of("pro_autocracy", "executive", "military"), 4),
                List.of(new org.sitrep.model.event.EventActor(JUNTA_ID, "the CNRDRE", mentions.get(0).span())),
                List.of(), org.sitrep.model.time.DateRange.day(LocalDate.of(2012, 3, 22)), "on state television",
                BAMAKO, org.sitrep.model.event.EventSize.none(), org.sitrep.model.event.EventStatus.OCCURRED, 0.9,
                List.of(new org.sitrep.model.event.EventMention(document.id(), 0, text.sentences.get(0).span(),
                        text.sentences.get(0).text(), "taken power")));
        return new DocumentRecord(document, text.sentences, List.of(), List.of(), List.of(),
                List.of(sanogo(), junta(), council()), mentions, reasons, List.of(), List.of(coup),
                List.of(new PlaceMention(0, text.find(0, "Bamako"), BAMAKO, false, "ner",
                        "town in focus country MLI")));
    }

    static final String COUP_EVENT_ID = "evt-0123456789abcdef";
    /** The capital as the gazetteer resolves it. */
    static final Location BAMAKO = new Location("Bamako", "Bamako", 2460596L, 12.65, -8.0, "Bamako", "MLI", "PPLC", 4,
            null);
    static final Location GAO = new Location("Gao", "Gao", 2457163L, 16.27167, -0.04472, "Gao", "MLI", "PPLA", 4,
            null);

    static DocumentRecord aidReport() {
        Text text = new Text()
                .sentence("In Gao, the nurse Mariam Traoré said the hospital generator had no fuel left.")
                .sentence("Traoré said aid convoys had not reached the town for a week.");
        Document document = text.document(AID_PATH, new SourceInfo("Gao hospital without fuel", "Example Relief",
                null, LocalDate.of(2012, 4, 5), null, "en"));
        List<ActorMention> mentions = List.of(
                text.mention(0, "Mariam Traoré", TRAORE_ID, "ner"),
                text.mention(1, "Traoré", TRAORE_ID, "surname"));
        return new DocumentRecord(document, text.sentences, List.of(), List.of(), List.of(), List.of(traore()),
                mentions, List.of(), List.of(), List.of(),
                List.of(new PlaceMention(0, text.find(0, "Gao"), GAO, false, "ner", "town in focus country MLI")));
    }

    /** Sentences joined by one space, with their spans. */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();

        Text sentence(String sentence) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentence);
            sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), sentence));
            return this;
        }

        ActorMention mention(int sentence, String surface, String actorId, String method) {
            return new ActorMention(sentence, find(sentence, surface), surface, actorId, method);
        }

        Span find(int sentence, String surface) {
            Sentence in = sentences.get(sentence);
            int offset = in.text().indexOf(surface);
            if (offset < 0) {
                throw new IllegalArgumentException(surface + " is not in: " + in.text());
            }
            int start = in.span().start() + offset;
            return new Span(start, start + surface.length());
        }

        Document document(String path, SourceInfo source) {
            String sha256 = sha256(text.toString());
            return new Document(Document.idFor(sha256), path, sha256, "text/plain", source, text.toString(),
                    Instant.parse("2024-05-01T10:00:00Z"));
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
