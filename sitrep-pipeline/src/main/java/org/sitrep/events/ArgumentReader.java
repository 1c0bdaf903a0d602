package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.EventActor;

/**
 * Turns the heads of a trigger's arguments into actors: the document's actor mention on the head or its name
 * words, coordinated items and appositions ("donors - the United States, France and the EU -"), pronouns through
 * their antecedents, and otherwise the phrase as written.
 */
final class ArgumentReader {
    /** Named-entity labels of a time: "by March" names no actor. */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION");
    /** Part-of-speech tags a phrase's written form drops from its start (a preposition, determiner, conjunction). */
    private static final Set<String> LEADING = Set.of("IN", "DT", "CC");

    private final CodingContext context;
    private final TriggerMatcher triggers;
    private final Antecedents antecedents;
    private final Subjects subjects;
    private final CountryAdjectives countries;

    ArgumentReader(CodingContext context, TriggerMatcher triggers, Antecedents antecedents, Subjects subjects) {
        this.context = context;
        this.triggers = triggers;
        this.antecedents = antecedents;
        this.subjects = subjects;
        this.countries = new CountryAdjectives(context);
    }

    List<EventActor> actors(List<Integer> heads, Parse parse, int sentence) {
        List<EventActor> out = new ArrayList<>();
        for (int head : heads) {
            boolean eventNoun = triggers.eventNoun(head, parse);
            // "the coup d'état by junior officers overthrew the government": the doer is the event's.
            List<Integer> agents = !eventNoun ? List.of() : lenders(head, parse, sentence);
            List<Integer> items = new ArrayList<>(eventNoun ? agents : parse.withConjuncts(head));
            if (eventNoun && agents.isEmpty() && statesDeed(head, parse)) {
                // "a Freedonian air raid killed five": the raid was Freedonia's, and so is what it did.
                countries.doers(head, parse, sentence).stream()
                        .filter(a -> out.stream().noneMatch(o -> o.entityText().equals(a.entityText())))
                        .forEach(out::add);
            }
            if (!eventNoun && actor(head, parse, sentence).map(a -> a.actorKey() == null).orElse(true)) {
                // "donors - the United States, France and the EU - suspended aid": the apposition names them;
                // between dashes the parser often calls it a bare "dep".
                for (int apposition : parse.children(head)) {
                    String rel = parse.relation(apposition);
                    boolean including = rel.startsWith("nmod") && context.words.including()
                            .contains(parse.caseOf(apposition));
                    if (rel.equals("appos") || rel.equals("dep") && parse.token(apposition).pos().startsWith("NNP")
                            || including) {
                        // "the international community, including the African Union and ECOWAS, condemned ..."
                        items.addAll(parse.withConjuncts(apposition));
                    }
                }
            }
            if (!eventNoun) {
                // "the Chadian and Libyan governments": only where the head names a country's body itself.
                items.addAll(coordinatedModifiers(items.stream().filter(i -> actor(i, parse, sentence)
                        .map(a -> a.actorKey() != null).orElse(false)).toList(), parse));
            }
            for (int item : items) {
                actor(item, parse, sentence).ifPresent(actor -> {
                    if (out.stream().noneMatch(a -> a.entityText().equals(actor.entityText()))) {
                        out.add(actor);
                    }
                });
            }
        }
        return out;
    }

    /**
     * The coordinated modifiers of the heads that name an actor of their own: "the Chadian and Libyan governments"
     * are two states, each adjective the name of one (the actor stage reads "Chadian" there as Chad's government).
     */
    static List<Integer> coordinatedModifiers(List<Integer> heads, Parse parse) {
        List<Integer> out = new ArrayList<>();
        for (int head : heads) {
            for (int modifier : parse.children(head, "amod")) {
                List<Integer> items = parse.withConjuncts(modifier);
                if (items.size() > 1) {
                    out.addAll(items);
                }
            }
        }
        return out;
    }

