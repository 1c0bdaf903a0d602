package org.sitrep.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;

/** Small helpers over a sentence's tokens, shared by the figures classes. */
final class Tokens {
    private Tokens() {
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    static String word(Token token) {
        return lower(token.word());
    }

    static String lemma(Token token) {
        return token.lemma() == null || token.lemma().isEmpty() ? word(token) : lower(token.lemma());
    }

    static String ner(Token token) {
        return token.ner() == null || token.ner().isEmpty() ? "O" : token.ner();
    }

    static String relation(Token token) {
        return lower(token.relation());
    }

    static String pos(Token token) {
        return token.pos() == null ? "" : token.pos();
    }

    static boolean isNoun(Token token) {
        return pos(token).startsWith("NN");
    }

    static boolean isVerb(Token token) {
        return pos(token).startsWith("VB");
    }

    /** A singular proper noun: the head of a name ("Movement" in "June 5 Movement"), not a demonym plural. */
    static boolean isProperName(Token token) {
        return pos(token).equals("NNP");
    }

    static boolean isProperNoun(Token token) {
        return pos(token).startsWith("NNP");
    }

    static boolean isDash(Token token) {
        String word = token.word();
        return "-".equals(word) || "\u2013".equals(word) || "\u2014".equals(word) || "--".equals(word);
    }

    /** True when no character separates the two tokens in the text ("COVID-19", "president.1"). */
    static boolean glued(Token left, Token right) {
        return left.span().end() == right.span().start();
    }

    /** Looks a token up by lemma, then by word. */
    static <V> Optional<V> lookup(Map<String, V> words, Token token) {
        V byLemma = words.get(lemma(token));
        return Optional.ofNullable(byLemma != null ? byLemma : words.get(word(token)));
    }

    static boolean contains(Set<String> words, Token token) {
        return words.contains(lemma(token)) || words.contains(word(token));
    }

    /** Whether the words of {@code phrase} stand at {@code start} and onwards. */
    static boolean phraseAt(List<Token> tokens, int start, List<String> phrase) {
        if (start < 0 || start + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!word(tokens.get(start + k)).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the token governing {@code index}, or -1 for the root or a head outside the sentence. */
    static int head(List<Token> tokens, int index) {
        int head = tokens.get(index).head();
        return head >= 0 && head < tokens.size() && head != index ? head : -1;
    }

    static boolean hasChild(List<Token> tokens, int parent, Set<String> relations) {
        for (int k = 0; k < tokens.size(); k++) {
            if (head(tokens, k) == parent && relations.contains(relation(tokens.get(k)))) {
                return true;
            }
        }
        return false;
    }
}
