package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads publication dates: an ISO date, or an ISO date-time of which the date is kept as written. */
final class IsoDates {
    private static final Pattern DATE_FIRST = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*|Z|[+-]\\d{2}:\\d{2})?");

    private IsoDates() {
    }

    /**
     * {@code 2012-04-03}, {@code 2012-04-03T10:15:00Z} or {@code 2012-04-03T23:30:00-05:00} (the date as written:
     * the 3rd, not converted to UTC); a space may stand for the {@code T}. Empty for anything else.
     */
    static Optional<LocalDate> parse(String value) {
        String text = value.strip();
        if (!DATE_FIRST.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text));
            }
            String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            DateTimeFormatter format = iso.charAt(10) == 'T' ? DateTimeFormatter.ISO_DATE_TIME
                    : DateTimeFormatter.ISO_DATE;
            TemporalAccessor parsed = format.parse(iso);
            return Optional.of(LocalDate.from(parsed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Also takes the RFC 1123 form some web pages use ({@code Tue, 3 Apr 2012 10:00:00 GMT}). */
    static Optional<LocalDate> parseLenient(String value) {
        Optional<LocalDate> iso = parse(value);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
