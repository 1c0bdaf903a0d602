package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        List<String> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.span().end() <= mention.span().start()) {
                words.add(token.word().toLowerCase(Locale.ROOT));
            }
        }
        if (!words.isEmpty() && words.get(words.size() - 1).equals("the")) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The words after the name, lower case, past a bracketed short form of it ("X (XY), the junta"). */
    private static String wordsAfter(List<Token> tokens, ActorMention mention) {
        List<String> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.span().start() >= mention.span().end()) {
                words.add(token.word().toLowerCase(Locale.ROOT));
            }
        }
        if (words.size() >= 3 && words.get(0).equals("(") || words.size() >= 3 && words.get(0).equals("-lrb-")) {
            int close = 1;
            while (close < words.size() && !words.get(close).equals(")") && !words.get(close).equals("-rrb-")) {
                close++;
            }
            words = close < words.size() ? words.subList(close + 1, words.size()) : words;
        }
        return String.join(" ", words);
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
