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
                 Set<String> subordinators, Pattern before, Pattern deictic, Pattern notNarrative, int narrativeReach, int clockReach, int futureYears,
                 int sectionReach, int headingWords, int presentNarrativeYears, int presentStoryDays, Pattern now,
                 AsOf asOfPublication, Pattern pluralSpan, Pattern yearEnd,
                 Pattern deicticMonth, Pattern writingTime, Pattern anaphoric, Pattern weekday,
                 Set<String> lightVerbs, Set<String> hearsayVerbs, Pattern frequency, Pattern seasonNoun,
                 Pattern ago) {

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
                file.limits().clockReach(), file.limits().futureYears(), file.limits().sectionReach(),
                file.limits().headingWords(), file.limits().presentNarrativeYears(), file.limits().presentStoryDays(),
                Patterns.compile(file.now(), "dates.yaml now"), AsOf.from(file.asOfPublication()),
                Patterns.compile(file.pluralSpan(), "dates.yaml plural_span"),
                Patterns.compile(file.yearEnd(), "dates.yaml year_end"),
                Patterns.compile(file.deicticMonth(), "dates.yaml deictic_month"),
                Patterns.compile(file.writingTime(), "dates.yaml writing_time"),
                Patterns.compile(file.anaphoric() == null ? "(?!)" : file.anaphoric(), "dates.yaml anaphoric"),
                Patterns.compile(file.weekday() == null ? "(?!)" : file.weekday(), "dates.yaml weekday"),
                Words.set(file.lightVerbs() == null ? List.of() : file.lightVerbs()),
                Words.set(file.hearsayVerbs() == null ? List.of() : file.hearsayVerbs()),
                Patterns.compile(file.frequency() == null ? "(?!)" : file.frequency(), "dates.yaml frequency"),
                Patterns.compile(file.seasonNoun() == null ? "(?!)" : file.seasonNoun(), "dates.yaml season_noun"),
                Patterns.compile(file.ago() == null ? "(?!)" : file.ago(), "dates.yaml ago"));
    }

    /**
     * dates.yaml {@code as_of_publication}: the precision an undated statement about the time of writing gets, by
     * its tense; null where the policy is "none" (such statements stay undated).
     */
    record AsOf(DatePrecision present, DatePrecision perfectNow, DatePrecision perfect) {
        static AsOf from(DatesFile.AsOfPublication policy) {
            return new AsOf(precision(policy.present(), "present"), precision(policy.perfectNow(), "perfect_now"),
                    precision(policy.perfect(), "perfect"));
        }

        private static DatePrecision precision(String value, String key) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("none")) {
                return null;
            }
            if (!lower.equals("day") && !lower.equals("month")) {
                throw new RuleFileException("dates.yaml as_of_publication " + key + ": day, month or none, not '"
                        + value + "'");
            }
            return DatePrecision.valueOf(lower.toUpperCase(Locale.ROOT));
        }
    }
}
