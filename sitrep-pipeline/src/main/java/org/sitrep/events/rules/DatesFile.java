package org.sitrep.events.rules;

import java.util.List;
import java.util.Map;

/** {@code dates.yaml}: the words dates are read by beside SUTime. The file documents each key. */
public record DatesFile(String relative, Map<String, Integer> numbers, Map<String, String> units, String numbered,
                        String month, String dayRange, List<RangeLink> ranges, List<String> subordinators,
                        String before, String deictic, String notNarrative, Limits limits, String now,
                        AsOfPublication asOfPublication, String pluralSpan, String yearEnd,
                        String deicticMonth, String writingTime, @MayOmit String anaphoric,
                        @MayOmit String weekday, @MayOmit List<String> lightVerbs,
                        @MayOmit List<String> hearsayVerbs, @MayOmit String frequency,
                        @MayOmit String seasonNoun, @MayOmit String ago) {

    /** Words between two dates that make them one interval, with the word that must open it, if any. */
    public record RangeLink(String link, @MayOmit String opener) {
    }

    /** How far dates carry. */
    public record Limits(Integer narrativeReach, Integer clockReach, Integer futureYears, Integer sectionReach,
                         Integer headingWords, Integer presentNarrativeYears, Integer presentStoryDays) {
    }

    /** The precision (day, month or none) an undated statement about the time of writing gets, by its tense. */
    public record AsOfPublication(String present, String perfectNow, String perfect) {
    }
}
