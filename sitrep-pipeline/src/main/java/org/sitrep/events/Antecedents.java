package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;

/** What a person or body pronoun stands for (words.yaml person_pronouns, body_pronouns). */
final class Antecedents {
    /** Kinds of actor a "they" may stand for without a plural noun: groups of people. */
    private static final Set<ActorKind> GROUPS = Set.of(ActorKind.ARMED_GROUP, ActorKind.MILITARY_UNIT,
            ActorKind.MOVEMENT);
    /** Named-entity labels of a time: "the years" do not act. */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION");

    private final CodingContext context;

    /** Where a "they" points: a subject of this sentence. */
    record Subject(int sentence, int token) {
    }

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

    /**
     * The subject an "it" continues when its own sentence names no body before it: the main subject of the
     * sentence before, if that is a body the document knows (not a person), a noun of a group (words.yaml
     * group_nouns: "The group is believed to be behind the raids. It ..."), or an "it" itself, which points
     * further back in turn. A report that goes on about one subject keeps it in "it".
     */
    Optional<Subject> continued(Span at, int sentence) {
        boolean bodyBefore = context.actors(sentence).stream().anyMatch(m -> m.span().start() < at.start()
                && context.kind(m.actorKey()) != null && context.kind(m.actorKey()) != ActorKind.PERSON);
        if (bodyBefore || sentence == 0) {
            return Optional.empty();
        }
        Parse parse = new Parse(context.document.tokens(sentence - 1));
        for (int i = 0; i < parse.size(); i++) {
            int verb = parse.head(i);
            if (verb < 0 || parse.head(verb) >= 0 || !parse.relation(i).startsWith("nsubj")) {
                continue;
            }
            String word = parse.token(i).word().toLowerCase(Locale.ROOT);
            int token = i;
            boolean body = context.actors(sentence - 1).stream().anyMatch(m -> m.span().overlaps(
                    parse.token(token).span()) && context.kind(m.actorKey()) != null
                    && context.kind(m.actorKey()) != ActorKind.PERSON);
            if (body || context.words.bodyPronouns().contains(word)
                    || context.words.groupNouns().contains(parse.lemma(i))) {
                return Optional.of(new Subject(sentence - 1, i));
            }
        }
        return Optional.empty();
    }

    /**
     * What "they" (words.yaml plural_pronouns) stands for: the subject standing for several named last before it
     * in its own sentence, else in the sentences before (events.yaml {@code limits.antecedent_sentences}); in a
     * sentence the main clause's subject outranks the others. A subject stands for several when it is a plural
     * noun ("the insurgents"), coordinated ("the army and the militia"), a group of people the document knows
     * (an armed group, a unit, a movement), or a "they" itself, which points further back in turn. Only subjects:
     * a group named as an object is as often the victim as the doer.
     */
    Optional<Subject> plural(int pronoun, Parse own, int sentence) {
        Optional<Integer> here = pluralSubject(own, sentence, pronoun);
        if (here.isPresent()) {
            return Optional.of(new Subject(sentence, here.get()));
        }
        for (int s = sentence - 1; s >= Math.max(0, sentence - context.lexicon.limits().antecedentSentences()); s--) {
            Parse parse = new Parse(context.document.tokens(s));
            Optional<Integer> there = pluralSubject(parse, s, parse.size());
            if (there.isPresent()) {
                return Optional.of(new Subject(s, there.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> pluralSubject(Parse parse, int sentence, int before) {
        Integer best = null;
        boolean bestMain = false;
        for (int i = 0; i < before; i++) {
            if (!parse.relation(i).equals("nsubj") || !several(i, parse, sentence)) {
                continue;
            }
            boolean main = parse.head(i) >= 0 && parse.head(parse.head(i)) < 0;
            if (main || !bestMain) {
                best = i;
                bestMain = main;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean several(int token, Parse parse, int sentence) {
        String word = parse.token(token).word().toLowerCase(Locale.ROOT);
        if (context.words.pluralPronouns().contains(word)) {
            return true;
        }
        if (context.words.pronouns().contains(word) || TEMPORAL.contains(String.valueOf(parse.token(token).ner()))) {
            return false;
        }
        String pos = parse.token(token).pos();
        return pos.equals("NNS") || pos.equals("NNPS") || !parse.children(token, "conj").isEmpty()
                || context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(token).span())
                && GROUPS.contains(context.kind(m.actorKey())));
    }
}
