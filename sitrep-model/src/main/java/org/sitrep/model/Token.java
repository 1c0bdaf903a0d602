package org.sitrep.model;

/**
 * One token of a sentence, with its dependency head (index in the sentence, -1 for the root).
 *
 * @param ner the named-entity tag after sitrep's dictionaries have overridden the statistical tagger
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner, int head,
                    String relation) {
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNumber() {
        return pos.equals("CD");
    }

    /** "(" as written or as the parser's "-LRB-". */
    public boolean opensBracket() {
        return word.equals("(") || word.equals("-LRB-");
    }

    /** ")" as written or as the parser's "-RRB-". */
    public boolean closesBracket() {
        return word.equals(")") || word.equals("-RRB-");
    }
}
