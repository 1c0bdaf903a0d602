package org.sitrep.store.jdbi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds actor names for lookup, so that "Touré", "toure" and "TOURÉ." compare equal: Unicode NFKD, combining
 * marks removed, lower case, every run of characters other than letters and digits turned into one space,
 * trimmed. Stateless and thread-safe.
 */
public final class NameNormaliser {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameNormaliser() {
    }

    /** The folded form of {@code name}; empty when it has no letter or digit, or is null. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        // Lower-casing after decomposition can itself produce combining marks ("İ" gives "i" and a dot
        // above), so marks are stripped afterwards.
        String lowered = decomposed.toLowerCase(Locale.ROOT);
        String unmarked = COMBINING_MARKS.matcher(lowered).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(unmarked).replaceAll(" ").strip();
    }
}
