package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

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

    Reading reading() {
        return new Reading(0, tokens, text(), false);
    }
}
