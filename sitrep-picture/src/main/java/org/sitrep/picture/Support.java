package org.sitrep.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the reports support a merged event.
 *
 * @param reports how many reports tell it
 * @param mentions how many sentences tell it, in all reports
 * @param confidences the coder's confidence in each report's event, in member order
 * @param score the chance that at least one mention is right, each being right with its report's confidence:
 *     1 minus the product of (1 - confidence) over the mentions; a report that dates the event in its own words
 *     leaves {@code worded_date_weight} less doubt
 */
public record Support(int reports, int mentions, List<Double> confidences, double score) {
    public Support {
        confidences = List.copyOf(confidences);
    }

    static Support of(MergedEvent event, PictureRules rules) {
        List<Double> confidences = new ArrayList<>();
        double doubt = 1;
        int mentions = 0;
        for (ReportedEvent member : event.members()) {
            double confidence = Math.max(0, Math.min(1, member.event().confidence()));
            int told = Math.max(1, member.event().mentions().size());
            confidences.add(confidence);
            mentions += told;
            double left = 1 - confidence;
            if (member.event().dateText() != null && member.event().date() != null) {
                left *= 1 - rules.wordedDateWeight();
            }
            doubt *= Math.pow(left, told);
        }
        return new Support(event.docIds().size(), mentions, confidences, 1 - doubt);
    }

    /** The events with at least {@code minSupport}, and those left out, each in the order given. */
    public static Selection select(List<MergedEvent> events, PictureRules rules, double minSupport) {
        List<MergedEvent> kept = new ArrayList<>();
        List<MergedEvent> leftOut = new ArrayList<>();
        for (MergedEvent event : events) {
            (event.support(rules).score() >= minSupport - 1e-9 ? kept : leftOut).add(event);
        }
        return new Selection(kept, leftOut, minSupport, rules);
    }

    /** Merged events split by a support threshold, with the rules that weighed them. */
    public record Selection(List<MergedEvent> kept, List<MergedEvent> leftOut, double minSupport,
                            PictureRules rules) {
        public Selection {
            kept = List.copyOf(kept);
            leftOut = List.copyOf(leftOut);
        }
    }
}
