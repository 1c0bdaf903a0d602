package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;

/** What a person or body pronoun stands for (words.yaml person_pronouns, body_pronouns). */
final class Antecedents {
    private final CodingContext context;

    Antecedents(CodingContext context) {
        this.context = context;
    }

    /**
     * What "he", "she" (a person) or "it" (not one) stands for: the actor of the right kind (a person; a body,
     * group or state) named last before it, in its sentence or the few before (events.yaml
     * {@code limits.antecedent_sentences}). A pronoun with no such actor names no one.
     */
    Optional<ActorMention> of(boolean person, Span at, int sentence, Parse own) {
        // A subject earlier in the pronoun's own sentence outranks a name in between ("Although the movement
        // kept its distance from the junta, it agreed to ..."): the subject is what the sentence is about.
        List<ActorMention> here = context.actors(sentence);
        for (int i = here.size() - 1; i >= 0; i--) {
            ActorMention mention = here.get(i);
            ActorKind kind = context.kind(mention.actorKey());
            if (mention.span().start() >= at.start() || kind == null || (kind == ActorKind.PERSON) != person) {
                continue;
            }
            boolean subject = own.tokens().stream().anyMatch(token -> token.span().overlaps(mention.span())
                    && own.relation(token.index()).startsWith("nsubj"));
            if (subject) {
                return Optional.of(mention);
            }
        }
        for (int s = sentence; s >= Math.max(0, sentence - context.lexicon.limits().antecedentSentences()); s--) {
            List<ActorMention> mentions = context.actors(s);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                ActorMention mention = mentions.get(i);
                if (s == sentence && mention.span().start() >= at.start()) {
                    continue;
                }
                ActorKind kind = context.kind(mention.actorKey());
                if (kind != null && (kind == ActorKind.PERSON) == person) {
                    return Optional.of(mention);
                }
            }
        }
        return Optional.empty();
    }
}
