package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name folding shared by every comparison of names: accents, case, apostrophes and punctuation do not count. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** "Touré", "TOURE." and "toure" all give "toure"; "l’Azawad" gives "l azawad". */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(plain).replaceAll(" ").trim();
    }

    public static List<String> words(String name) {
        String normalised = normalise(name);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** True for acronym-like names ("MNLA", "AU", "M5-RFP"): no lower-case letter and at least two letters. */
    public static boolean isAcronym(String name) {
        String trimmed = name.trim();
        long letters = trimmed.chars().filter(Character::isLetter).count();
        return letters >= 2 && trimmed.length() <= 12 && trimmed.chars().noneMatch(Character::isLowerCase)
                && trimmed.chars().noneMatch(Character::isWhitespace);
    }

    /** Initials of the capitalised words of a name: "National Movement for the Liberation of Azawad" gives "NMLA". */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s\\-–]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    /** Initials of every word that is not a short function word, upper-cased. */
    public static String contentInitials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            if (!FUNCTION_WORDS.contains(word)) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "the", "of", "for", "and", "in", "on", "to", "a", "an", "de", "du", "des", "la", "le", "les", "l",
            "pour", "et", "d", "al", "el");

    /** Levenshtein distance, for spelling variants of short names. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Jaro-Winkler similarity in [0, 1]; rewards a shared beginning, as spelling variants of names have. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length(), i + window + 1);
            for (int j = from; j < to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        List<Character> orderA = new ArrayList<>();
        List<Character> orderB = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                orderA.add(a.charAt(i));
            }
        }
        for (int j = 0; j < b.length(); j++) {
            if (matchedB[j]) {
                orderB.add(b.charAt(j));
            }
        }
        int transpositions = 0;
        for (int k = 0; k < orderA.size(); k++) {
            if (!orderA.get(k).equals(orderB.get(k))) {
                transpositions++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
