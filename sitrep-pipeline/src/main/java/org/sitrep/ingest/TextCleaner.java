package org.sitrep.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * Cleans extracted text so that later stages see one paragraph per line and whole sentences: a chain of steps of
 * one job each, applied in order, as Lucene's analysis chain applies its filters.
 * <ol>
 *   <li>{@link CharacterCleanup}: Unicode NFC, one kind of line end and of space, no control or format
 *   characters, ligatures spelt out;</li>
 *   <li>{@link Unwrapping}: hard-wrapped text ({@link HardWraps}) loses its footnotes and page numbers to the
 *   end ({@link Footnotes}) and has its lines joined ({@link LineJoiner}, {@link Hyphenation}); other text keeps
 *   its lines, with blank runs down to one;</li>
 *   <li>{@link BlankEnds}: no white space at either end;</li>
 *   <li>{@link GluedSentences}: a space between two sentences the source glued together.</li>
 * </ol>
 * Only page-number lines and footnote reference numbers are removed; everything else is moved or joined.
 * Stateless and thread-safe.
 */
public final class TextCleaner {
    private static final CharacterCleanup CHARACTERS = new CharacterCleanup();
    private static final List<CleaningStep> CHAIN = List.of(CHARACTERS, new Unwrapping(), new BlankEnds(),
            new GluedSentences());

    private TextCleaner() {
    }

    /** Cleans extracted text; see the class comment for what changes. */
    public static String clean(String text) {
        String out = text;
        for (CleaningStep step : CHAIN) {
            out = step.apply(out);
        }
        return out;
    }

    /** Whether text is hard-wrapped, as {@link HardWraps} decides after the character clean-up. */
    public static boolean looksHardWrapped(String text) {
        return HardWraps.looksHardWrapped(Arrays.asList(CHARACTERS.apply(text).split("\n", -1)));
    }
}
