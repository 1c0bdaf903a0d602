package org.sitrep.ingest;

/** Removes white space before the first and after the last character of the text. */
final class BlankEnds implements CleaningStep {
    @Override
    public String apply(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start).stripTrailing();
    }
}
