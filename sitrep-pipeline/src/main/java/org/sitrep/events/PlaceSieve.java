package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;

/**
 * Which of the places a sentence names may say where one of its events happened. Not a place named only as the
 * modifier of a person or a thing ("the Tessit girls", "a U.S. citizen", "a Lagos-based group"); not a country that
 * is the subject of a clause, which is an actor ("Chad pledged troops"); not a place of a coordinated clause with
 * a subject of its own ("..., and Gao was taken"); not a country other than the report's named as anything but a
 * location ("aid pledged by Canada"). Of those left, the ones of the trigger's own clause come first.
 */
final class PlaceSieve {
    /** The relations of a clause coordinated with another. */
    private static final Set<String> COORDINATED = Set.of("conj", "parataxis");

    private final CodingContext context;

    PlaceSieve(CodingContext context) {
        this.context = context;
    }

    /** The places that may place the event of trigger {@code t}, those of its own clause first, in text order. */
    List<PlaceMention> located(List<PlaceMention> places, Parse parse, int t, List<EventActor> doers,
                               String focusIso3, boolean moving) {
        List<PlaceMention> own = new ArrayList<>();
        List<PlaceMention> rest = new ArrayList<>();
        int clause = clause(t, parse);
        for (PlaceMention p : places) {
            // A possessor ("as part of America's efforts") or the doer itself ("Japan suspended its aid") is an
            // actor, not where anything happened.
            if (possessive(p, parse) || doers.stream().anyMatch(a -> a.span() != null
                    && (p.span().contains(a.span()) || a.span().equals(p.span())))) {
                continue;
            }
            // A name inside the doer's description, and not where it is ("a coalition under the name of X", not
            // "fighters based in the town of X"), is no place of the event.
            if (doers.stream().anyMatch(a -> a.span() != null && a.span().contains(p.span()))
                    && !placePhrase(p.span(), parse)) {
                continue;
            }
            if (modifier(p.span(), parse, t) || origin(p.span(), parse, t, moving) || actingSubject(p, parse, t) || otherClause(p.span(), parse, t)
                    || foreignAside(p, parse, t, focusIso3)) {
                continue;
            }
            int head = headOf(p.span(), parse);
            (head >= 0 && clause(head, parse) == clause ? own : rest).add(p);
        }
        own.addAll(rest);
        return own;
    }

    /**
     * Whether the words of {@code span} say where: a place preposition of words.yaml before them ("in Gao"), or a
     * place, town or region noun they name ("the town of Gao").
     */
    private boolean placePhrase(Span span, Parse parse) {
        int head = headOf(span, parse);
        if (head < 0) {
            return false;
        }
        if (context.words.place().contains(parse.caseOf(head))) {
            return true;
        }
        int governor = parse.head(head);
        if (governor < 0) {
            return false;
        }
        String lemma = parse.lemma(governor);
        Words words = context.words;
        return words.placeNouns().contains(lemma) || words.places().townNouns().contains(lemma)
                || words.places().regionNouns().contains(lemma) || words.places().venueNouns().contains(lemma);
    }

    /** The token that heads the words of {@code span}: the last one whose head lies outside them; -1 if none. */
    static int headOf(Span span, Parse parse) {
        int out = -1;
        for (Token token : parse.tokens()) {
            if (!token.span().overlaps(span)) {
                continue;
            }
            int head = token.head();
            if (head < 0 || !parse.token(head).span().overlaps(span)) {
                out = token.index();
            }
        }
        return out;
    }

    /**
     * Whether the place only qualifies a noun that is neither a place, a venue nor an event ("the Tessit girls",
     * "the U.S. Embassy", "a Lagos-based group"), other than the trigger {@code except} itself ("the Gao attack").
     */
    boolean modifier(Span span, Parse parse, int except) {
        for (Token token : parse.tokens()) {
            if (token.span().overlaps(span) && token.span().end() > span.end()) {
                return true;
            }
        }
        int head = headOf(span, parse);
        if (head < 0) {
            return false;
        }
        String relation = parse.relation(head);
        int governor = parse.head(head);
        if (!(relation.startsWith("compound") || relation.equals("amod")) || governor < 0 || governor == except
                || !parse.token(governor).isNoun()) {
            return false;
        }
        String lemma = parse.lemma(governor);
        Words words = context.words;
        return !words.placeNouns().contains(lemma) && !words.places().venueNouns().contains(lemma)
                && !words.places().townNouns().contains(lemma) && !words.places().regionNouns().contains(lemma)
                && context.lexicon.nounTriggers(lemma).isEmpty();
    }

