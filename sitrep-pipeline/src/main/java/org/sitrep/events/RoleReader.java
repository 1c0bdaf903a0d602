package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;

/**
 * Who did it and to whom: the subject (or "by" agent) of a verb is its source and its object its target; for a
 * noun, its possessor, "by" phrase or a name before it is the source, its "against/on/of/from" phrase the target,
 * and the subject of a support verb ("imposed sanctions") the source. The words are words.yaml's.
 */
final class RoleReader {
    /** Relations a finite verb only gets when the parse broke around it. */
    private static final Set<String> MISPARSED_VERB = Set.of("amod", "dep", "compound");
    /** Relations of the words that tell an event noun apart from one told before ("the deadly attack"). */
    private static final Set<String> OWN_WORDS = Set.of("amod", "compound", "nummod");
    /** The preposition of the phrase that names the event a thing was won in ("won seats in the vote"). */
    private static final String WITHIN = "in";
    /** The mark after which a clause tells how the deed of the clause before it was done. */
    private static final String COLON = ":";

    private final CodingContext context;
    private final HeadKinds kinds;
    private final Subjects subjects;
    private final ArgumentReader arguments;
    private final DashedDoers dashed;
    private final CountryAdjectives countries;

    RoleReader(CodingContext context, HeadKinds kinds, Subjects subjects, ArgumentReader arguments,
               DashedDoers dashed) {
        this.context = context;
        this.kinds = kinds;
        this.subjects = subjects;
        this.arguments = arguments;
        this.dashed = dashed;
        this.countries = new CountryAdjectives(context);
    }

