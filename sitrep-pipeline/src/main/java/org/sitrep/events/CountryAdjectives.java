package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.LocalActor;

/**
 * The countries an event noun's adjectives of nationality name as its doer: "a Freedonian air raid" was
 * Freedonia's. Each is the report's state actor of that country when the report names one, else the country's
 * name with no actor. Used only for classes of events.yaml {@code demonym_doer}, and only when nothing else in the
 * sentence names the doer (RoleReader asks last).
 */
final class CountryAdjectives {
    /** The key prefix of a state actor ("state:MLI"), as the actor stage writes it. */
    private static final String STATE_KEY = "state:";

    private final CodingContext context;

    CountryAdjectives(CodingContext context) {
        this.context = context;
    }

    /** The doers the adjectives modifying the event noun {@code noun} name, in the order written. */
    List<EventActor> doers(int noun, Parse parse, int sentence) {
        List<EventActor> out = new ArrayList<>();
        for (int adjective : parse.children(noun, "amod")) {
            for (int item : parse.withConjuncts(adjective)) {
                country(item, parse, sentence).filter(a -> out.stream()
                        .noneMatch(o -> o.entityText().equals(a.entityText()))).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The country the word at {@code token} names as an adjective of nationality, as a doer. */
    private Optional<EventActor> country(int token, Parse parse, int sentence) {
        for (PlaceMention demonym : context.demonyms(sentence)) {
            Location place = demonym.location();
            if (!demonym.span().overlaps(parse.token(token).span()) || place.resolution() != Location.COUNTRY
                    || place.countryIso3() == null) {
                continue;
            }
            for (LocalActor actor : context.document.localActors()) {
                if (actor.kind() == ActorKind.STATE && isState(actor, place)) {
                    return Optional.of(new EventActor(actor.key(), actor.name(), demonym.span()));
                }
            }
            return place.name() == null ? Optional.empty()
                    : Optional.of(new EventActor(null, place.name(), demonym.span()));
        }
        return Optional.empty();
    }

    /** Whether a state actor is the state of the country a place lies in. */
    static boolean isState(LocalActor state, Location place) {
        if (state.key().equals(STATE_KEY + place.countryIso3())) {
            return true;
        }
        if (place.resolution() != Location.COUNTRY) {
            return false;
        }
        return place.name() != null && state.name().equalsIgnoreCase(place.name())
                || state.surfaceForms().contains(place.text());
    }
}
