package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Token;
import org.sitrep.model.text.TextFold;

/**
 * Finds dictionary names in a sentence's tokens: longest match first, on folded words, so "Touré" matches
 * "Toure" and "al-Qaeda" matches "al Qaeda". Acronyms match only in capitals ("US" is not "us"), and names
 * written with a capital match only capitalised text. Immutable and thread-safe.
 *
 * @param <V> what a name stands for (an actor id, a nominal tag)
 */
final class AliasIndex<V> {
    record Entry<V>(List<String> words, String alias, V value) {
    }

    /** A match of tokens {@code [firstToken, endToken)}. */
    record Match<V>(int firstToken, int endToken, Entry<V> entry) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    void add(String alias, V value) {
        List<String> words = TextFold.nameWords(alias);
        if (!words.isEmpty()) {
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, alias, value));
        }
    }

    List<Match<V>> find(List<Token> tokens, boolean caseSensitive) {
        List<String> words = new ArrayList<>();
        List<Integer> tokenOfWord = new ArrayList<>();
        List<Integer> firstWordOfToken = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            firstWordOfToken.add(words.size());
            for (String word : TextFold.nameWords(tokens.get(t).word())) {
                words.add(word);
                tokenOfWord.add(t);
            }
        }
        List<Match<V>> matches = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            Optional<Match<V>> best = longestAt(t, tokens, words, tokenOfWord, firstWordOfToken, caseSensitive);
            if (best.isPresent()) {
                matches.add(best.get());
                t = best.get().endToken();
            } else {
                t++;
            }
        }
        return matches;
    }

    private Optional<Match<V>> longestAt(int token, List<Token> tokens, List<String> words, List<Integer> tokenOfWord,
                                         List<Integer> firstWordOfToken, boolean caseSensitive) {
        int start = firstWordOfToken.get(token);
        if (start >= words.size() || tokenOfWord.get(start) != token) {
            return Optional.empty();
        }
        Match<V> best = null;
        for (Entry<V> entry : byFirstWord.getOrDefault(words.get(start), List.of())) {
            int end = start + entry.words().size();
            if (end > words.size() || !words.subList(start, end).equals(entry.words())) {
                continue;
            }
            int lastToken = tokenOfWord.get(end - 1);
            boolean endsOnTokenBoundary = end == words.size() || tokenOfWord.get(end) != lastToken;
            if (!endsOnTokenBoundary || (caseSensitive && !caseFits(entry.alias(), tokens.subList(token,
                    lastToken + 1)))) {
                continue;
            }
            if (best == null || end - start > best.entry().words().size()) {
                best = new Match<>(token, lastToken + 1, entry);
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean caseFits(String alias, List<Token> covered) {
        if (Names.isAcronym(alias)) {
            return covered.stream().allMatch(token -> token.word().chars().noneMatch(Character::isLowerCase));
        }
        if (Character.isUpperCase(alias.codePointAt(0))) {
            return Character.isUpperCase(covered.get(0).word().codePointAt(0));
        }
        return true;
    }
}
