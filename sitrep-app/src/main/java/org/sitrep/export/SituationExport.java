package org.sitrep.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.picture.Contradiction;
import org.sitrep.picture.Evidence;
import org.sitrep.picture.FigureClaim;
import org.sitrep.picture.Situation;
import org.sitrep.picture.Spells;
import org.sitrep.picture.StateChange;
import org.sitrep.picture.Support;

/**
 * The situation at a date as EXPORT.md's JSON (keys in its order; fields beyond it come after), and
 * contradictions and changes of state as records. Pure functions; thread-safe.
 */
public final class SituationExport {
    private SituationExport() {
    }

    public static Map<String, Object> toMap(Situation situation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", situation.at().toString());
        out.put("country", situation.country());
        List<Map<String, Object>> power = new ArrayList<>();
        for (Spells.Power spell : situation.power()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("office", spell.office());
            item.put("holder", spell.holder());
            item.put("since", date(spell.since()));
            item.put("evidence", evidence(spell.evidence()));
            item.put("holder_id", spell.holderId());
            item.put("country", spell.country());
            item.put("basis", spell.basis());
            power.add(item);
        }
        out.put("power", power);
        List<Map<String, Object>> control = new ArrayList<>();
        for (Spells.Control spell : situation.control()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("place", spell.place());
            item.put("geonameid", spell.geonameId());
            item.put("held_by", spell.heldBy());
            item.put("since", date(spell.since()));
            item.put("evidence", evidence(spell.evidence()));
            item.put("country", spell.country());
            control.add(item);
        }
        out.put("control", control);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Spells.Measure spell : situation.measures()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", spell.kind());
            item.put("by", spell.by());
            item.put("against", spell.against());
            item.put("since", date(spell.since()));
            item.put("evidence", evidence(spell.evidence()));
            // When no report dates the measure: the day the first report that tells of it was published.
            item.put("reported_by", date(spell.knownBy()));
            measures.add(item);
        }
        out.put("measures", measures);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Situation.KeyFigure figure : situation.figures()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("what", figure.kind().label());
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("min", figure.min());
            value.put("max", figure.max());
            item.put("value", value);
            List<Map<String, Object>> claims = new ArrayList<>();
            for (FigureClaim claim : figure.claims()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("value", claim.value());
                if (claim.approx()) {
                    c.put("approx", true);
                }
                c.put("doc_id", claim.docId());
                c.put("qualifier", claim.qualifier().label());
                c.put("published", date(claim.published()));
                c.put("sentence", claim.sentence());
                c.put("text", claim.text());
                claims.add(c);
            }
            item.put("claims", claims);
            figures.add(item);
        }
        out.put("figures", figures);
        return out;
    }

    /** The situation with the support threshold its events passed and how many events it left out. */
    public static Map<String, Object> toMap(Situation situation, Support.Selection selection) {
        Map<String, Object> out = toMap(situation);
        out.put("support", support(selection));
        return out;
    }

    /** {@code {"min_support", "events", "left_out"}}: what a support threshold kept and left out. */
    public static Map<String, Object> support(Support.Selection selection) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("min_support", selection.minSupport());
        out.put("events", selection.kept().size());
        out.put("left_out", selection.leftOut().size());
        return out;
    }

    /** A merged event's evidence weights: {@code {"reports", "mentions", "confidences", "score"}}. */
    public static Map<String, Object> support(Support support) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", support.reports());
        out.put("mentions", support.mentions());
        out.put("confidences", support.confidences());
        out.put("score", Math.round(support.score() * 1000) / 1000.0);
        return out;
    }

    /** A line saying what a support threshold left out, for tables; empty when it left out nothing. */
    public static String leftOutNote(Support.Selection selection) {
        int n = selection.leftOut().size();
        return n == 0 ? "" : String.format(java.util.Locale.ROOT, "%d merged event%s below support %.2f left out "
                + "(--min-support 0 shows them)", n, n == 1 ? "" : "s", selection.minSupport());
    }

    public static Map<String, Object> toMap(Contradiction contradiction) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", contradiction.kind());
        out.put("subject", contradiction.subject());
        out.put("event_id", contradiction.eventId());
        List<Map<String, Object>> sides = new ArrayList<>();
        for (Contradiction.Side side : contradiction.sides()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", side.value());
            item.put("evidence", evidence(side.evidence()));
            sides.add(item);
        }
        out.put("sides", sides);
        return out;
    }

    public static Map<String, Object> toMap(StateChange change) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", date(change.date()));
        out.put("aspect", change.aspect());
        out.put("country", change.country());
        out.put("change", change.change());
        out.put("evidence", evidence(change.evidence()));
        return out;
    }

    public static List<Map<String, Object>> evidence(List<Evidence> evidence) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Evidence item : evidence) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("doc_id", item.docId());
            map.put("sentence", item.sentence());
            map.put("text", item.text());
            items.add(map);
        }
        return items;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
