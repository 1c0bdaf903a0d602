package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.EventActor;

/**
 * The organisation a sentence describes as the military body ruling the country ("run by a military council
 * called X", "X, the military junta"; words.yaml {@code ruling_body}). A coup or a junta's deed the same sentence
 * tells without a doer was that body's: no dictionary need know it. Only in that sentence, because a report may
 * also tell an earlier junta's coup, which this body did not stage.
 */
final class RulingBodies {

    private final CodingContext context;

    RulingBodies(CodingContext context) {
        this.context = context;
    }

    /** The ruling body the sentence describes, for an event whose default doer has the cues' tag. */
    Optional<EventActor> in(int sentence, String defaultTag) {
        Words.RulingBodyCues cues = context.words.rulingBody();
        if (!cues.tag().equals(defaultTag)) {
            return Optional.empty();
        }
        List<Token> tokens = context.document.tokens(sentence);
        for (ActorMention mention : context.actors(sentence)) {
            ActorKind kind = context.kind(mention.actorKey());
            if (kind == null || kind == ActorKind.PERSON || kind == ActorKind.STATE || kind == ActorKind.IGO) {
                continue;
            }
            if (endsWithCue(wordsBefore(tokens, mention), cues.before())
                    || startsWithCue(wordsAfter(tokens, mention), cues.after())) {
                return Optional.of(new EventActor(mention.actorKey(), context.actor(mention.actorKey()).name(),
                        mention.span()));
            }
        }
        return Optional.empty();
    }

    /** The words before the name, lower case, without a "the" right before it ("called the X"). */
    private static String wordsBefore(List<Token> tokens, ActorMention mention) {
        List<Token> before = tokens.stream().filter(t -> t.span().end() <= mention.span().start()).toList();
        if (!before.isEmpty() && before.get(before.size() - 1).word().equalsIgnoreCase("the")) {
            before = before.subList(0, before.size() - 1);
        }
        return lowerWords(before);
    }

    /** The words after the name, lower case, past a bracketed short form of it ("X (XY), the junta"). */
    private static String wordsAfter(List<Token> tokens, ActorMention mention) {
        List<Token> after = tokens.stream().filter(t -> t.span().start() >= mention.span().end()).toList();
        if (!after.isEmpty() && after.get(0).opensBracket()) {
            for (int close = 1; close < after.size(); close++) {
                if (after.get(close).closesBracket()) {
                    after = after.subList(close + 1, after.size());
                    break;
                }
            }
        }
        return lowerWords(after);
    }

    private static String lowerWords(List<Token> tokens) {
        return tokens.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }

    private static boolean endsWithCue(String before, List<String> cues) {
        return cues.stream().anyMatch(cue -> before.equals(cue) || before.endsWith(" " + cue));
    }

    /** The words after the name start with a cue, and no list goes on after it ("X, the military junta and the unions"). */
    private static boolean startsWithCue(String after, List<String> cues) {
        String words = after + " ";
        return cues.stream().filter(cue -> words.startsWith(cue + " "))
                .map(cue -> words.substring(cue.length() + 1))
                .anyMatch(rest -> !rest.startsWith("and ") && !rest.startsWith("or "));
    }
}
