package org.sitrep.events;

import java.util.Locale;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;

/** What the head of a phrase names: a place, an area, people, a leader, a state, some actor. */
final class HeadKinds {
    private final CodingContext context;

    HeadKinds(CodingContext context) {
        this.context = context;
    }

    /** Whether the phrase at {@code head} is a direction or area ("the north", "northern Mali"). */
    boolean isArea(int head, Parse parse, int sentence) {
        for (int index : parse.phrase(head)) {
            Span span = parse.token(index).span();
            for (PlaceMention place : context.places(sentence)) {
                if (place.span().overlaps(span) && place.location().area() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isPlace(int head, Parse parse, int sentence) {
        if (context.words.placeNouns().contains(parse.lemma(head))) {
            return true;
        }
        for (int index : parse.phrase(head)) {
            Span span = parse.token(index).span();
            for (PlaceMention place : context.places(sentence)) {
                if (place.span().overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a phrase names only places: each of its nouns is a place the document names or a place noun
     * ("the capital Abuja", a dateline's "BAMAKO"), so that it says where, not who.
     */
    boolean onlyPlaces(Span phrase, Parse parse, int sentence) {
        boolean any = false;
        for (var token : parse.tokens()) {
            if (!token.span().overlaps(phrase) || !token.isNoun()) {
                continue;
            }
            any = true;
            boolean place = context.words.placeNouns().contains(parse.lemma(token.index()))
                    || context.places(sentence).stream().anyMatch(p -> p.span().overlaps(token.span()));
            if (!place) {
                return false;
            }
        }
        return any;
    }

    boolean isPeople(int head, Parse parse, int sentence) {
        if (kinOfLeader(head, parse, sentence)) {
            return false;
        }
        if (context.words.peopleNouns().contains(parse.lemma(head)) || bareCount(head, parse)) {
            return true;
        }
        return context.figures(sentence).stream().anyMatch(f -> f.span().overlaps(parse.token(head).span()));
    }

    /**
     * "At least 3,000 have fled": a number standing alone as a subject, with no noun it counts, counts people (not a
     * year, a time, a sum of money or a share).
     */
    private static boolean bareCount(int head, Parse parse) {
        Token token = parse.token(head);
        return "CD".equals(token.pos()) && parse.relation(head).startsWith("nsubj")
                && (token.ner() == null || "NUMBER".equals(token.ner()) || "O".equals(token.ner()));
    }

    boolean isLeader(int head, Parse parse, int sentence) {
        if (context.words.leaderNouns().contains(parse.lemma(head)) || kinOfLeader(head, parse, sentence)) {
            return true;
        }
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span())
                && context.kind(m.actorKey()) == ActorKind.PERSON);
    }

    /**
     * Whether the phrase names soldiers or their units ("the air force", "a battery of missiles", "French
     * troops"; words.yaml {@code armed_nouns}), or a military unit the document knows.
     */
    boolean isArmed(int head, Parse parse, int sentence) {
        if (parse.phrase(head).stream().anyMatch(i -> context.words.armedNouns().contains(parse.lemma(i)))) {
            return true;
        }
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span())
                && context.kind(m.actorKey()) == ActorKind.MILITARY_UNIT);
    }

    /**
     * Whether the phrase names armed men who fight: soldiers and units ({@link #isArmed}), or rebels, militants and
     * the like (words.yaml {@code detection.combatant_nouns}), or an armed group the document knows.
     */
    boolean isCombatant(int head, Parse parse, int sentence) {
        if (isArmed(head, parse, sentence)
                || context.words.detection().combatantNouns().contains(parse.lemma(head).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span())
                && context.kind(m.actorKey()) == ActorKind.ARMED_GROUP);
    }

    /**
     * Whether the phrase names a town or a place in one: a town noun ("the town", "the capital"; words.yaml
     * {@code places.town_nouns}, {@code places.capital_nouns}), a facility ({@code places.venue_nouns}), or a place
     * the gazetteer resolved to a town or finer.
     */
    boolean isTown(int head, Parse parse, int sentence) {
        String lemma = parse.lemma(head).toLowerCase(Locale.ROOT);
        Words.PlaceWords words = context.words.places();
        if (words.townNouns().contains(lemma) || words.capitalNouns().contains(lemma)
                || words.venueNouns().contains(lemma)) {
            return true;
        }
        Span span = parse.token(head).span();
        return context.places(sentence).stream().anyMatch(p -> p.span().overlaps(span)
                && p.location().resolution() >= Location.TOWN);
    }

    /** "The president's family", "Touré's wife and sons": a leader's kin (words.yaml {@code detection.kin_nouns}). */
    private boolean kinOfLeader(int head, Parse parse, int sentence) {
        if (!context.words.detection().kinNouns().contains(parse.lemma(head).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return parse.children(head, "nmod:poss").stream().anyMatch(p -> isLeader(p, parse, sentence));
    }

    /**
     * The whole a part names: "most of the north" is the north, "the whole of the town" the town (words.yaml
     * {@code detection.partitive_words}); any other phrase is itself.
     */
    int whole(int head, Parse parse) {
        if (!context.words.detection().partitiveWords().contains(parse.lemma(head).toLowerCase(Locale.ROOT))) {
            return head;
        }
        return parse.children(head, "nmod").stream()
                .filter(n -> context.words.ofPlace().contains(parse.caseOf(n))).findFirst().orElse(head);
    }

    /** Whether the phrase at {@code head} names a person the document knows (not a title: "a new president"). */
    boolean isPerson(int head, Parse parse, int sentence) {
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span())
                && context.kind(m.actorKey()) == ActorKind.PERSON);
    }

    boolean isState(int head, Parse parse, int sentence) {
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span())
                && context.kind(m.actorKey()) == ActorKind.STATE);
    }

    /**
     * Whether the phrase names someone who can act: an actor the document knows, people, a leader, armed men, a
     * pronoun or a name; not a thing or an event ("the crisis", "the suspension of subsidies").
     */
    boolean isAgent(int head, Parse parse, int sentence) {
        String tag = parse.token(head).pos();
        return tag.equals("PRP") || tag.startsWith("NNP") || hasActor(head, parse, sentence)
                || context.words.agentNouns().contains(parse.lemma(head).toLowerCase(Locale.ROOT))
                || context.words.groupNouns().contains(parse.lemma(head).toLowerCase(Locale.ROOT))
                || isPeople(head, parse, sentence) || isLeader(head, parse, sentence)
                || isCombatant(head, parse, sentence);
    }

    boolean hasActor(int head, Parse parse, int sentence) {
        return context.actors(sentence).stream().anyMatch(m -> m.span().overlaps(parse.token(head).span()));
    }
}