    Roles read(Found found, Sentence sentence, Parse parse) {
        Words words = context.words;
        int t = found.token();
        int index = sentence.index();
        List<Integer> sourceHeads = new ArrayList<>();
        List<Integer> targetHeads = new ArrayList<>();
        if (found.trigger().verb()) {
            if (found.trigger().conditions().contains(EventLexicon.Condition.SUBJECT_IS_TARGET)) {
                targetHeads.addAll(subjects.of(t, parse));
            } else {
                sourceHeads.addAll(subjects.of(t, parse));
            }
            if (found.trigger().conditions().contains(EventLexicon.Condition.SOURCE_FROM)) {
                // "the army received support from France": the one "from" names gave it.
                for (int child : parse.children(t)) {
                    if ((parse.relation(child).startsWith("obl") || parse.relation(child).startsWith("nmod"))
                            && words.source().contains(parse.caseOf(child))) {
                        sourceHeads.add(child);
                    }
                }
                for (int object : parse.children(t, "obj")) {
                    for (int child : parse.children(object)) {
                        if (parse.relation(child).startsWith("nmod") && words.source().contains(parse.caseOf(child))) {
                            sourceHeads.add(child);
                        }
                    }
                }
            } else {
                targetHeads.addAll(parse.children(t, "obj"));
            }
            boolean electedIsDoer = found.trigger().conditions()
                    .contains(EventLexicon.Condition.PASSIVE_SUBJECT_IS_SOURCE);
            // "Touré was elected president": for an election the one elected is its actor.
            (electedIsDoer ? sourceHeads : targetHeads).addAll(parse.children(t, "nsubj:pass"));
            if (parse.relation(t).equals("acl") && parse.token(t).pos().equals("VBN")) {
                // "the president toppled by the coup": the modified noun is the one acted upon.
                (electedIsDoer ? sourceHeads : targetHeads).add(parse.head(t));
            }
        } else {
            boolean possessorSuffers = found.trigger().conditions()
                    .contains(EventLexicon.Condition.POSSESSOR_IS_TARGET);
            for (int child : parse.children(t)) {
                String rel = parse.relation(child);
                String preposition = parse.caseOf(child);
                boolean possessiveState = rel.equals("nmod:poss") && kinds.isState(child, parse, index);
                if (possessiveState) {
                    // "Mali's coup" happened in Mali; Mali did not stage it.
                    continue;
                }
                if (rel.equals("nmod:poss") && possessorSuffers) {
                    // "Keita's ouster", "Sanogo's arrest": the possessor is the one it befell.
                    targetHeads.add(child);
                } else if (rel.equals("nsubj") && !parse.caseOf(t).isEmpty()
                        && !words.state().contains(parse.caseOf(t)) && !words.time().contains(parse.caseOf(t))) {
                    // "the minister was in full flight": a predicate noun's subject is its doer ("he is back
                    // after the coup" only says when he is).
                    sourceHeads.add(child);
                } else if (rel.startsWith("acl") && words.supportVerbs().contains(parse.lemma(child))) {
                    // "the coup, which was led by junior officers"
                    sourceHeads.addAll(subjects.of(child, parse));
                } else if (rel.equals("nmod:poss") || rel.startsWith("nmod") && words.agent().contains(preposition)
                        || (rel.equals("compound") || rel.equals("amod")) && kinds.hasActor(child, parse, index)) {
                    sourceHeads.add(child);
                } else if (rel.startsWith("nmod") && words.parties().contains(preposition)) {
                    // "an agreement between the government and the rebels": both are its parties.
                    sourceHeads.add(child);
                } else if (rel.startsWith("nmod") && words.target().contains(preposition)) {
                    targetHeads.add(child);
                }
            }
        }
        List<EventActor> sources = arguments.actors(sourceHeads, parse, index);
        int governor = parse.head(t);
        if (!found.trigger().verb() && sources.isEmpty() && governor >= 0
                && (parse.relation(t).equals("obj") || parse.relation(t).startsWith("nsubj:pass"))
                && words.supportVerbs().contains(parse.lemma(governor))) {
            // "announced his resignation", "imposed sanctions": the doer is the support verb's subject.
            sources = arguments.actors(subjects.of(governor, parse), parse, index);
        }
        boolean bare = parse.children(t).stream().map(parse::relation).noneMatch(r -> OWN_WORDS.contains(r)
                || r.startsWith("nmod") || r.startsWith("acl"));
        if (!found.trigger().verb() && sources.isEmpty() && !bare) {
            // "X claimed responsibility for the deadly attack at the mall", "X was responsible for the 2010
            // bombings": X did it. A bare "the attack" recalls an event told before, whose doer it is only a claim
            // about.
            sources = arguments.actors(subjects.responsible(t, parse), parse, index);
        }
        if (!found.trigger().verb() && sources.isEmpty() && governor >= 0 && parse.relation(t).equals("obl")
                && words.joining().contains(parse.caseOf(t)) && words.joiningVerbs().contains(parse.lemma(governor))) {
            // "the international community is united in condemnation of the coup"
            List<Integer> joiners = new ArrayList<>(subjects.of(governor, parse));
            joiners.addAll(parse.children(governor, "nsubj:pass"));
            sources = arguments.actors(joiners, parse, index);
        }
        if (found.trigger().verb() && parse.children(t, "nsubj:pass").isEmpty()
                && dashed.dashBefore(t, parse, sentence)
                && (sources.isEmpty() && MISPARSED_VERB.contains(parse.relation(t))
                || !agentive(sourceHeads, sources, parse, index))) {
            // Dashes broke the parse: "took" got "imposition of sharia" as its subject.
            List<EventActor> before = dashed.before(t, parse, sentence);
            if (!before.isEmpty()) {
                sources = before;
            }
        }
        // "marched in the capital Abuja to demand ...": a place does not act, nor does a dateline's town.
        sources = sources.stream().filter(a -> a.actorKey() != null || !kinds.onlyPlaces(a.span(), parse, index))
                .toList();
        List<Integer> chosen = chosen(found, parse, index);
        if (!chosen.isEmpty()) {
            // "deputies chose the general as president in a vote": an election's actor is the one it chose.
            sources = arguments.actors(chosen, parse, index);
            targetHeads.removeAll(chosen);
        }
        if (sources.isEmpty()) {
            sources = arguments.actors(winners(found, parse, index), parse, index);
        }
        if (sources.isEmpty()) {
            sources = arguments.actors(meanwhile(found, parse, index), parse, index);
        }
        if (sources.isEmpty()) {
            sources = arguments.actors(beforeColon(found, parse), parse, index);
        }
        if (sources.isEmpty()) {
            sources = arguments.actors(framing(found, parse), parse, index);
        }
        if (sources.isEmpty() && !found.trigger().verb()
                && context.lexicon.policies().demonymDoer().contains(found.trigger().crisisClass())
                && !found.trigger().conditions().contains(EventLexicon.Condition.POSSESSOR_IS_TARGET)) {
            // "a Freedonian air raid hit the depot": a state's deed, named by its adjective, when nothing else
            // names the doer ("X led a Freedonian assault" was X's).
            sources = countries.doers(t, parse, index);
        }
        boolean underIt = !found.trigger().verb() && words.state().contains(parse.caseOf(t)) && governor >= 0;
        if (underIt) {
            // "many of his ministers under arrest": the one under it is the one it befell.
            targetHeads.add(governor);
        }
        List<EventActor> companions = found.trigger().verb() && !sources.isEmpty()
                && context.lexicon.policies().participantDoer().contains(found.trigger().crisisClass())
                ? companions(t, parse, index) : List.of();
        return new Roles(sourceHeads, sources, arguments.actors(targetHeads, parse, index), underIt, companions);
    }

