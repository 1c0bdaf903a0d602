package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Recognises the text a browser prints in a page's margins when it saves a page as PDF: the date and time, the
 * page's address ({@code file:///...}), the page counter ("1/1") and the page title. A PDF whose only text is
 * that has no report text: it was printed from a blank or image-only page.
 */
final class PrintMarginals {
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(file|https?|about|data|chrome|blob):\\S*");
    private static final Pattern COUNTER = Pattern.compile("(?i)\\b(page\\s+)?\\d{1,4}\\s*(/|of)\\s*\\d{1,4}\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What a header may keep besides the furniture: the page's title, a few words. */
    private static final int MAX_TITLE_WORDS = 8;

    private PrintMarginals() {
    }

    /** Whether {@code text} holds a print margin's address or page counter and at most a short title besides. */
    static boolean onlyMarginals(String text) {
        boolean furniture = ADDRESS.matcher(text).find() || COUNTER.matcher(text).find();
        if (!furniture) {
            return false;
        }
        String rest = ADDRESS.matcher(text).replaceAll(" ");
        rest = DATE.matcher(rest).replaceAll(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = COUNTER.matcher(rest).replaceAll(" ");
        return WORD.matcher(rest).results().count() <= MAX_TITLE_WORDS;
    }
}