    /**
     * Who an event noun standing as a doer names as its own doer: its "by" phrase ("the coup d'etat by junior
     * officers overthrew"), an actor modifying or owning it ("a NATO air strike killed", "the rebels' assault
     * killed"; a state owning it is where it happened), or the one who answers for it ("the bombings it was
     * responsible for killed").
     */
    private List<Integer> lenders(int event, Parse parse, int sentence) {
        List<Integer> out = new ArrayList<>();
        for (int child : parse.children(event)) {
            String rel = parse.relation(child);
            boolean agent = rel.startsWith("nmod") && !rel.equals("nmod:poss")
                    && context.words.agent().contains(parse.caseOf(child));
            boolean modifier = (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))
                    && context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(child).span())
                    && (!rel.equals("nmod:poss") || context.kind(m.actorKey()) != ActorKind.STATE));
            if (agent || modifier) {
                out.add(child);
            }
        }
        if (out.isEmpty()) {
            out.addAll(subjects.responsible(event, parse));
        }
        return out;
    }

    /** Whether every class the event noun reports is one a country's adjective names the doer of. */
    private boolean statesDeed(int noun, Parse parse) {
        List<EventLexicon.Trigger> classes = context.lexicon.nounTriggers(parse.lemma(noun));
        return !classes.isEmpty() && classes.stream().allMatch(t -> context.lexicon.policies().demonymDoer()
                .contains(t.crisisClass()) && !t.conditions().contains(EventLexicon.Condition.POSSESSOR_IS_TARGET));
    }

    Optional<EventActor> actor(int head, Parse parse, int sentence) {
        Words words = context.words;
        List<Integer> phrase = parse.phrase(head);
        List<Integer> namePart = new ArrayList<>(List.of(head));
        for (int child : parse.children(head)) {
            String rel = parse.relation(child);
            if (rel.equals("compound") || rel.startsWith("flat") || rel.equals("amod") || rel.equals("nummod")) {
                namePart.add(child);
            }
        }
        Span headSpan = parse.token(head).span();
        ActorMention best = null;
        for (ActorMention mention : context.actors(sentence)) {
            if (mention.span().overlaps(headSpan)) {
                best = mention;
                break;
            }
            boolean inPhrase = namePart.stream().anyMatch(i -> mention.span().overlaps(parse.token(i).span()));
            if (best == null && inPhrase) {
                best = mention;
            }
        }
        if (best != null) {
            return Optional.of(new EventActor(best.actorKey(), best.text(), best.span()));
        }
        String word = parse.token(head).word().toLowerCase(Locale.ROOT);
        if (words.memberNouns().contains(parse.lemma(head)) && parse.children(head, "nmod:poss").stream()
                .anyMatch(p -> parse.token(p).word().equalsIgnoreCase(words.memberPossessive()))) {
            // "its members would close their borders": the body's members act for it.
            Optional<ActorMention> body = antecedents.of(false, headSpan, sentence, parse);
            if (body.isPresent()) {
                List<Integer> memberWords = parse.phrase(head);
                Span span = new Span(parse.token(memberWords.get(0)).span().start(),
                        parse.token(memberWords.get(memberWords.size() - 1)).span().end());
                return Optional.of(new EventActor(body.get().actorKey(),
                        context.document.text().substring(span.start(), span.end()), span));
            }
        }
        if (words.bodyPronouns().contains(word)) {
            Optional<EventActor> continued = antecedents.continued(headSpan, sentence)
                    .flatMap(s -> actor(s.token(), new Parse(context.document.tokens(s.sentence())), s.sentence()))
                    .map(a -> a.actorKey() == null ? a
                            : new EventActor(a.actorKey(), parse.token(head).word(), headSpan));
            if (continued.isPresent()) {
                return continued;
            }
        }
        if (words.personPronouns().contains(word) || words.bodyPronouns().contains(word)) {
            return antecedents.of(words.personPronouns().contains(word), headSpan, sentence, parse)
                    .map(m -> new EventActor(m.actorKey(), parse.token(head).word(), headSpan));
        }
        if (words.pluralPronouns().contains(word)) {
            // "the rebels say they have taken the town": the reporting clause's subject; else the subject
            // standing for several named last ("The insurgents struck at dawn. They took the port."), written as
            // that subject is where it is written, since "they" tells a reader nothing (a doer named outside the
            // event's sentence stays a weak one). Only an actor the document knows: a
            // described subject ("more gunmen arrived") is too often someone else by the time "they" acts.
            return reporter(head, parse, sentence).or(() -> antecedents.plural(head, parse, sentence)
                    .flatMap(s -> actor(s.token(), s.sentence() == sentence ? parse
                            : new Parse(context.document.tokens(s.sentence())), s.sentence()))
                    .filter(a -> a.actorKey() != null));
        }
        String ner = parse.token(head).ner();
        if (TEMPORAL.contains(String.valueOf(ner)) || words.pronouns().contains(word)
                || !parse.token(head).isNoun() || triggers.eventNoun(head, parse)) {
            // Pronouns name no one by themselves, and "the coup" in "toppled by the coup" is an event.
            return Optional.empty();
        }
        while (phrase.size() > 1 && LEADING.contains(parse.token(phrase.get(0)).pos())) {
            phrase = phrase.subList(1, phrase.size());
        }
        int first = phrase.get(0);
        int last = phrase.get(phrase.size() - 1);
        Span span = new Span(parse.token(first).span().start(), parse.token(last).span().end());
        String text = context.document.text().substring(span.start(), span.end());
        return Optional.of(new EventActor(null, text, span));
    }

    /**
     * A noun phrase of people with its coordinated items, as written ("some 30 other parents and activists"), for
     * a group named together; empty when it is not a noun.
     */
    Optional<EventActor> group(int head, Parse parse) {
        if (!parse.token(head).isNoun()) {
            return Optional.empty();
        }
        List<Integer> phrase = new ArrayList<>(parse.phrase(head));
        for (int item : parse.withConjuncts(head)) {
            phrase.addAll(parse.phrase(item));
        }
        phrase.sort(Integer::compare);
        while (phrase.size() > 1 && LEADING.contains(parse.token(phrase.get(0)).pos())) {
            phrase = phrase.subList(1, phrase.size());
        }
        Span span = new Span(parse.token(phrase.get(0)).span().start(),
                parse.token(phrase.get(phrase.size() - 1)).span().end());
        return Optional.of(new EventActor(null, context.document.text().substring(span.start(), span.end()), span));
    }

    /** The subject of the verb that reports the clause a pronoun is the subject of, when it is a known actor. */
    private Optional<EventActor> reporter(int pronoun, Parse parse, int sentence) {
        int verb = parse.head(pronoun);
        if (verb < 0 || !parse.relation(pronoun).startsWith("nsubj") || !parse.relation(verb).equals("ccomp")) {
            return Optional.empty();
        }
        for (int subject : subjects.of(parse.head(verb), parse)) {
            String word = parse.token(subject).word().toLowerCase(Locale.ROOT);
            if (subject != pronoun && !context.words.pronouns().contains(word)) {
                // Only an actor the document knows: "the council said" may be any council.
                return actor(subject, parse, sentence).filter(a -> a.actorKey() != null)
                        .map(a -> new EventActor(a.actorKey(), parse.token(pronoun).word(),
                                parse.token(pronoun).span()));
            }
        }
        return Optional.empty();
    }
}
