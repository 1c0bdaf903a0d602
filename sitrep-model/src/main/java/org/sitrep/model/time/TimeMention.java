package org.sitrep.model.time;

import org.sitrep.model.Span;

/**
 * A date expression in a sentence, normalised against the report's publication date.
 *
 * @param timex the TIMEX3 value the tagger gave ({@code 2012-03-22}, {@code 2012-03}, {@code PRESENT_REF})
 * @param range the interval it denotes, or null when it cannot be placed on the calendar
 */
public record TimeMention(int sentence, Span span, String text, String timex, DateRange range) {
}