    /**
     * The persons an event of events.yaml {@code winner_is_doer} chose: the objects of the verb of choosing
     * (words.yaml choosing_verbs) that is its trigger or governs its noun ("selected X as president in a vote").
     */
    private List<Integer> chosen(Found found, Parse parse, int sentence) {
        if (!context.lexicon.policies().winnerIsDoer().contains(found.trigger().crisisClass())) {
            return List.of();
        }
        int t = found.token();
        int chooser = found.trigger().verb() ? t : parse.relation(t).startsWith("obl") ? parse.head(t) : -1;
        if (chooser < 0 || !context.words.choosingVerbs().contains(parse.lemma(chooser))) {
            return List.of();
        }
        return parse.children(chooser, "obj").stream().filter(o -> kinds.isPerson(o, parse, sentence)).toList();
    }

    /**
     * The subjects of a verb of winning (words.yaml winning_verbs) whose object is the noun of an event of events.yaml
     * {@code winner_is_doer}, or whose object or own "in" phrase holds it: "the alliance won the election", "the
     * alliance won most seats in the vote".
     */
    private List<Integer> winners(Found found, Parse parse, int sentence) {
        if (found.trigger().verb()
                || !context.lexicon.policies().winnerIsDoer().contains(found.trigger().crisisClass())) {
            return List.of();
        }
        int t = found.token();
        int verb = parse.head(t);
        String rel = parse.relation(t);
        boolean within = (rel.startsWith("obl") || rel.startsWith("nmod")) && WITHIN.equals(parse.caseOf(t));
        if (verb >= 0 && within && parse.relation(verb).equals("obj")) {
            // "won most seats in the vote": the parser may hang the vote on the seats.
            verb = parse.head(verb);
        }
        if (verb < 0 || !(rel.equals("obj") || within) || !context.words.winningVerbs().contains(parse.lemma(verb))) {
            return List.of();
        }
        return subjects.of(verb, parse);
    }

