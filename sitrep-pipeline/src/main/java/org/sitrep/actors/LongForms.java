package org.sitrep.actors;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.sitrep.model.Token;

/**
 * The long form an acronym abbreviates, by Schwartz and Hearst's algorithm ("A simple algorithm for identifying
 * abbreviation definitions in biomedical text", 2003): the acronym's letters are matched right to left inside
 * the words before it, the first letter at the start of a word (a part after a hyphen or an apostrophe is a word:
 * "al-Din"); the shortest such phrase is the long form. Unlike initials, it finds "Harakat Nur al-Din
 * wal-Salam" for "HNDS", whose letters are not all word initials. Stateless.
 */
final class LongForms {
    private LongForms() {
    }

    /**
     * The first token of the long form of {@code acronym} among tokens {@code [windowStart, end)}, or empty. The
     * phrase has at most min(n + 5, 2n) words for an acronym of n letters, as the algorithm bounds it.
     */
    static OptionalInt start(String text, List<Token> tokens, int windowStart, int end, String acronym) {
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 2 || windowStart >= end) {
            return OptionalInt.empty();
        }
        int base = tokens.get(windowStart).span().start();
        String phrase = text.substring(base, tokens.get(end - 1).span().end());
        int at = matchStart(phrase, letters);
        if (at < 0) {
            return OptionalInt.empty();
        }
        int first = end - 1;
        while (first > windowStart && tokens.get(first).span().start() > base + at) {
            first--;
        }
        int words = 0;
        for (int t = first; t < end; t++) {
            if (Character.isLetterOrDigit(tokens.get(t).word().codePointAt(0))) {
                words++;
            }
        }
        int n = letters.length();
        return words > Math.min(n + 5, 2 * n) || words < 1 ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /** Where in {@code phrase} the long form of {@code letters} starts, or -1 (the algorithm's core loop). */
    static int matchStart(String phrase, String letters) {
        int s = letters.length() - 1;
        int l = phrase.length() - 1;
        while (s >= 0) {
            char c = fold(letters.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            // The first letter must begin a word; the others may be anywhere in one.
            while (l >= 0 && fold(phrase.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(phrase.charAt(l - 1))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        return l + 1;
    }

    private static char fold(char c) {
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return plain.isEmpty() ? c : plain.substring(0, 1).toLowerCase(Locale.ROOT).charAt(0);
    }
}