    /**
     * Whether the place lies in a phrase of origin on a noun other than the trigger ("troops from Chad", "a
     * battalion from across the river in X"): where someone came from, not where the deed happened. A "from" on
     * the trigger itself ("fled from Gao", "withdrew from the town") still places it, unless the event is a move
     * placed where it went ({@code moving}: "brought soldiers from the garrison").
     */
    boolean origin(Span span, Parse parse, int t, boolean moving) {
        int steps = 0;
        for (int j = headOf(span, parse); j >= 0 && j != t && steps++ < parse.size(); j = parse.head(j)) {
            int governor = parse.head(j);
            if (governor < 0) {
                return false;
            }
            boolean fromCase = context.words.places().origin().contains(parse.caseOf(j));
            if (governor == t) {
                return moving && fromCase;
            }
            if (fromCase && parse.relation(j).startsWith("nmod") && parse.token(governor).isNoun()
                    && !context.words.places().distanceNouns().contains(parse.lemma(governor).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country, an area or a name the gazetteer does not know that is the subject of a clause acts there ("Chad
     * pledged troops", "South Africa sent a contingent"); a passive one is the trigger's object ("Gao was attacked").
     */
    private boolean actingSubject(PlaceMention place, Parse parse, int t) {
        Location location = place.location();
        if (location.resolved() && location.area() == null && !country(location)) {
            return false;
        }
        int head = firstConjunct(headOf(place.span(), parse), parse);
        if (head < 0) {
            return false;
        }
        String relation = parse.relation(head);
        if (relation.equals("nsubj:pass") && parse.head(head) == t) {
            return false;
        }
        return relation.startsWith("nsubj") || relation.startsWith("csubj");
    }

    /**
     * Whether the place belongs to a coordinated clause that does not govern the trigger and has a subject of its
     * own: "forty were killed, and Gao was taken" does not place the killing in Gao.
     */
    boolean otherClause(Span span, Parse parse, int t) {
        int head = headOf(span, parse);
        int steps = 0;
        for (int j = clause(head, parse); j >= 0 && steps < parse.size(); j = parse.head(j), steps++) {
            if (parse.distanceUp(t, j) >= 0) {
                return false;
            }
            // Only a coordinated clause tells another event; an adverbial or relative one sets the scene ("as the
            // governor fled Gao", "fighters who came back from Sudan").
            if (clauseHead(j, parse) && subject(j, parse) && COORDINATED.contains(parse.relation(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country other than the report's, named as anything but a location ("in", "inside", "from" it) or as where
     * the trigger itself went ("fled to Chad").
     */
    private boolean foreignAside(PlaceMention place, Parse parse, int t, String focusIso3) {
        Location location = place.location();
        if (!country(location) || focusIso3 == null || focusIso3.equals(location.countryIso3())) {
            return false;
        }
        int head = firstConjunct(headOf(place.span(), parse), parse);
        return head < 0 || !context.words.place().contains(parse.caseOf(head))
                && !(parse.head(head) == t && context.words.places().destination().contains(parse.caseOf(head)));
    }

    /** The clause a token belongs to: the nearest verb, copular predicate or root at or above it; -1 if none. */
    static int clause(int index, Parse parse) {
        int steps = 0;
        for (int j = index; j >= 0 && steps < parse.size(); j = parse.head(j), steps++) {
            if (clauseHead(j, parse)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean clauseHead(int index, Parse parse) {
        return parse.token(index).isVerb() || !parse.children(index, "cop").isEmpty() || parse.head(index) < 0;
    }

    private static boolean subject(int index, Parse parse) {
        return !parse.children(index, "nsubj").isEmpty() || !parse.children(index, "csubj").isEmpty()
                || !parse.children(index, "expl").isEmpty();
    }

    /** "inside Cameroon and Nigeria": Nigeria's preposition and role are Cameroon's. */
    private static int firstConjunct(int index, Parse parse) {
        int steps = 0;
        int j = index;
        while (j >= 0 && parse.relation(j).startsWith("conj") && steps++ < parse.size()) {
            j = parse.head(j);
        }
        return j;
    }

    static boolean country(Location location) {
        return location.area() == null && location.resolution() == Location.COUNTRY;
    }

    /** Whether the place's name is followed by a possessive "'s". */
    static boolean possessive(PlaceMention place, Parse parse) {
        for (int i = 0; i + 1 < parse.size(); i++) {
            if (parse.token(i).span().end() == place.span().end()) {
                return parse.token(i + 1).pos().equals("POS");
            }
        }
        return false;
    }
}
