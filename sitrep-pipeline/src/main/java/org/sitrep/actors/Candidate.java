package org.sitrep.actors;

import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A name in the text before clustering: tokens {@code [firstToken, endToken)} of a sentence, its surface (with
 * descriptors: "Senegal's President Macky Sall") and the name proper.
 *
 * @param dictionaryId the dictionary actor it names; for a {@link Source#STATE} or a {@link Source#FORCE}, the
 *     country code; for an acronym defined after a dictionary name, that actor's cluster key
 * @param tag for a nominal, the tag it points at; for an acronym, the phrase it was defined after, or
 *     {@link #WEAK} for untagged capitals; for a force, its branch
 */
record Candidate(int sentence, int firstToken, int endToken, Span span, Span nameSpan, String surface,
                 String name, Source source, String dictionaryId, String tag) {
    /** The tag of an acronym built from untagged capitals only; dropped unless the document ties it to a name. */
    static final String WEAK = "\u0000weak";

    enum Source { DICTIONARY, DEFINITION, PERSON, ORGANIZATION, STATE, ACRONYM, NOMINAL, FORCE, FOLLOWERS }

    long position() {
        return (long) sentence << 20 | firstToken;
    }

    /** The same name read as another source. */
    Candidate as(Source newSource, String newDictionaryId, String newTag) {
        return new Candidate(sentence, firstToken, endToken, span, nameSpan, surface, name, newSource, newDictionaryId,
                newTag);
    }

    /** A candidate whose surface is tokens {@code [surfaceStart, surfaceEnd)} and name {@code [nameStart, end)}. */
    static Candidate of(String text, int s, List<Token> tokens, int surfaceStart, int nameStart, int end,
                        int surfaceEnd, Source source, String dictionaryId, String tag) {
        Span surfaceSpan = span(tokens, surfaceStart, surfaceEnd);
        Span nameSpan = span(tokens, nameStart, end);
        return new Candidate(s, surfaceStart, end, surfaceSpan, nameSpan,
                text.substring(surfaceSpan.start(), surfaceSpan.end()),
                text.substring(nameSpan.start(), nameSpan.end()), source, dictionaryId, tag);
    }

    static Span span(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    }

    static String surface(String text, List<Token> tokens, int first, int end) {
        Span span = span(tokens, first, end);
        return text.substring(span.start(), span.end());
    }
}
