package org.sitrep.places;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Folds names for lookup: accents off, lower case, apostrophes dropped, other punctuation to one space. */
public final class Folding {
    private static final String APOSTROPHES = "'’`ʼ‘";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,4}");

    private Folding() {
    }

    /** "Côte d’Ivoire" → "cote divoire", "Tin-Essako" → "tin essako", "Ségou" → "segou". */
    public static String fold(String s) {
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

    /** True for an all-caps query of 3 or 4 letters ("GAO", "BAMA"): possibly an airport code. */
    static boolean looksLikeCode(String s) {
        return CODE.matcher(s.strip()).matches();
    }
}
