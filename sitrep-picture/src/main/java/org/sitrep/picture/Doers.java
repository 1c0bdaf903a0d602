package org.sitrep.picture;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Span;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;

/**
 * How much a report's doer of an event weighs. A doer is <em>weak</em> when only a weak rule gave it: a pronoun
 * ({@code weak_doer_words}), or the report's default doer for the class, whose words lie outside every sentence
 * of the event. A report <em>retells</em> an event when it was published more than {@code retelling_after_days}
 * after the event's date ("the last coup, in 2012" in a report of 2020). Stateless.
 */
final class Doers {
    private Doers() {
    }

    static boolean weak(EventActor actor, Event event, PictureRules rules) {
        String words = actor.entityText() == null ? "" : actor.entityText().trim().toLowerCase(Locale.ROOT);
        if (rules.weakDoerWords().contains(words)) {
            return true;
        }
        Span span = actor.span();
        if (span == null) {
            return false;
        }
        for (EventMention mention : event.mentions()) {
            Span sentence = mention.span();
            if (sentence == null || sentence.start() <= span.start() && span.end() <= sentence.end()) {
                return false;
            }
        }
        return !event.mentions().isEmpty();
    }

    static boolean retelling(ReportedEvent member, PictureRules rules) {
        return member.published() != null && member.event().date() != null
                && ChronoUnit.DAYS.between(member.event().date().end(), member.published())
                > rules.retellingAfterDays();
    }

    /** The doers a report names for the event by its own words, when it tells the event as news. */
    static List<EventActor> ownEvidence(ReportedEvent member, PictureRules rules) {
        if (retelling(member, rules)) {
            return List.of();
        }
        return member.event().sources().stream().filter(actor -> !weak(actor, member.event(), rules)).toList();
    }

    /**
     * The doers of a merged event: those reports name by their own words as news; else those retellings name;
     * else those weak rules gave. A weak or retold doer never joins named ones.
     */
    static List<List<EventActor>> byStrength(List<ReportedEvent> members, PictureRules rules) {
        List<EventActor> named = new ArrayList<>();
        List<EventActor> retold = new ArrayList<>();
        List<EventActor> weak = new ArrayList<>();
        for (ReportedEvent member : members) {
            for (EventActor actor : member.event().sources()) {
                (weak(actor, member.event(), rules) ? weak : retelling(member, rules) ? retold : named).add(actor);
            }
        }
        return List.of(named, retold, weak);
    }
}
