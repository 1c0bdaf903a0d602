package org.sitrep.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.time.DateRange;

/**
 * A coup ends its target's office, so a report's date for a coup must hold the day the dated roles say the
 * target left an office of {@code coup_ends} (within {@code tenure_tolerance_days}): "a 2011 coup" against a
 * president who left office in March 2012, or against one who left in 1991, is misdated, and that report's date
 * is set aside (the event counts as undated). A target with no such role, or still in office, is no evidence.
 * Stateless.
 */
final class TenureCheck {
    private final PictureRules rules;
    private final EventMerger merger;

    TenureCheck(PictureRules rules, EventMerger merger) {
        this.rules = rules;
        this.merger = merger;
    }

    List<MergedEvent> check(List<MergedEvent> events, Map<String, Actor> actors) {
        List<MergedEvent> out = new ArrayList<>();
        for (MergedEvent event : events) {
            if (!rules.coupClasses().contains(event.crisisClass())) {
                out.add(event);
                continue;
            }
            boolean changed = false;
            List<ReportedEvent> members = new ArrayList<>();
            for (ReportedEvent member : event.members()) {
                if (misdated(member.event(), actors)) {
                    members.add(new ReportedEvent(member.event().withDate(null, null), member.docId(),
                            member.published()));
                    changed = true;
                } else {
                    members.add(member);
                }
            }
            out.add(changed ? merger.mergeOne(event.id(), members) : event);
        }
        return out;
    }

    private boolean misdated(Event event, Map<String, Actor> actors) {
        DateRange date = event.date();
        if (date == null || EventMatcher.statusGroup(event.status()) != org.sitrep.model.event.EventStatus.OCCURRED) {
            return false;
        }
        int tolerance = rules.tenureToleranceDays();
        for (EventActor target : event.targets()) {
            Actor actor = target.actorKey() == null ? null : actors.get(target.actorKey());
            if (actor == null) {
                continue;
            }
            List<Role> offices = actor.roles().stream().filter(role -> role.role() != null
                    && rules.coupEnds().contains(role.role().trim().toLowerCase(Locale.ROOT))).toList();
            if (offices.isEmpty() || offices.stream().anyMatch(role -> role.to() == null)) {
                continue;
            }
            boolean endsWithin = offices.stream().anyMatch(role -> !role.to().isBefore(date.start()
                    .minusDays(tolerance)) && !role.to().isAfter(date.end().plusDays(tolerance)));
            if (!endsWithin) {
                return true;
            }
        }
        return false;
    }
}
