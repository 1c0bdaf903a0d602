package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.figures.FigureLexicon.Trigger;
import org.sitrep.model.Token;
import org.sitrep.model.figure.FigureKind;

/**
 * Decides what a figure counts. The clause around it comes first: "five soldiers were wounded" counts injured,
 * "173,000 civilians having fled" displaced. The dependency parse says which verb governs the counted noun and
 * whether the noun is its subject or its object; when the parse attaches the number to no clause, the words right
 * after and right before the phrase stand in. Then come modifiers of the noun ("displaced people") and the noun
 * itself ("troops", "refugees"). Stateless and thread-safe.
 */
final class KindResolver {
    private static final Set<String> PASSIVE_SUBJECTS = Set.of("nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj", "nsubj:xsubj");
    private static final Set<String> OBJECTS = Set.of("obj", "dobj", "iobj");
    private static final Set<String> PASSIVE_AUX = Set.of("aux:pass", "auxpass");
    private static final Set<String> CLAUSE_MODIFIERS = Set.of("acl", "acl:relcl", "rcmod", "vmod", "partmod");
    private static final Set<String> COMPLEMENTS = Set.of("xcomp");
    private static final Set<FigureKind> PERSON_KINDS = Set.of(FigureKind.TROOPS, FigureKind.PEOPLE);
    private static final Set<FigureKind> EVENT_KINDS =
            Set.of(FigureKind.DEAD, FigureKind.INJURED, FigureKind.ARRESTED, FigureKind.DISPLACED);

    /** What the dependencies said: a trigger, and whether the phrase sits in a clause at all. */
    private record Attachment(Optional<Trigger> trigger, boolean attached) {
        static final Attachment NONE = new Attachment(Optional.empty(), false);
    }

    private final FigureLexicon lexicon;

