package org.sitrep.actors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Hand-built sentences for fast tests without a language model: each item is "word/POS", "word/POS/NER" or
 * "word/POS/NER/head/relation"; words are joined by one space.
 */
final class HandTokens {
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    static HandTokens of(String... items) {
        HandTokens out = new HandTokens();
        for (String item : items) {
            String[] parts = item.split("/");
            if (!out.text.isEmpty()) {
                out.text.append(' ');
            }
            int start = out.text.length();
            out.text.append(parts[0]);
            String ner = parts.length > 2 ? parts[2] : "O";
            int head = parts.length > 3 ? Integer.parseInt(parts[3]) : -1;
            String relation = parts.length > 4 ? parts[4] : "dep";
            out.tokens.add(new Token(out.tokens.size(), new Span(start, out.text.length()), parts[0],
                    parts[0].toLowerCase(java.util.Locale.ROOT), parts[1], ner, head, relation));
        }
        return out;
    }

    List<Token> tokens() {
        return tokens;
    }

    String text() {
        return text.toString();
    }

    /** A one-sentence document of these tokens, as the NLP stage would leave it, with {@code entities}. */
    AnalysedDocument document(LocalDate published, EntityMention... entities) {
        AnalysedDocument document = new AnalysedDocument(new Document("doc-hand", "hand.txt", "0".repeat(64),
                "text/plain", new SourceInfo("Test", "Test desk", null, published, null, "en"), text(),
                Instant.EPOCH));
        document.setSentences(List.of(new Sentence(0, new Span(0, text.length()), text())), List.of(tokens));
        document.setEntities(List.of(entities));
        return document;
    }

    /** An entity mention over tokens {@code [first, end)}. */
    EntityMention entity(int first, int end, EntityType type) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return new EntityMention(0, span, text().substring(span.start(), span.end()), type, "ner");
    }
}
