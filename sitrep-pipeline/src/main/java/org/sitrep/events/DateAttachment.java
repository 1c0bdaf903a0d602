package org.sitrep.events;

import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.model.time.TimeMention;

/** How a date expression hangs in the parse relative to a trigger or to the sentence's main verb. */
final class DateAttachment {
    /** Attachment scores below this hang in the trigger's own phrase ("elections held in March"). */
    static final int OWN = 10;
    /** How far up the parse a date may hang for a noun to claim it: on the noun's phrase or on its governor. */
    static final int FAR = 100;

    private final Set<String> subordinators;

    DateAttachment(Set<String> subordinators) {
        this.subordinators = subordinators;
    }

    /** How closely a date expression hangs on the trigger: its distance up the parse, else far away. */
    static int attachment(TimeMention time, Parse parse, int trigger) {
        int best = Integer.MAX_VALUE;
        for (Token token : parse.tokens()) {
            if (!time.span().overlaps(token.span())) {
                continue;
            }
            int up = parse.distanceUp(token.index(), trigger);
            int head = parse.head(trigger);
            int upFromHead = head >= 0 ? parse.distanceUp(token.index(), head) : -1;
            // "when in October the leader rebelled and fighting erupted": a date on the first of two joined clauses
            // is the second's too.
            int upFromFirst = head >= 0 && parse.relation(head).equals("conj") && parse.head(head) >= 0
                    && parse.token(head).isVerb() ? parse.distanceUp(token.index(), parse.head(head)) : -1;
            int score = up >= 0 ? up : upFromHead >= 0 ? OWN + upFromHead
                    : upFromFirst == 1 ? OWN + 2 : FAR + Math.abs(token.index() - trigger);
            best = Math.min(best, score);
        }
        return best;
    }

    /** Whether the date expression modifies the sentence's main verb ("On August 18, ... was the final spark"). */
    static boolean datesTheSentence(TimeMention time, Parse parse) {
        for (Token token : parse.tokens()) {
            if (!time.span().overlaps(token.span())) {
                continue;
            }
            int head = parse.head(token.index());
            if (head >= 0 && time.span().overlaps(parse.token(head).span())) {
                continue;
            }
            return head < 0 || parse.head(head) < 0;
        }
        return false;
    }

    /** Whether the token sits in an adverbial clause ("Although the movement was not involved in the coup, ..."). */
    boolean subordinate(int index, Parse parse) {
        for (int current = index; current >= 0; current = parse.head(current)) {
            String relation = parse.relation(current);
            if (relation.equals("advcl") || relation.startsWith("parataxis")) {
                return true;
            }
            // The parser often makes an "Although ..." clause the root: its subordinator still marks it.
            for (int child : parse.children(current, "mark")) {
                if (subordinators.contains(parse.lemma(child))) {
                    return true;
                }
            }
        }
        return false;
    }
}
