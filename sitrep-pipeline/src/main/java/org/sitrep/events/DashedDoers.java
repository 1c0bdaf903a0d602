package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.EventActor;

/**
 * The doers of a verb whose parse dashes broke: "the MNLA - joined by fighters of Ansar Dine - seized Gao" parsed
 * with "seized" as an adjective of "Gao". The joining words are words.yaml's {@code joined_by}.
 */
final class DashedDoers {
    /** An em dash, an en dash, or a hyphen or double hyphen standing between spaces. */
    private static final Pattern DASHES = Pattern.compile("[—–]| -- | - ");

    private final CodingContext context;

    DashedDoers(CodingContext context) {
        this.context = context;
    }

    /** Whether a dash comes before the verb in its sentence. */
    boolean dashBefore(int verb, Parse parse, Sentence sentence) {
        return DASHES.matcher(context.document.text().substring(sentence.span().start(),
                parse.token(verb).span().start())).find();
    }

    /**
     * The first actor named before the verb outside the dashes, with those the dashes say joined it ("joined by",
     * "alongside", "together with", "backed by"); nothing unless the sentence has the shape "DOER - aside - VERB".
     */
    List<EventActor> before(int verb, Parse parse, Sentence sentence) {
        int verbStart = parse.token(verb).span().start();
        String text = context.document.text();
        List<EventActor> out = new ArrayList<>();
        ActorMention main = null;
        for (ActorMention mention : context.actors(sentence.index())) {
            if (mention.span().end() > verbStart) {
                break;
            }
            String before = text.substring(sentence.span().start(), mention.span().start());
            boolean insideDashes = DASHES.matcher(before).results().count() % 2 == 1;
            if (main == null && !insideDashes) {
                main = mention;
                out.add(new EventActor(mention.actorKey(), mention.text(), mention.span()));
            } else if (main != null && insideDashes) {
                // Only the actor the words "joined by" introduce, right after the last doer, joins in.
                EventActor last = out.get(out.size() - 1);
                String gap = text.substring(last.span().end(), mention.span().start());
                if (gap.length() <= context.lexicon.limits().joinedByGap()
                        && context.words.joinedBy().matcher(gap).find() && out.stream().noneMatch(
                        a -> Objects.equals(a.actorKey(), mention.actorKey()))) {
                    out.add(new EventActor(mention.actorKey(), mention.text(), mention.span()));
                }
            }
        }
        // Only the shape "DOER - aside - VERB": the doer right before the first dash, the verb right after the last.
        if (main == null) {
            return List.of();
        }
        String between = text.substring(main.span().end(), verbStart);
        List<MatchResult> dashes = DASHES.matcher(between).results().toList();
        boolean shaped = dashes.size() == 2 && dashes.get(0).start() <= 2
                && between.length() - dashes.get(1).end() <= context.lexicon.limits().dashVerbGap();
        return shaped ? out : List.of();
    }
}
