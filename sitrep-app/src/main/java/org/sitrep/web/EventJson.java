package org.sitrep.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.export.DateLabels;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.place.Location;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Store;

/**
 * Turns an event into the API's JSON. This is the only web class that reads {@link Event#place()}, so a change
 * of the place's type touches one method ({@link #place}). Not thread-safe: it memoises actor names for one
 * request.
 */
final class EventJson {
    private final Function<String, Optional<Actor>> actors;
    private final Map<String, DocumentSummary> documents;
    private final Map<String, Optional<Actor>> seen = new HashMap<>();

    EventJson(Function<String, Optional<Actor>> actors, Map<String, DocumentSummary> documents) {
        this.actors = actors;
        this.documents = documents;
    }

    /** For a list of events: their actors read from {@code store} in one go rather than one query each. */
    static EventJson of(Store store, Collection<Event> events, Map<String, DocumentSummary> documents) {
        Set<String> ids = new HashSet<>();
        for (Event event : events) {
            event.sources().forEach(actor -> ids.add(actor.actorKey()));
            event.targets().forEach(actor -> ids.add(actor.actorKey()));
        }
        Map<String, Actor> actors = store.actors(ids);
        return new EventJson(id -> Optional.ofNullable(actors.get(id)), documents);
    }

    Map<String, Object> toMap(Event event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", event.id());
        out.put("class", event.crisisClass().name());
        String ploverEvent = event.plover() == null ? null : event.plover().event();
        out.put("plover_event", ploverEvent);
        out.put("quad", ploverEvent == null ? 0 : event.plover().quad());
        out.put("modes", event.plover() == null ? List.of() : event.plover().modes());
        out.put("status", event.status().label());
        Map<String, Object> date = new LinkedHashMap<>();
        if (event.date() != null) {
            date.put("start", event.date().start().toString());
            date.put("end", event.date().end().toString());
            date.put("precision", event.date().precision().label());
        }
        date.put("label", DateLabels.label(event.date()));
        date.put("text", event.dateText());
        out.put("date", date);
        out.put("sources", participants(event.sources()));
        out.put("targets", participants(event.targets()));
        out.put("place", place(event));
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("dead", event.size().dead());
        size.put("injured", event.size().injured());
        size.put("arrested", event.size().arrested());
        size.put("displaced", event.size().displaced());
        size.put("troops", event.size().troops());
        out.put("size", size);
        out.put("confidence", event.confidence());
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (EventMention mention : event.mentions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("doc_id", mention.docId());
            DocumentSummary document = documents.get(mention.docId());
            item.put("doc_title", document == null ? null : document.title());
            item.put("publisher", document == null ? null : document.publisher());
            item.put("sentence", mention.sentence());
            item.put("start", mention.span() == null ? null : mention.span().start());
            item.put("end", mention.span() == null ? null : mention.span().end());
            item.put("text", mention.text());
            item.put("trigger", mention.trigger());
            mentions.add(item);
        }
        out.put("mentions", mentions);
        return out;
    }

    /**
     * Where the event happened: the words of the report and the gazetteer's name, point and resolution (1
     * country .. 5 sub-city; 0 unresolved). {@code lat} and {@code lon} are present for a town or finer (the map
     * draws a point) and for a region (a wide circle round its centre, never a town's dot); a country or an area
     * ("northern Mali") has none and is listed beside the map.
     */
    static Map<String, Object> place(Event event) {
        Location place = event.place();
        if (place == null || place.text().isBlank()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", place.text());
        out.put("name", place.displayName());
        boolean drawn = place.area() == null && place.resolution() >= Location.REGION && place.lat() != null;
        out.put("lat", drawn ? place.lat() : null);
        out.put("lon", drawn ? place.lon() : null);
        out.put("admin1", place.admin1());
        out.put("country", place.countryIso3());
        out.put("resolution", place.resolved() ? place.resolution() : null);
        out.put("level", place.resolutionLabel());
        return out;
    }

    /** The event's place as written, for the reader's highlights. */
    static String placeText(Event event) {
        return event.place() == null ? null : event.place().text();
    }

    private List<Map<String, Object>> participants(List<EventActor> participants) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventActor participant : participants) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("actor_id", participant.actorKey());
            item.put("name", participant.actorKey() == null ? participant.entityText()
                    : actor(participant.actorKey()).map(Actor::name).orElse(participant.entityText()));
            item.put("text", participant.entityText());
            out.add(item);
        }
        return out;
    }

    private Optional<Actor> actor(String id) {
        return seen.computeIfAbsent(id, actors);
    }
}
