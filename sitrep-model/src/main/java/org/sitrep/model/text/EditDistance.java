package org.sitrep.model.text;

import java.util.ArrayList;
import java.util.List;

/** How far apart two spellings are: for misspelt keys and spelling variants of names. Stateless. */
public final class EditDistance {
    private EditDistance() {
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
    public static int levenshtein(String a, String b) {
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