    KindResolver(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The kind of the count at tokens {@code [numberStart, numberEnd)}, or empty when a bare number ("killing
     * more than 100") has no clause that says what it counts.
     *
     * @param phraseStart where the phrase starts, qualifier included
     * @param after the index after the phrase, counted noun included
     * @param groupKind what a group-size suffix counts ("7,000-strong")
     */
    Optional<FigureKind> resolve(List<Token> tokens, int numberStart, int numberEnd, int phraseStart, int after,
                                 Optional<CountedPhrase> counted, Optional<FigureKind> groupKind, boolean military) {
        Optional<FigureKind> nounKind = counted.flatMap(c -> countedKind(tokens, c, military)).or(() -> groupKind);
        if (counted.isPresent() && counted.get().collective()) {
            return nounKind;
        }
        boolean personWord = counted.isEmpty() || nounKind.filter(PERSON_KINDS::contains).isPresent()
                || Tokens.pos(tokens.get(counted.get().head())).equals("PRP")
                || Tokens.pos(tokens.get(counted.get().head())).equals("NNPS");
        Optional<FigureKind> fromClause = trigger(tokens, numberStart, numberEnd, phraseStart, after, counted)
                .filter(t -> !t.needsPeople() || personWord)
                .map(Trigger::kind);
        if (fromClause.isPresent()) {
            return fromClause;
        }
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        CountedPhrase phrase = counted.get();
        for (int k = phrase.start(); k < phrase.head(); k++) {
            Optional<FigureKind> modifier = lexicon.adjectiveKind(tokens.get(k));
            if (modifier.isPresent()) {
                return modifier;
            }
        }
        return Optional.of(nounKind.orElse(FigureKind.OTHER));
    }

    /** The kind the counted words name on their own, if the word lists know them. */
    Optional<FigureKind> countedKind(List<Token> tokens, CountedPhrase counted, boolean military) {
        Token head = tokens.get(counted.head());
        if (counted.collective()) {
            return lexicon.collective(head);
        }
        return lexicon.nounKind(head)
                .or(() -> lexicon.adjectiveKind(head))
                .or(() -> lexicon.contextualKind(head, military))
                // a plural proper noun is a demonym here: "five Malians"
                .or(() -> Tokens.pos(head).equals("NNPS") ? Optional.of(FigureKind.PEOPLE) : Optional.empty());
    }

    private Optional<Trigger> trigger(List<Token> tokens, int numberStart, int numberEnd, int phraseStart, int after,
                                      Optional<CountedPhrase> counted) {
        List<Integer> anchors = new ArrayList<>();
        if (counted.isPresent()) {
            anchors.add(counted.get().head());
        }
        if (counted.isEmpty() || counted.get().partitive()) {
            // "40 of its troops": the parser makes the number the head of the phrase
            int numberHead = outsideHead(tokens, numberStart, numberEnd);
            if (numberHead >= 0) {
                anchors.add(0, numberHead);
            }
        }
        boolean attached = false;
        for (int anchor : anchors) {
            Attachment attachment = fromDependencies(tokens, anchor);
            if (attachment.trigger().isPresent()) {
                return attachment.trigger();
            }
            attached |= attachment.attached();
        }
        return attached ? Optional.empty() : fromNeighbours(tokens, phraseStart, after);
    }

    private Attachment fromDependencies(List<Token> tokens, int anchor) {
        int node = anchor;
        // "five soldiers and two civilians were killed": the second conjunct shares the first one's clause
        for (int hops = 0; hops < 3 && Tokens.relation(tokens.get(node)).equals("conj"); hops++) {
            int up = Tokens.head(tokens, node);
            if (up < 0) {
                break;
            }
            node = up;
        }
        // reduced and full relative clauses: "civilians killed in", "people who fled", "civilians fleeing"
        for (int k = 0; k < tokens.size(); k++) {
            if (Tokens.head(tokens, k) == node && CLAUSE_MODIFIERS.contains(Tokens.relation(tokens.get(k)))) {
                Optional<Trigger> found = clauseTrigger(tokens, k, isPassive(tokens, k));
                if (found.isPresent()) {
                    return new Attachment(found, true);
                }
            }
        }
        int head = Tokens.head(tokens, node);
        if (head < 0) {
            return Attachment.NONE;
        }
        String relation = Tokens.relation(tokens.get(node));
        Token governor = tokens.get(head);
        boolean passiveClause = Tokens.hasChild(tokens, head, PASSIVE_AUX);
        if (PASSIVE_SUBJECTS.contains(relation)
                || (passiveClause && (SUBJECTS.contains(relation) || relation.equals("obl")))) {
            return new Attachment(clauseTrigger(tokens, head, true), true);
        }
        if (SUBJECTS.contains(relation)) {
            boolean clause = Tokens.isVerb(governor) || Tokens.pos(governor).startsWith("JJ");
            return new Attachment(clauseTrigger(tokens, head, false), clause);
        }
        if (OBJECTS.contains(relation)) {
            return new Attachment(lexicon.objectVerb(governor), Tokens.isVerb(governor));
        }
        if ((relation.startsWith("nmod") || relation.startsWith("obl")) && Tokens.isNoun(governor)) {
            // "the killing of 12 villagers"
            return new Attachment(lexicon.eventNoun(governor).map(kind -> new Trigger(kind, false)), false);
        }
        return Attachment.NONE;
    }

    /** The trigger of the clause headed by {@code verb}, whose subject or object is the counted phrase. */
    private Optional<Trigger> clauseTrigger(List<Token> tokens, int verb, boolean passive) {
        Token head = tokens.get(verb);
        Optional<Trigger> found = passive
                ? lexicon.objectVerb(head).or(() -> adjectiveTrigger(head))
                : lexicon.subjectVerb(head).map(kind -> new Trigger(kind, false))
                        .or(() -> Tokens.pos(head).startsWith("JJ") ? adjectiveTrigger(head) : Optional.empty());
        if (found.isPresent()) {
            return found;
        }
        // complements: "were found dead", "were reported killed", "began to flee", "were made homeless"
        for (int k = 0; k < tokens.size(); k++) {
            if (Tokens.head(tokens, k) != verb || !COMPLEMENTS.contains(Tokens.relation(tokens.get(k)))) {
                continue;
            }
            Token complement = tokens.get(k);
            Optional<Trigger> inner = adjectiveTrigger(complement)
                    .or(() -> lexicon.subjectVerb(complement).map(kind -> new Trigger(kind, false)))
                    .or(() -> passive || Tokens.pos(complement).equals("VBN")
                            ? lexicon.objectVerb(complement) : Optional.empty());
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /**
     * When the parse attaches the phrase to no clause ("Up to 500 may have died" hangs off "Up"): a status noun
     * right after it ("took 40 soldiers prisoner"), the next verb after it past auxiliaries and adverbs, or the
     * verb right before it ("killing more than 100").
     */
    private Optional<Trigger> fromNeighbours(List<Token> tokens, int phraseStart, int after) {
        int k = after;
        while (k < tokens.size() && isAuxiliaryOrAdverb(tokens.get(k))) {
            k++;
        }
        if (after < tokens.size() && Tokens.pos(tokens.get(after)).equals("NN")) {
            // "have taken 7 aid workers hostage", "took 40 soldiers prisoner"
            Optional<Trigger> status = lexicon.nounKind(tokens.get(after)).filter(EVENT_KINDS::contains)
                    .map(kind -> new Trigger(kind, true));
            if (status.isPresent()) {
                return status;
            }
        }
        if (k < tokens.size()) {
            Token next = tokens.get(k);
            boolean objectFollows = k + 1 < tokens.size() && startsNounPhrase(tokens.get(k + 1));
            Optional<Trigger> found = Tokens.isVerb(next)
                    ? lexicon.subjectVerb(next).map(kind -> new Trigger(kind, false)) : Optional.empty();
            if (found.isEmpty() && Tokens.pos(next).equals("VBN") && !objectFollows) {
                found = lexicon.objectVerb(next);
            }
            if (found.isEmpty() && Tokens.pos(next).startsWith("JJ")) {
                found = adjectiveTrigger(next);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        int before = phraseStart - 1;
        if (before >= 0 && Tokens.isVerb(tokens.get(before))) {
            return lexicon.objectVerb(tokens.get(before));
        }
        if (before >= 1 && Tokens.word(tokens.get(before)).equals("of")) {
            return lexicon.eventNoun(tokens.get(before - 1)).map(kind -> new Trigger(kind, false));
        }
        return Optional.empty();
    }

    private Optional<Trigger> adjectiveTrigger(Token token) {
        return lexicon.adjectiveKind(token).map(kind -> new Trigger(kind, false));
    }

    private static boolean isPassive(List<Token> tokens, int verb) {
        if (Tokens.hasChild(tokens, verb, PASSIVE_AUX)) {
            return true;
        }
        return Tokens.pos(tokens.get(verb)).equals("VBN") && !Tokens.hasChild(tokens, verb, SUBJECTS);
    }

    private static boolean isAuxiliaryOrAdverb(Token token) {
        String pos = Tokens.pos(token);
        if (pos.equals("MD") || pos.startsWith("RB")) {
            return true;
        }
        String lemma = Tokens.lemma(token);
        return Tokens.isVerb(token) && (lemma.equals("be") || lemma.equals("have") || lemma.equals("get"));
    }

    private static boolean startsNounPhrase(Token token) {
        String pos = Tokens.pos(token);
        return pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$") || pos.equals("PRP") || pos.startsWith("NN");
    }

    /** The first token of {@code [start, end)} whose head lies outside it: the phrase's link to the sentence. */
    static int outsideHead(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            int head = Tokens.head(tokens, k);
            if (head < start || head >= end) {
                return k;
            }
        }
        return -1;
    }
}
