package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for a document that names none (no sidecar, meta tag or property): its first heading, else its first
 * sentence, cut at a word when long. A file name says little to a reader; the report's own first words say more.
 */
final class DocumentTitle {
    /** A first line longer than this is a paragraph, not a heading. */
    private static final int MAX_HEADING = 150;
    private static final int MAX_TITLE = 100;
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private DocumentTitle() {
    }

    /** The title the text gives, or null when it has no words. */
    static String fromText(String text) {
        for (String line : text.split("\\R")) {
            String candidate = line.strip();
            if (candidate.isEmpty() || !candidate.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            boolean markdown = MARKDOWN_HEADING.matcher(candidate).find();
            candidate = MARKDOWN_HEADING.matcher(candidate).replaceFirst("").strip();
            boolean heading = markdown || candidate.length() <= MAX_HEADING
                    && !SENTENCE_END.matcher(candidate.substring(candidate.length() - 1)).find();
            if (!heading) {
                Matcher end = SENTENCE_END.matcher(candidate);
                if (end.find()) {
                    candidate = candidate.substring(0, end.start());
                }
            }
            return shortened(candidate);
        }
        return null;
    }

    private static String shortened(String text) {
        if (text.length() <= MAX_TITLE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TITLE - 1);
        return text.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).strip() + "…";
    }
}
