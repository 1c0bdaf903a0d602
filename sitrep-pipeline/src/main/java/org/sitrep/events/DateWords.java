package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.events.rules.DatesFile;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.model.time.DatePrecision;

/** The date words of {@code dates.yaml}, compiled. Immutable. */
record DateWords(Pattern relative, Map<String, Integer> numbers, Map<String, DatePrecision> units, Pattern numbered,
                 Pattern month, Pattern dayRange, List<DatesFile.RangeLink> ranges, Pattern rangeOpener,
                 Set<String> subordinators, Pattern before, Pattern deictic, Pattern notNarrative, int narrativeReach, int clockReach, int futureYears) {

    private static Map<String, DatePrecision> units(Map<String, String> units) {
        return units.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT),
                e -> {
                    try {
                        return DatePrecision.valueOf(e.getValue().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        throw new RuleFileException("dates.yaml units: unknown precision '" + e.getValue() + "'", ex);
                    }
                }));
    }

    static DateWords from(DatesFile file) {
        Map<String, Integer> numbers = file.numbers().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        String openers = file.ranges().stream().map(DatesFile.RangeLink::opener).filter(o -> o != null)
                .collect(Collectors.joining("|"));
        return new DateWords(Patterns.compile(file.relative(), "dates.yaml relative"), numbers,
                units(file.units()), Patterns.compile(file.numbered(), "dates.yaml numbered"),
                Patterns.compile(file.month(), "dates.yaml month"),
                Patterns.compile(file.dayRange(), "dates.yaml day_range"), List.copyOf(file.ranges()),
                Patterns.compile("^.*?(?=" + openers + ")", "dates.yaml ranges"), Words.set(file.subordinators()),
                Patterns.compile(file.before(), "dates.yaml before"),
                Patterns.compile(file.deictic(), "dates.yaml deictic"),
                Patterns.compile(file.notNarrative(), "dates.yaml not_narrative"), file.limits().narrativeReach(),
                file.limits().clockReach(), file.limits().futureYears());
    }
}
