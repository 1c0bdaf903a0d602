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
 *     1 minus the product of (1 - confidence) over the mentions
 */
public record Support(int reports, int mentions, List<Double> confidences, double score) {
    public Support {
        confidences = List.copyOf(confidences);
    }

    static Support of(MergedEvent event) {
        List<Double> confidences = new ArrayList<>();
        double doubt = 1;
        int mentions = 0;
        for (ReportedEvent member : event.members()) {
            double confidence = Math.max(0, Math.min(1, member.event().confidence()));
            int told = Math.max(1, member.event().mentions().size());
            confidences.add(confidence);
            mentions += told;
            doubt *= Math.pow(1 - confidence, told);
        }
        return new Support(event.docIds().size(), mentions, confidences, 1 - doubt);
    }

    /** The events with at least {@code minSupport}, and those left out, each in the order given. */
    public static Selection select(List<MergedEvent> events, double minSupport) {
        List<MergedEvent> kept = new ArrayList<>();
        List<MergedEvent> leftOut = new ArrayList<>();
        for (MergedEvent event : events) {
            (event.support().score() >= minSupport - 1e-9 ? kept : leftOut).add(event);
        }
        return new Selection(kept, leftOut, minSupport);
    }

    /** Merged events split by a support threshold. */
    public record Selection(List<MergedEvent> kept, List<MergedEvent> leftOut, double minSupport) {
        public Selection {
            kept = List.copyOf(kept);
            leftOut = List.copyOf(leftOut);
        }
    }
}
