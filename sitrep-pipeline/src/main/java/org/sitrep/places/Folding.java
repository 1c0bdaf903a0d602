package org.sitrep.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for lookup: accents off, lower case, apostrophes dropped, other punctuation to one space. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ‘]");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,4}");

    private Folding() {
    }

    /** "Côte d’Ivoire" → "cote divoire", "Tin-Essako" → "tin essako", "Ségou" → "segou". */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.toLowerCase(Locale.ROOT)
                .replace('ø', 'o').replace('ł', 'l').replace('đ', 'd').replace('ı', 'i')
                .replace("æ", "ae").replace("œ", "oe").replace("ß", "ss");
        n = APOSTROPHES.matcher(n).replaceAll("");
        return PUNCT.matcher(n).replaceAll(" ").trim();
    }

    /** True for an all-caps query of 3 or 4 letters ("GAO", "BAMA"): possibly an airport code. */
    static boolean looksLikeCode(String s) {
        return CODE.matcher(s.strip()).matches();
    }
}
