package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who does what a verb says: its own subject, its "by" agent, or the subject a clause inherits. */
final class Subjects {
    /** Named-entity labels of a time: "by the end of March" is no agent. */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final Words words;
    private final StatusCues.Implicatives implicatives;

    Subjects(Words words, StatusCues.Implicatives implicatives) {
        this.words = words;
        this.implicatives = implicatives;
    }

    /** Subjects of a verb: its own, or for clauses without one, the subject they inherit. */
    List<Integer> of(int verb, Parse parse) {
        List<Integer> direct = new ArrayList<>(parse.children(verb, "nsubj"));
        direct.removeIf(s -> parse.relation(s).startsWith("nsubj:pass"));
        // "By the end of March, the opposition had organized a strike": a time is no agent.
        // "killed by a bullet fired by a protester": a thing is no agent; the one its own "by" names is.
        List<Integer> agents = parse.children(verb, "obl").stream()
                .filter(o -> words.agent().contains(parse.caseOf(o))
                        && !TEMPORAL.contains(String.valueOf(parse.token(o).ner())))
                .flatMap(o -> isInstrument(o, parse) && !owned(o, parse) ? user(o, parse).stream()
                        : java.util.stream.Stream.of(o))
                .toList();
        if (!agents.isEmpty() && !parse.children(verb, "nsubj:pass").isEmpty()
                || !agents.isEmpty() && parse.token(verb).pos().equals("VBN")) {
            return new ArrayList<>(agents);
        }
        List<Integer> out = new ArrayList<>();
        for (int subject : direct) {
            String word = parse.token(subject).word().toLowerCase(Locale.ROOT);
            if (words.relativePronouns().contains(word) && parse.relation(verb).equals("acl:relcl")) {
                out.add(parse.head(verb));
            } else {
                out.add(subject);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int governor = parse.head(verb);
        String relation = parse.relation(verb);
        if (governor < 0) {
            return out;
        }
        if (exceptive(verb, governor, parse)) {
            // "he had no choice but to resign": the one who had no choice resigned, not the choice; also when the
            // parser hangs the clause on the noun.
            boolean onNoun = implicatives.exceptiveNouns().contains(parse.lemma(governor));
            return onNoun ? parse.head(governor) < 0 ? List.of() : of(parse.head(governor), parse)
                    : of(governor, parse);
        }
        if (relation.equals("xcomp")) {
            // "ordered troops to fire": the object acts; "the colonel led his commandos to seize the palace":
            // the one who leads does. "spent two weeks protesting": a time does not act.
            // Nor does a place: "crowds took to the streets to demand" is the crowds' demand.
            // Nor does a thing used: "police used tear gas to disperse the crowd" (words.yaml instrument_nouns).
            List<Integer> objects = parse.children(governor, "obj").stream()
                    .filter(o -> !TEMPORAL.contains(String.valueOf(parse.token(o).ner())))
                    .filter(o -> !isPlace(o, parse)).filter(o -> !isInstrument(o, parse)).toList();
            List<Integer> raised = parse.children(governor, "nsubj:pass").stream()
                    .filter(o -> !isInstrument(o, parse)).toList();
            if (objects.isEmpty() && !raised.isEmpty() && parse.children(verb, "aux:pass").isEmpty()) {
                // "the envoy was said to have brokered", "the general was forced to resign": the one the
                // passive names does what the clause says, whoever said or forced it.
                return raised;
            }
            // "which led the general to flee": a cause leads no one; the one it led does what the clause says.
            boolean leads = words.leadVerbs().contains(parse.lemma(governor)) && parse.children(governor, "nsubj")
                    .stream().noneMatch(s -> words.detection().causePronouns()
                            .contains(parse.token(s).word().toLowerCase(Locale.ROOT)));
            return objects.isEmpty() || leads ? of(governor, parse) : objects;
        }
        if (relation.equals("conj") || relation.equals("advcl") && parse.token(verb).pos().equals("VBG")) {
            return of(governor, parse);
        }
        // A quotation or a dash can leave a second verb of the same subject as a bare "dep" ("the Union
        // condemned the coup and, lamenting "a setback", suspended the country").
        if (relation.equals("dep") && parse.token(verb).pos().startsWith("VB")
                && parse.token(governor).pos().startsWith("VB")) {
            return of(governor, parse);
        }
        if (relation.equals("acl") && !parse.token(verb).pos().equals("VBN")) {
            int spender = parse.head(governor);
            if (spender >= 0 && parse.relation(governor).equals("obj")
                    && TEMPORAL.contains(String.valueOf(parse.token(governor).ner()))) {
                // "thousands spent two weeks protesting": the time spent does not act; who spent it does.
                return of(spender, parse);
            }
            int clause = parse.head(governor);
            if (clause >= 0 && parse.relation(governor).startsWith("obl") && parse.token(clause).isVerb()
                    && parse.token(verb).pos().equals("VBG") && verb > 0
                    && parse.token(verb - 1).word().equals(",")) {
                // "X condemned the arrests in a statement, calling on ...": a participle set off by a comma
                // tells what the clause's doer did, not what the phrase before the comma did.
                List<Integer> doers = of(clause, parse);
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
            return List.of(governor);
        }
        return out;
    }

    /** "but to resign" after a noun of choice or a verb whose object is one (status.yaml implicatives). */
    private boolean exceptive(int verb, int governor, Parse parse) {
        return parse.children(verb, "mark").stream()
                .anyMatch(m -> implicatives.exceptiveMarks().contains(parse.lemma(m)))
                && (implicatives.exceptiveNouns().contains(parse.lemma(governor))
                || parse.children(governor, "obj").stream()
                .anyMatch(o -> implicatives.exceptiveNouns().contains(parse.lemma(o))));
    }

    /** Who a thing was used by: the "by" agent of the participle that tells it ("a bullet fired by a sniper"). */
    private List<Integer> user(int thing, Parse parse) {
        List<Integer> out = new ArrayList<>();
        for (int participle : parse.children(thing, "acl")) {
            parse.children(participle, "obl").stream().filter(o -> words.agent().contains(parse.caseOf(o))
                    && !isInstrument(o, parse)).forEach(out::add);
        }
        return out;
    }

    /** Whether a thing's words say whose it is: "government aircraft", "Libyan planes", "the army's drones". */
    private static boolean owned(int thing, Parse parse) {
        return parse.children(thing).stream().anyMatch(c -> parse.relation(c).equals("nmod:poss")
                || parse.relation(c).equals("compound") || parse.relation(c).equals("amod")
                && Character.isUpperCase(parse.token(c).word().isEmpty() ? 'x' : parse.token(c).word().charAt(0)));
    }

    private boolean isInstrument(int token, Parse parse) {
        return words.instrumentNouns().contains(parse.lemma(token).toLowerCase(Locale.ROOT));
    }

    private boolean isPlace(int token, Parse parse) {
        String lemma = parse.lemma(token).toLowerCase(Locale.ROOT);
        return words.placeNouns().contains(lemma) || words.places().venueNouns().contains(lemma)
                || PLACE_TAGS.contains(String.valueOf(parse.token(token).ner()));
    }

    /**
     * Who answers for an event noun: "X claimed responsibility for the attack", "X was responsible for the
     * bombings" (words.yaml responsibility_words) name X.
     */
    List<Integer> responsible(int event, Parse parse) {
        int governor = parse.head(event);
        String relation = parse.relation(event);
        if (governor < 0 || !(relation.startsWith("obl") || relation.startsWith("nmod"))
                || !words.responsibilityWords().contains(parse.lemma(governor))) {
            return List.of();
        }
        List<Integer> own = of(governor, parse);
        if (!own.isEmpty()) {
            return own;
        }
        int support = parse.head(governor);
        return support >= 0 && parse.relation(governor).equals("obj") ? of(support, parse) : List.of();
    }
}
