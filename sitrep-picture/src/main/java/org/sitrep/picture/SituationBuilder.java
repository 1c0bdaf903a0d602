package org.sitrep.picture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.actor.Actor;

/**
 * Reads the history of a crisis off merged events and the dictionary's dated roles, by the rules of
 * {@code picture.yaml}; {@link History#at} then gives the situation on any day and {@link History#changes}
 * the changes of state. Only events that happened (status occurred or ongoing) change the state.
 *
 * <ul>
 *   <li><b>Power</b>: dated roles give who held each office; a coup (dated to the day or week) ends the
 *       offices in {@code coup_ends} and gives those in {@code coup_takes} to its doer from the last day of its
 *       date; a resignation ends its doer's offices. On a day, the office's holder is the one whose spell began
 *       last.</li>
 *   <li><b>Control</b>: a seizure of a town (dated to the month or closer) gives it to its doers from its date; seizures the reports date to
 *       overlapping days add doers; a later seizure by others (or any seizure told as a retaking) replaces
 *       them; a withdrawal by a holder ends its hold.</li>
 *   <li><b>Measures</b>: in force from their date (or, undated, from the first report that tells of them)
 *       until a report tells of their lifting, the same body takes the same measure anew, or, with
 *       {@code lapse_when_changes}, the office that held power when they were taken changes hands.</li>
 *   <li><b>Figures</b>: the claims of reports published in the window before the day, the largest per
 *       report, as a range.</li>
 * </ul>
 * An event a report says occurred cannot have happened after the report was published: such a date is
 * set aside here (not in the exports) and the event counts as undated. Stateless and thread-safe.
 */
public final class SituationBuilder {
    private final PictureRules rules;
    private final PowerSpells power;
    private final ControlSpells control;
    private final MeasureSpells measures;

    public SituationBuilder(PictureRules rules, EventPlaces places) {
        this.rules = rules;
        SpellFacts facts = new SpellFacts(places);
        this.power = new PowerSpells(rules, places, facts);
        this.control = new ControlSpells(rules, places);
        this.measures = new MeasureSpells(rules, new EventMatcher(rules, places), facts);
    }

    /**
     * @param actors every known actor with its dated roles: the dictionary's and the store's
     */
    public History build(List<MergedEvent> events, List<Actor> actors, List<FigureClaim> claims) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.putIfAbsent(actor.id(), actor));
        List<Spells.Power> offices = power.spells(events, byId);
        List<Spells.Control> towns = control.spells(events, byId);
        List<Spells.Measure> inForce = measures.spells(events, byId, offices);
        List<FigureClaim> figureClaims = claims.stream().filter(c -> rules.figureKinds().contains(c.kind())).toList();
        return new History(offices, towns, inForce, figureClaims, rules);
    }
}
