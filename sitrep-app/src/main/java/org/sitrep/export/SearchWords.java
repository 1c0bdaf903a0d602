package org.sitrep.export;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a hit of the full-text search holds every word asked for, as the store's index sees words (letters and
 * digits, case and accents folded). The store answers with any-word matches when no sentence has them all; the
 * CLI and the API say which kind of answer they give.
 */
public final class SearchWords {
    private SearchWords() {
    }

    /** The folded words of {@code text}, in order. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether {@code text} holds every word of {@code query}. */
    public static boolean hasAll(String query, String text) {
        Set<String> present = Set.copyOf(words(text));
        return present.containsAll(words(query));
    }

    /** Whether the hits are those of every word: the store gives all-word hits first, or any-word hits only. */
    public static boolean allWordHits(String query, List<String> hitTexts) {
        return hitTexts.isEmpty() || words(query).stream().distinct().count() < 2
                || hitTexts.stream().anyMatch(text -> hasAll(query, text));
    }

    /** The words joined for a message. */
    public static String quoted(String query) {
        return words(query).stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }
}