    /**
     * Those a doer did an event of events.yaml {@code participant_doer}'s classes with (words.yaml
     * {@code comitative}), when they are people or actors: "she marched with other parents and activists", written
     * as one group with its coordinated items, as a report names them.
     */
    private List<EventActor> companions(int t, Parse parse, int sentence) {
        Words words = context.words;
        List<EventActor> out = new ArrayList<>();
        for (int child : parse.children(t)) {
            String rel = parse.relation(child);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && words.comitative().contains(parse.caseOf(child))
                    && (kinds.isPeople(child, parse, sentence) || kinds.hasActor(child, parse, sentence))) {
                out.addAll(kinds.hasActor(child, parse, sentence) ? arguments.actors(List.of(child), parse, sentence)
                        : arguments.group(child, parse).stream().toList());
            }
        }
        return out;
    }

    /**
     * The armed men who did a deed told in the passive without its doer, when a clause of the same moment (words.yaml
     * {@code simultaneous}) tells them acting: "the governor was captured as rebel fighters took the town".
     */
    private List<Integer> meanwhile(Found found, Parse parse, int sentence) {
        int t = found.token();
        if (!found.trigger().verb() || found.trigger().conditions()
                .contains(EventLexicon.Condition.PASSIVE_SUBJECT_IS_SOURCE)) {
            return List.of();
        }
        int clause = t;
        while (parse.relation(clause).equals("conj") && parse.head(clause) >= 0) {
            clause = parse.head(clause);
        }
        if (parse.children(clause, "nsubj:pass").isEmpty() && parse.children(t, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int advcl : parse.children(clause, "advcl")) {
            boolean same = parse.children(advcl, "mark").stream()
                    .anyMatch(m -> context.words.simultaneous().contains(parse.lemma(m)));
            if (same) {
                subjects.of(advcl, parse).stream().filter(s -> kinds.isCombatant(s, parse, sentence)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The doer of the deed a clause before a colon tells, for an event noun of the same class that is the subject or
     * object of the clause after it, which names no doer: the colon says how the deed was done ("the air force
     * struck first: at dawn a raid hit the depot").
     */
    private List<Integer> beforeColon(Found found, Parse parse) {
        int t = found.token();
        int clause = parse.head(t);
        String rel = parse.relation(t);
        if (found.trigger().verb() || clause < 0 || !(rel.startsWith("nsubj") || rel.equals("obj"))
                || !parse.relation(clause).equals("parataxis")) {
            return List.of();
        }
        int deed = parse.head(clause);
        boolean colon = false;
        for (int i = deed + 1; i < clause && deed >= 0; i++) {
            colon |= parse.token(i).word().equals(COLON);
        }
        CrisisClass crisisClass = found.trigger().crisisClass();
        String lemma = deed >= 0 ? parse.lemma(deed) : "";
        boolean sameDeed = deed >= 0 && parse.token(deed).isVerb()
                && java.util.stream.Stream.concat(context.lexicon.verbTriggers(lemma).stream(),
                        context.lexicon.cameoVerbTriggers(lemma).stream())
                .anyMatch(trigger -> trigger.crisisClass() == crisisClass);
        return colon && sameDeed ? subjects.of(deed, parse) : List.of();
    }

    /**
     * The doer of the deed an event noun of events.yaml {@code framed_doer} frames in an "in"/"during" phrase
     * (words.yaml {@code frame}): "rebels stormed the radio in a coup attempt". The deed's verb must report a class
     * of {@code borrow_doer} whose subject acts; a passive without its agent names no one.
     */
    private List<Integer> framing(Found found, Parse parse) {
        int t = found.token();
        int deed = parse.head(t);
        if (found.trigger().verb() || deed < 0 || !parse.relation(t).startsWith("obl")
                || !context.words.frame().contains(parse.caseOf(t)) || !parse.token(deed).isVerb()
                || !context.lexicon.policies().framedDoer().contains(found.trigger().crisisClass())) {
            return List.of();
        }
        String lemma = parse.lemma(deed);
        boolean doneToSomeone = java.util.stream.Stream.concat(context.lexicon.verbTriggers(lemma).stream(),
                        context.lexicon.cameoVerbTriggers(lemma).stream())
                .anyMatch(trigger -> context.lexicon.policies().borrowDoer().contains(trigger.crisisClass())
                        && !trigger.conditions().contains(EventLexicon.Condition.SUBJECT_IS_TARGET));
        return doneToSomeone ? subjects.of(deed, parse) : List.of();
    }

    /** Whether some doer found is someone: an actor, or people ("soldiers", "thousands"). */
    private boolean agentive(List<Integer> heads, List<EventActor> doers, Parse parse, int sentence) {
        return doers.stream().anyMatch(a -> a.actorKey() != null)
                || heads.stream().anyMatch(h -> kinds.isPeople(h, parse, sentence)
                || parse.token(h).pos().startsWith("NNP")
                || context.words.pronouns().contains(parse.token(h).word().toLowerCase(Locale.ROOT)));
    }
}
