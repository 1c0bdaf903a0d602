package org.sitrep.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a hyphen at the end of a line belongs to the word. It stays when the next line does not start with a
 * lower-case letter ({@code UN-\nECOWAS}), when the document spells the word elsewhere only with the hyphen, or
 * when the part before it is a prefix that takes one ({@code ex-, pro-, anti-, non-, self-, co-, post-, semi-,
 * multi-, quasi-}); it goes when the document spells the word elsewhere only without it, and otherwise
 * ({@code govern-\nment}). One instance per document.
 */
final class Hyphenation {
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "ex", "pro", "anti", "non", "self", "co", "post", "semi", "multi", "quasi");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}");

    private final Set<String> knownWords = new HashSet<>();

    /** Learns how the document spells its words, from all its lines. */
    Hyphenation(List<String> lines) {
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                knownWords.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether line {@code a}'s final hyphen stays when {@code b} is joined to it. */
    boolean keepsHyphen(String a, String b) {
        if (b.isEmpty() || !Character.isLowerCase(b.codePointAt(0))) {
            return true;
        }
        String fragment = Lines.lastToken(a);
        fragment = fragment.substring(0, fragment.length() - 1).replaceFirst("^[“‘\"'(\\[]+", "");
        String continuation = firstWord(b);
        String hyphenated = (fragment + "-" + continuation).toLowerCase(Locale.ROOT);
        String joined = (fragment + continuation).toLowerCase(Locale.ROOT);
        boolean hyphenatedSeen = knownWords.contains(hyphenated);
        boolean joinedSeen = knownWords.contains(joined);
        if (hyphenatedSeen != joinedSeen) {
            return hyphenatedSeen;
        }
        String prefix = fragment.substring(fragment.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        return HYPHEN_PREFIXES.contains(prefix);
    }

    private static String firstWord(String line) {
        Matcher m = Pattern.compile("^[\\p{L}\\p{M}'’-]*\\p{L}|^\\p{L}").matcher(line);
        return m.find() ? m.group() : "";
    }
}
