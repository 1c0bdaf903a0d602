package org.sitrep.ingest;

import java.util.regex.Pattern;

/** "of the coup.But there is": a sentence glued to the next where the source lost a space or a line break. */
final class GluedSentences implements CleaningStep {
    private static final Pattern GLUED_SENTENCE =
            Pattern.compile("(?<=\\p{Ll}{2}[.!?][”’\"')]?)(?=\\p{Lu}\\p{Ll})");

    @Override
    public String apply(String text) {
        return GLUED_SENTENCE.matcher(text).replaceAll(" ");
    }
}
