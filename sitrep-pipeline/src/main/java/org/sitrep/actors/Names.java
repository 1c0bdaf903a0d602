package org.sitrep.actors;

import java.text.Normalizer;
import org.sitrep.model.text.TextFold;

/** What names look like: acronyms and initials. Folding and spelling distances are in {@code org.sitrep.model.text}. */
public final class Names {

    private Names() {
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
        for (String word : TextFold.nameWords(name)) {
            if (!FUNCTION_WORDS.contains(word)) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /** Initials of every word, short function words included, upper-cased: "al-Ittihad al-Islami" gives "AIAI". */
    public static String wordInitials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : TextFold.nameWords(name)) {
            out.append(Character.toUpperCase(word.charAt(0)));
        }
        return out.toString();
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "the", "of", "for", "and", "in", "on", "to", "a", "an", "de", "du", "des", "la", "le", "les", "l",
            "pour", "et", "d", "al", "el");
}
