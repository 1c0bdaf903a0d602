package org.sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.model.event.CrisisClass;

/**
 * Finds the triggers of {@code events.yaml} in a parsed sentence: a verb or noun lemma, with the particle, object
 * and conditions its entry sets. Stateless apart from the document's context.
 */
final class TriggerMatcher {
    /** Relations of a word that marks its head an attempt ("a failed coup", "the coup that failed"). */
    private static final Set<String> ATTEMPT_MARKS = Set.of("amod", "compound", "acl", "acl:relcl");
    /** Relations by which a trigger hangs on a word of attempt ("coup attempt", "foiled a coup", "tried to oust"). */
    private static final Set<String> ATTEMPT_GOVERNED = Set.of("compound", "obj", "xcomp", "acl");

    private final CodingContext context;
    private final EventLexicon lexicon;
    private final HeadKinds kinds;
    private final Subjects subjects;

    TriggerMatcher(CodingContext context, HeadKinds kinds, Subjects subjects) {
        this.context = context;
        this.lexicon = context.lexicon;
        this.kinds = kinds;
        this.subjects = subjects;
    }

    List<Found> triggers(int sentence, Parse parse) {
        List<Found> out = new ArrayList<>();
        for (int t = 0; t < parse.size(); t++) {
            Token token = parse.token(t);
            String lemma = parse.lemma(t);
            // "an elected government", "the planned talks": a verb used as an adjective reports nothing.
            boolean adjectival = parse.relation(t).equals("amod") || "DATE".equals(token.ner());
            // "the coup leaders", "election results": a noun modifying another names no event.
            // ("a coup attempt" is an attempt at a coup: see attempted.)
            boolean modifier = parse.relation(t).equals("compound") && token.isNoun() && parse.head(t) >= 0
                    && !eventNoun(parse.head(t), parse) && !attemptWord(parse.head(t), parse);
            // "the June 5 Movement-Rally of Patriotic Forces", "the Strike Force": a word of a name is no event.
            boolean named = token.isNoun() && !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0))
                    && context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(token.span())
                    && m.text().strip().contains(" "));
            if (modifier || named) {
                continue;
            }
            // "March 21" is a date, not a march.
            boolean temporal = "DATE".equals(token.ner()) || "TIME".equals(token.ner());
            List<EventLexicon.Trigger> candidates = token.isVerb() && !adjectival ? lexicon.verbTriggers(lemma)
                    : token.isNoun() && !temporal ? lexicon.nounTriggers(lemma)
                    : predicative(t, parse) ? predicateTriggers(t, parse) : List.of();
            int before = out.size();
            // An own entry that names the object it found and refuses it on a condition ("took control of the
            // administration" is no town taken) speaks for the word: CAMEO's pattern of that class does not.
            Set<CrisisClass> refused = EnumSet.noneOf(CrisisClass.class);
            for (EventLexicon.Trigger trigger : candidates) {
                Optional<String> text = matches(trigger, t, parse, sentence);
                text.ifPresent(words -> out.add(attempted(new Found(trigger, token.index(), words), parse)));
                if (text.isEmpty() && !trigger.objects().isEmpty() && object(trigger, t, parse).isPresent()) {
                    refused.add(trigger.crisisClass());
                }
            }
            preferSpecific(out.subList(before, out.size()));
            // CAMEO's verbs are a second lexicon: they speak only where sitrep's own triggers found nothing.
            if (out.size() == before && token.isVerb() && !adjectival) {
                for (EventLexicon.Trigger trigger : lexicon.cameoVerbTriggers(lemma)) {
                    if (refused.contains(trigger.crisisClass())) {
                        continue;
                    }
                    Optional<String> text = matches(trigger, t, parse, sentence);
                    text.ifPresent(words -> out.add(new Found(trigger, token.index(), words)));
                }
            }
        }
        return out;
    }

    /**
     * An adjective said of a subject: with a copula ("the colonel is dead") or as the complement of a verb whose
     * object it is said of ("the raid left two soldiers dead"); not one that modifies a noun ("the dead soldiers").
     */
    private static boolean predicative(int t, Parse parse) {
        if (!parse.token(t).pos().startsWith("JJ")) {
            return false;
        }
        int head = parse.head(t);
        return !parse.children(t, "cop").isEmpty() && !parse.children(t, "nsubj").isEmpty()
                || parse.relation(t).equals("xcomp") && head >= 0 && !parse.children(head, "obj").isEmpty();
    }

    /** A predicate's triggers, but none of a class its verb tells itself ("shot him dead" is the shooting's). */
    private List<EventLexicon.Trigger> predicateTriggers(int t, Parse parse) {
        int head = parse.head(t);
        Set<CrisisClass> told = EnumSet.noneOf(CrisisClass.class);
        if (head >= 0 && parse.relation(t).equals("xcomp")) {
            lexicon.verbTriggers(parse.lemma(head)).forEach(trigger -> told.add(trigger.crisisClass()));
        }
        return lexicon.predicateTriggers(parse.lemma(t)).stream()
                .filter(trigger -> !told.contains(trigger.crisisClass())).toList();
    }

    /**
     * Of the triggers one word matched, one whose object its entry names ("air strikes", "captured the town") speaks
     * for the word: a trigger of another class that asks nothing of its arguments ("strike", "capture") is
     * dropped.
     */
    private static void preferSpecific(List<Found> found) {
        if (found.size() < 2) {
            return;
        }
        List<CrisisClass> specificClasses = found.stream().filter(f -> specific(f.trigger()))
                .map(f -> f.trigger().crisisClass()).toList();
        found.removeIf(f -> !specific(f.trigger())
                && specificClasses.stream().anyMatch(c -> c != f.trigger().crisisClass()));
    }

    /**
     * Whether the trigger is said of leaving a place ("driven from the country", "their expulsion from the north"):
     * a "from" phrase (words.yaml places.origin) that names a place, not a body one is a member of.
     */
    private boolean fromPlace(int t, Parse parse, int sentence) {
        return parse.children(t).stream().filter(c -> parse.relation(c).startsWith("obl")
                        || parse.relation(c).startsWith("nmod"))
                .filter(c -> context.words.places().origin().contains(parse.caseOf(c)))
                .anyMatch(c -> kinds.isPlace(c, parse, sentence)
                        && !context.words.membershipNouns().contains(parse.lemma(c)));
    }

    private static boolean specific(EventLexicon.Trigger trigger) {
        return !trigger.objects().isEmpty() || trigger.conditions().contains(EventLexicon.Condition.OBJECT_IS_PLACE)
                || trigger.conditions().contains(EventLexicon.Condition.OBJECT_IS_MEMBER);
    }

    /**
     * "The failed coup", "a coup attempt", "the coup had failed", "tried to overthrow the president": an attempt at
     * an event of a class that has an attempt class (events.yaml {@code attempt_class}) is of that class. An
     * attempt named by the noun a trigger modifies ("coup attempt") is told by that noun.
     */
    private Found attempted(Found found, Parse parse) {
        EventLexicon.Trigger trigger = found.trigger();
        CrisisClass attempt = lexicon.policies().attemptClass().get(trigger.crisisClass());
        int t = found.token();
        if (attempt == null) {
            return found;
        }
        boolean marked = parse.children(t).stream().anyMatch(c -> ATTEMPT_MARKS.contains(parse.relation(c))
                && attemptWord(c, parse));
        int head = parse.head(t);
        String relation = parse.relation(t);
        boolean governed = head >= 0 && attemptWord(head, parse) && (ATTEMPT_GOVERNED.contains(relation)
                || relation.startsWith("nsubj"));
        if (!marked && !governed) {
            return found;
        }
        int token = governed && relation.equals("compound") ? head : t;
        return new Found(new EventLexicon.Trigger(attempt, trigger.lemma(), trigger.verb(), trigger.particle(),
                trigger.objects(), trigger.conditions(), trigger.direct()), token, found.text());
    }

    private boolean attemptWord(int index, Parse parse) {
        return context.words.attemptWords().contains(parse.lemma(index))
                || context.words.attemptWords().contains(parse.token(index).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the noun names an event: a trigger noun, or the head of one written in two words ("coup d'état"). */
    boolean eventNoun(int head, Parse parse) {
        if (!lexicon.nounTriggers(parse.lemma(head)).isEmpty()) {
            return true;
        }
        String word = straightApostrophes(parse.token(head).word().toLowerCase(Locale.ROOT));
        return parse.children(head, "compound").stream().anyMatch(c -> lexicon.nounTriggers(parse.lemma(c))
                .stream().anyMatch(tr -> tr.particle() != null && tr.particle().equals(word)));
    }

    /** Whether the noun's "of" phrase is itself an event: "condemnation of the coup", "talks on the crisis". */
    boolean respondsToEvent(int t, CrisisClass crisisClass, Parse parse) {
        for (int child : parse.children(t)) {
            if (parse.relation(child).startsWith("nmod") && context.words.response().contains(parse.caseOf(child))
                    && lexicon.nounTriggers(parse.lemma(child)).stream()
                    .anyMatch(other -> other.crisisClass() != crisisClass)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trigger's particle, object and conditions hold at token {@code t}; its words if so. */
    private Optional<String> matches(EventLexicon.Trigger trigger, int t, Parse parse, int sentence) {
        String words = parse.token(t).word();
        // The parser hangs a particle as compound:prt or, as often, as an adverb tagged RP ("died down").
        if (trigger.verb() && trigger.particle() == null && parse.children(t).stream()
                .filter(p -> parse.relation(p).equals("compound:prt") || parse.token(p).pos().equals("RP"))
                .anyMatch(p -> context.words.detection().changesSense(parse.lemma(t), parse.lemma(p)))) {
            return Optional.empty();
        }
        if (trigger.particle() != null) {
            for (String part : trigger.particle().split(" ")) {
                boolean found = false;
                for (int next = t + 1; next <= Math.min(parse.size() - 1, t + 3) && !found; next++) {
                    // Reports write "coup d’état" with a typographic apostrophe as often as with a straight one.
                    found = parse.lemma(next).equals(part)
                            || straightApostrophes(parse.token(next).word()).equalsIgnoreCase(part);
                }
                if (!found) {
                    return Optional.empty();
                }
                words = words + " " + part;
            }
        }
        if (!trigger.objects().isEmpty()) {
            Optional<Integer> object = object(trigger, t, parse);
            if (object.isEmpty()) {
                return Optional.empty();
            }
            words = words + " " + parse.token(object.get()).word();
        }
        for (EventLexicon.Condition condition : trigger.conditions()) {
            if (!holds(condition, trigger, t, parse, sentence)) {
                return Optional.empty();
            }
        }
        return Optional.of(words);
    }

    /** The object among those the trigger lists that the word at {@code t} has, if any. */
    private static Optional<Integer> object(EventLexicon.Trigger trigger, int t, Parse parse) {
        // CAMEO's patterns name nouns: "contributing military might" has no object "military".
        return (trigger.direct() ? directObjects(t, parse) : objectOrOblique(t, parse)).stream()
                .filter(o -> !trigger.direct() || parse.token(o).isNoun())
                .filter(o -> trigger.objects().contains(parse.lemma(o))
                        || trigger.objects().contains(parse.token(o).word().toLowerCase(Locale.ROOT))
                        || trigger.direct() && phraseObject(trigger, o, parse))
                .findFirst();
    }

    /** Whether the object is a phrase the trigger lists ("security services"): its head and its modifiers' words. */
    private static boolean phraseObject(EventLexicon.Trigger trigger, int o, Parse parse) {
        String lemma = parse.lemma(o);
        String word = parse.token(o).word().toLowerCase(Locale.ROOT);
        for (String phrase : trigger.objects()) {
            int space = phrase.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String head = phrase.substring(space + 1);
            if (!head.equals(lemma) && !head.equals(word)) {
                continue;
            }
            boolean all = true;
            for (String modifier : phrase.substring(0, space).split(" ")) {
                all &= parse.children(o).stream().anyMatch(c -> modifier.equals(parse.lemma(c))
                        || modifier.equalsIgnoreCase(parse.token(c).word()));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The verb's own objects: direct objects, passive subjects and the nouns coordinated with them. */
    private static List<Integer> directObjects(int t, Parse parse) {
        List<Integer> out = new ArrayList<>(parse.children(t, "obj"));
        out.addAll(parse.children(t, "nsubj:pass"));
        List<Integer> coordinated = new ArrayList<>();
        out.forEach(o -> coordinated.addAll(parse.children(o, "conj")));
        out.addAll(coordinated);
        return out;
    }

    /** The verb's objects and obliques, and the nouns they govern ("all but humanitarian assistance"). */
    private static List<Integer> objectOrOblique(int t, Parse parse) {
        List<Integer> out = new ArrayList<>(parse.children(t, "obj"));
        out.addAll(parse.children(t, "nsubj:pass"));
        out.addAll(parse.children(t, "obl"));
        out.addAll(parse.children(t, "xcomp"));
        if (parse.token(t).isNoun()) {
            // "the seizure of power", "a power grab", "air strikes"
            parse.children(t).stream().filter(c -> parse.relation(c).startsWith("nmod")
                    && !parse.relation(c).equals("nmod:poss") || parse.relation(c).equals("compound"))
                    .forEach(out::add);
        }
        if (parse.relation(t).equals("acl") || parse.relation(t).startsWith("nsubj:pass")) {
            out.add(parse.head(t));
        }
        List<Integer> nested = new ArrayList<>();
        for (int object : out) {
            for (int child : parse.children(object)) {
                String rel = parse.relation(child);
                if (rel.startsWith("nmod") || rel.equals("conj") || rel.equals("compound") || rel.equals("obl")) {
                    nested.add(child);
                }
            }
        }
        out.addAll(nested);
        return out;
    }

    private boolean holds(EventLexicon.Condition condition, EventLexicon.Trigger trigger, int t, Parse parse,
                          int sentence) {
        Words words = context.words;
        return switch (condition) {
            // Towns, bases and regions are taken; "took Mali to the brink" seizes nothing.
            // "Most of the north" is the north; "moved into the town": a particle that is a preposition heads the
            // verb's object.
            // An object another entry of the word names is that entry's: "took control of the country" is
            // read by the entry of "take control", not as the country taken.
            case OBJECT_IS_PLACE -> placeObjects(trigger, t, parse).stream()
                    .filter(o -> lexicon.verbTriggers(parse.lemma(t)).stream()
                            .noneMatch(other -> other.objects().contains(parse.lemma(o))))
                    .map(o -> kinds.whole(o, parse))
                    .anyMatch(o -> kinds.isPlace(o, parse, sentence) && !kinds.isState(o, parse, sentence));
            case SUBJECT_IS_PLACE -> subjects.of(t, parse).stream().anyMatch(s -> kinds.isPlace(s, parse, sentence));
            case OF_PLACE -> trigger.verb() ? controlOfPlace(trigger, t, parse, sentence)
                    : parse.children(t, "nmod").stream().filter(n -> words.ofPlace().contains(parse.caseOf(n)))
                    .map(n -> kinds.whole(n, parse)).anyMatch(n -> kinds.isPlace(n, parse, sentence));
            // CAMEO's "&military * &town": a town, the capital or a facility in one, not a region or a territory.
            case OBJECT_IS_TOWN -> placeObjects(trigger, t, parse).stream()
                    .anyMatch(o -> kinds.isTown(o, parse, sentence));
            case SUBJECT_IS_COMBATANT -> subjects.of(t, parse).stream()
                    .anyMatch(s -> kinds.isCombatant(s, parse, sentence));
            case SUBJECT_IS_PEOPLE -> !trigger.verb() || subjects.of(t, parse).stream()
                    .anyMatch(s -> kinds.isPeople(s, parse, sentence));
            case SUBJECT_IS_LEADER -> !trigger.verb() || subjects.of(t, parse).stream()
                    .anyMatch(s -> kinds.isLeader(s, parse, sentence))
                    // "Touré was chased out of Bamako": the one a passive names is the one who fled.
                    || trigger.conditions().contains(EventLexicon.Condition.PASSIVE_SUBJECT_IS_SOURCE)
                    && parse.children(t, "nsubj:pass").stream().anyMatch(s -> kinds.isLeader(s, parse, sentence));
            case SUBJECT_IS_MILITARY -> parse.tokens().stream()
                    .anyMatch(token -> words.militaryCues().contains(lemma(token)));
            // A noun of membership asks only that it is not from a place: "their expulsion from the country" is from a
            // territory, "its suspension from the bloc" from a body.
            case OBJECT_IS_MEMBER -> !fromPlace(t, parse, sentence) && (!trigger.verb()
                    || parse.children(t, "obj").stream().anyMatch(o -> kinds.isState(o, parse, sentence))
                    || parse.children(t, "obl").stream().anyMatch(o -> words.membershipNouns()
                    .contains(parse.lemma(o))));
            case SUBJECT_IS_ARMED -> subjects.of(t, parse).stream().anyMatch(s -> kinds.isArmed(s, parse, sentence));
            // "The rebels threatened to march", not "the crisis threatens peace": a risk is no one's threat.
            // A noun of threat is someone's ("the junta's ultimatum", "a threat by the rebels", "ECOWAS issued a
            // threat"), not a danger ("the extremist threat", "the crisis is a threat to peace").
            case SUBJECT_IS_AGENT -> trigger.verb() ? subjects.of(t, parse).stream()
                    .allMatch(s -> kinds.isAgent(s, parse, sentence))
                    : voicers(t, parse).stream().anyMatch(s -> kinds.isAgent(s, parse, sentence));
            case SUBJECT_IS_TARGET, PASSIVE_SUBJECT_IS_SOURCE, POSSESSOR_IS_TARGET, SOURCE_FROM -> true;
        };
    }

    /** Who voices what a noun names: its possessor, its "by" or "from" phrase, the subject of a verb that voices it. */
    private List<Integer> voicers(int noun, Parse parse) {
        List<Integer> out = new ArrayList<>(parse.children(noun, "nmod:poss"));
        parse.children(noun, "nmod").stream().filter(n -> context.words.agent().contains(parse.caseOf(n))
                || context.words.source().contains(parse.caseOf(n))).forEach(out::add);
        int governor = parse.head(noun);
        if (governor >= 0 && parse.relation(noun).equals("obj")
                && context.words.voicingVerbs().contains(parse.lemma(governor))) {
            out.addAll(subjects.of(governor, parse));
        }
        return out;
    }

    /** A verb's own objects, and for a verb written with a preposition ("move into"), that preposition's phrase. */
    private static List<Integer> placeObjects(EventLexicon.Trigger trigger, int t, Parse parse) {
        List<Integer> out = new ArrayList<>(parse.children(t, "obj"));
        out.addAll(parse.children(t, "nsubj:pass"));
        if (trigger.particle() != null) {
            String preposition = trigger.particle().substring(trigger.particle().lastIndexOf(' ') + 1);
            parse.children(t, "obl").stream().filter(o -> preposition.equals(parse.caseOf(o))).forEach(out::add);
        }
        return out;
    }

    /**
     * For a verb whose object its entry names ("took control"): the object's phrase names a town or region ("of
     * Gao", "of most of the north"), not a state, the whole country, or an institution ("control of the
     * administration").
     */
    private boolean controlOfPlace(EventLexicon.Trigger trigger, int t, Parse parse, int sentence) {
        for (int object : objectOrOblique(t, parse)) {
            if (!trigger.objects().contains(parse.lemma(object))) {
                continue;
            }
            for (int n : parse.children(object, "nmod")) {
                int whole = kinds.whole(n, parse);
                // "northern Mali" is a region of a state; "the palace", "key installations" are places held.
                boolean venue = context.words.places().venueNouns().contains(parse.lemma(whole))
                        || context.words.detection().siteNouns().contains(parse.lemma(whole));
                if (kinds.isArea(whole, parse, sentence) || (venue || kinds.isPlace(whole, parse, sentence))
                        && !kinds.isState(whole, parse, sentence)
                        && !context.words.places().countryWords().contains(parse.lemma(whole))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lexicon writes apostrophes straight; reports often write them typographic ("coup d’état"). */
    static String straightApostrophes(String word) {
        return word.replace('\u2019', '\'');
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
