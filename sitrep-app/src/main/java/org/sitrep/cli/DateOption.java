package org.sitrep.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates given on the command line, as YYYY-MM-DD. A bad one says what is wrong with it ("there is no month 13")
 * and the form wanted, never a Java exception's text.
 */
final class DateOption {
    static final String FORMAT = "YYYY-MM-DD, such as 2012-03-22";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateOption() {
    }

    static LocalDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a date: give it as " + FORMAT);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new TypeConversionException("'" + text + "' is not a date: there is no month " + month
                    + " (give the date as " + FORMAT + ")");
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            throw new TypeConversionException("'" + text + "' is not a date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day "
                    + day + ", it has " + days + " (give the date as " + FORMAT + ")");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a date: give it as " + FORMAT);
        }
    }
}
