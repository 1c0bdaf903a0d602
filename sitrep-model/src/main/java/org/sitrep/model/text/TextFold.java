package org.sitrep.model.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names so that spelling details do not make two names differ. Every variant drops accents, case and
 * punctuation; they differ in what else counts, and each caller keeps the variant it was built on (the stored
 * keys and the exports depend on it):
 * <ul>
 *   <li>{@link #name}: compatibility forms folded too ("ﬁ" → "fi", full-width letters): actor names, store keys;</li>
 *   <li>{@link #canonical}: compatibility forms kept: events' participants and places in the picture;</li>
 *   <li>{@link #lookup}: apostrophes join ("d’Ivoire" → "divoire") and letters without a decomposition are
 *       spelled out ("ø" → "o"): gazetteer lookups.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String APOSTROPHES = "'’`ʼ‘";

    private TextFold() {
    }

    /** "Touré", "TOURÉ." and "toure" all give "toure"; "l’Azawad" gives "l azawad"; null gives "". */
    public static String name(String text) {
        return fold(text, Normalizer.Form.NFKD);
    }

    /** As {@link #name}, but compatibility characters (ligatures, full-width forms, superscripts) stay. */
    public static String canonical(String text) {
        return fold(text, Normalizer.Form.NFD);
    }

    /** The words of {@link #name}; none for a name without letters or digits. */
    public static List<String> nameWords(String text) {
        return words(name(text));
    }

    /** The words of {@link #canonical}. */
    public static List<String> canonicalWords(String text) {
        return words(canonical(text));
    }

    private static List<String> words(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static String fold(String text, Normalizer.Form form) {
        if (text == null) {
            return "";
        }
        // Lower-casing cannot bring back a mark once the text is decomposed, so the order of the two is free.
        String plain = MARKS.matcher(Normalizer.normalize(text, form)).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(plain).replaceAll(" ").trim();
    }

    /** For gazetteer lookups: "Côte d’Ivoire" → "cote divoire", "Tin-Essako" → "tin essako", "Ségou" → "segou". */
    public static String lookup(String s) {
        String n = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        // One pass: marks dropped, a few letters without decomposition spelled out, letters and digits kept in
        // lower case, apostrophes dropped, any other run of characters one space.
        StringBuilder b = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) {
                b.append(' ');
            }
            gap = false;
            c = Character.toLowerCase(c);
            switch (c) {
                case 'ø' -> b.append('o');
                case 'ł' -> b.append('l');
                case 'đ' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
