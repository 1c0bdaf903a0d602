package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Cuts a text into blocks of about a target size at line breaks, so that one long report can be annotated on
 * several threads. Every newline already ends a sentence (see {@link NlpSettings}), so no sentence is cut.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    static List<Span> split(String text, int targetChars) {
        List<Span> blocks = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = Math.min(length, start + targetChars);
            if (end < length) {
                int newline = text.indexOf('\n', end);
                end = newline < 0 ? length : newline + 1;
            }
            blocks.add(new Span(start, end));
            start = end;
        }
        return blocks;
    }
}
