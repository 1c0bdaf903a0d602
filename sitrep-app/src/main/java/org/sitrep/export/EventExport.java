package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DateRange;

/**
 * Events in three shapes: the PLOVER JSON Lines record of EXPORT.md, an ACLED-style row (docs/acled-mapping.md)
 * and a flat CSV row. Pure functions: the output depends only on the event and what the two look-ups return,
 * keys come in a fixed order, and nothing reads the clock. Stateless and thread-safe.
 */
public final class EventExport {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    /** The flat CSV's columns. */
    public static final List<String> CSV_COLUMNS = List.of("id", "class", "status", "date", "enddate",
            "date_precision", "sources", "targets", "place", "resolution", "latitude", "longitude", "dead", "injured", "arrested", "displaced", "troops",
            "confidence", "doc_ids", "text");

    private static final String LIST_SEPARATOR = "; ";
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3ToAlpha2();

    private EventExport() {
    }

    /** The PLOVER record of EXPORT.md, keys in its order. */
    public static Map<String, Object> toPlover(Event event, Function<String, Optional<Actor>> actors,
                                               Function<String, Optional<DocumentSummaryView>> documents) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", event.id());
        if (event.date() != null) {
            out.put("date", event.date().start().toString());
            out.put("enddate", event.date().end().toString());
        }
        String ploverEvent = event.plover() == null ? null : event.plover().event();
        out.put("event", ploverEvent == null ? List.of() : List.of(ploverEvent));
        out.put("mode", event.plover() == null ? List.of() : event.plover().modes());
        out.put("context", event.plover() == null ? List.of() : event.plover().contexts());
        out.put("quad_code", ploverEvent == null ? 0 : event.plover().quad());
        out.put("actor", ploverActors(event.sources(), actors));
        out.put("recipient", ploverActors(event.targets(), actors));
        out.put("event_loc", location(event).toMap());
        out.put("size", size(event.size()));
        out.put("event_text", triggers(event));

        Map<String, Object> sitrep = new LinkedHashMap<>();
        sitrep.put("class", event.crisisClass().name());
        sitrep.put("status", event.status().label());
        sitrep.put("date_precision", datePrecision(event));
        sitrep.put("date_text", event.dateText());
        sitrep.put("confidence", event.confidence());
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (EventMention mention : event.mentions()) {
            Optional<DocumentSummaryView> document = lookUp(documents, mention.docId());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("doc_id", mention.docId());
            item.put("doc_title", document.map(DocumentSummaryView::title).orElse(null));
            item.put("publisher", document.map(DocumentSummaryView::publisher).orElse(null));
            item.put("published", document.map(DocumentSummaryView::published).map(LocalDate::toString).orElse(null));
            item.put("sentence", mention.sentence());
            item.put("start", mention.span() == null ? null : mention.span().start());
            item.put("end", mention.span() == null ? null : mention.span().end());
            item.put("text", mention.text());
            mentions.add(item);
        }
        sitrep.put("mentions", mentions);
        out.put("sitrep", sitrep);
        return out;
    }

    /** {@link #toPlover} as one JSON Lines line, without the line end. */
    public static String toPloverLine(Event event, Function<String, Optional<Actor>> actors,
                                      Function<String, Optional<DocumentSummaryView>> documents) {
        try {
            return Json.mapper().writeValueAsString(toPlover(event, actors, documents));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render event " + event.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * One ACLED row, keys exactly {@link #ACLED_COLUMNS}. Unknown cells are null (empty in CSV). ACLED codes
     * only events that happened: callers that want an ACLED-like file filter on {@link EventStatus#OCCURRED}.
     */
    public static Map<String, Object> toAcled(Event event, Function<String, Optional<Actor>> actors,
                                              Function<String, Optional<DocumentSummaryView>> documents) {
        boolean protest = event.crisisClass() == CrisisClass.PROTEST;
        boolean riot = protest && event.plover() != null && event.plover().modes().contains("riot");
        List<Participant> sources = participants(event.sources(), actors, protest, riot);
        List<Participant> targets = participants(event.targets(), actors, false, false);
        EventLocation location = location(event);
        String country = country(location, sources, targets);
        AcledMapping.Category category = AcledMapping.category(event,
                sources.stream().map(Participant::inter).toList(), targets.stream().map(Participant::inter).toList());
        Integer inter1 = sources.isEmpty() ? null : sources.get(0).inter();
        Integer inter2 = targets.isEmpty() ? null : targets.get(0).inter();
        List<EventMention> mentions = event.mentions();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event_id_cnty", event.id());
        out.put("event_date", event.date() == null ? null : event.date().start().toString());
        out.put("year", event.date() == null ? null : event.date().start().getYear());
        out.put("time_precision", event.date() == null ? null : AcledMapping.timePrecision(event.date().precision()));
        out.put("disorder_type", category.disorderType());
        out.put("event_type", category.eventType());
        out.put("sub_event_type", category.subEventType());
        out.put("actor1", sources.isEmpty() ? null : sources.get(0).acledName(country));
        out.put("assoc_actor_1", associated(sources, country));
        out.put("inter1", inter1);
        out.put("actor2", targets.isEmpty() ? null : targets.get(0).acledName(country));
        out.put("assoc_actor_2", associated(targets, country));
        out.put("inter2", inter2);
        out.put("interaction", AcledMapping.interaction(inter1, inter2));
        out.put("civilian_targeting",
                "Violence against civilians".equals(category.eventType()) ? "Civilian targeting" : null);
        out.put("iso", country);
        // ACLED's regions ("Western Africa") need a country table this module does not have yet.
        out.put("region", null);
        out.put("country", countryName(country));
        out.put("admin1", location.admin1());
        out.put("admin2", null);
        out.put("admin3", null);
        out.put("location", location.name());
        out.put("latitude", location.lat());
        out.put("longitude", location.lon());
        out.put("geo_precision", AcledMapping.geoPrecision(location.resolution()));
        out.put("source", joined(publishers(event, documents)));
        out.put("source_scale", null);
        out.put("notes", mentions.isEmpty() ? null : mentions.get(0).text());
        out.put("fatalities", event.size().dead() == null ? 0L : event.size().dead());
        out.put("tags", "sitrep_class=" + event.crisisClass().name() + LIST_SEPARATOR + "status="
                + event.status().label() + LIST_SEPARATOR + "date_precision=" + datePrecision(event));
        out.put("timestamp", timestamp(event, documents));
        return out;
    }

    /** One flat CSV row, keys exactly {@link #CSV_COLUMNS}; lists are joined by {@code "; "}. */
    public static Map<String, Object> toCsv(Event event, Function<String, Optional<Actor>> actors,
                                            Function<String, Optional<DocumentSummaryView>> documents) {
        Objects.requireNonNull(documents, "documents");
        EventSize size = event.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", event.id());
        out.put("class", event.crisisClass().name());
        out.put("status", event.status().label());
        out.put("date", event.date() == null ? null : event.date().start().toString());
        out.put("enddate", event.date() == null ? null : event.date().end().toString());
        out.put("date_precision", datePrecision(event));
        out.put("sources", joined(names(event.sources(), actors)));
        out.put("targets", joined(names(event.targets(), actors)));
        out.put("place", event.place() == null ? null : event.place().displayName());
        out.put("resolution", event.place() == null ? null : event.place().resolutionLabel());
        out.put("latitude", event.place() == null || !event.place().isPoint() ? null : event.place().lat());
        out.put("longitude", event.place() == null || !event.place().isPoint() ? null : event.place().lon());
        out.put("dead", size.dead());
        out.put("injured", size.injured());
        out.put("arrested", size.arrested());
        out.put("displaced", size.displaced());
        out.put("troops", size.troops());
        out.put("confidence", event.confidence());
        Set<String> docIds = new LinkedHashSet<>();
        event.mentions().forEach(mention -> docIds.add(mention.docId()));
        out.put("doc_ids", joined(docIds));
        out.put("text", event.mentions().isEmpty() ? null : event.mentions().get(0).text());
        return out;
    }

    /** The event's place as PLOVER's {@code event_loc}. */
    static EventLocation location(Event event) {
        return EventLocation.of(event.place());
    }

    private static List<Map<String, Object>> ploverActors(List<EventActor> participants,
                                                          Function<String, Optional<Actor>> actors) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (EventActor participant : participants) {
            Optional<Actor> actor = lookUp(actors, participant.actorKey());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", actor.map(Actor::country).orElse(null));
            item.put("sector", actor.map(Actor::sector).orElse(null));
            item.put("entity_text", participant.entityText());
            if (participant.actorKey() != null) {
                item.put("identifier_id", participant.actorKey());
                item.put("identifier_text", actor.map(Actor::name).orElse(null));
                item.put("wikidata_id", actor.map(Actor::wikidataId).orElse(null));
            }
            items.add(item);
        }
        return items;
    }

    private static Map<String, Object> size(EventSize size) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dead", size.dead());
        out.put("injured", size.injured());
        out.put("arrested", size.arrested());
        out.put("displaced", size.displaced());
        out.put("troops", size.troops());
        return out;
    }

    private static List<String> triggers(Event event) {
        Set<String> words = new LinkedHashSet<>();
        for (EventMention mention : event.mentions()) {
            if (mention.trigger() != null && !mention.trigger().isBlank()) {
                words.add(mention.trigger());
            }
        }
        return List.copyOf(words);
    }

    private static String datePrecision(Event event) {
        DateRange date = event.date();
        return date == null ? "unknown" : date.precision().label();
    }

    private static <T> Optional<T> lookUp(Function<String, Optional<T>> lookUp, String key) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<T> found = lookUp.apply(key);
        return found == null ? Optional.empty() : found;
    }

    private static List<String> names(List<EventActor> participants, Function<String, Optional<Actor>> actors) {
        List<String> names = new ArrayList<>();
        for (EventActor participant : participants) {
            names.add(lookUp(actors, participant.actorKey()).map(Actor::name).orElse(participant.entityText()));
        }
        return names;
    }

    private static Set<String> publishers(Event event, Function<String, Optional<DocumentSummaryView>> documents) {
        Set<String> publishers = new LinkedHashSet<>();
        for (EventMention mention : event.mentions()) {
            lookUp(documents, mention.docId()).map(DocumentSummaryView::publisher).ifPresent(publishers::add);
        }
        return publishers;
    }

    /** The latest publication date among the mentions, as Unix seconds at 00:00 UTC: data, not the clock. */
    private static Long timestamp(Event event, Function<String, Optional<DocumentSummaryView>> documents) {
        LocalDate latest = null;
        for (EventMention mention : event.mentions()) {
            LocalDate published = lookUp(documents, mention.docId()).map(DocumentSummaryView::published).orElse(null);
            if (published != null && (latest == null || published.isAfter(latest))) {
                latest = published;
            }
        }
        return latest == null ? null : latest.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static String joined(Collection<String> items) {
        return items.isEmpty() ? null : String.join(LIST_SEPARATOR, items);
    }

    /** A participant with what ACLED needs of it. */
    private record Participant(EventActor mention, Optional<Actor> actor, Integer inter) {
        /** The canonical name; for unnamed civilians, protesters and rioters ACLED's generic label. */
        String acledName(String country) {
            if (actor.isPresent()) {
                return actor.get().name();
            }
            String generic = inter == null ? null : switch (inter) {
                case AcledMapping.CIVILIANS -> "Civilians";
                case AcledMapping.PROTESTERS -> "Protesters";
                case AcledMapping.RIOTERS -> "Rioters";
                default -> null;
            };
            if (generic == null) {
                return mention.entityText();
            }
            String name = countryName(country);
            return name == null ? generic : generic + " (" + name + ")";
        }
    }

    private static List<Participant> participants(List<EventActor> mentions, Function<String, Optional<Actor>> actors,
                                                  boolean protestSource, boolean riot) {
        List<Participant> participants = new ArrayList<>();
        for (EventActor mention : mentions) {
            Optional<Actor> actor = lookUp(actors, mention.actorKey());
            participants.add(new Participant(mention, actor,
                    AcledMapping.inter(actor, mention.entityText(), protestSource, riot)));
        }
        return participants;
    }

    private static String associated(List<Participant> participants, String country) {
        if (participants.size() < 2) {
            return null;
        }
        List<String> names = participants.subList(1, participants.size()).stream()
                .map(participant -> participant.acledName(country)).toList();
        return joined(names);
    }

    /** The place's country when geocoded, else the first participant's (sources, then targets) that is a state. */
    private static String country(EventLocation location, List<Participant> sources, List<Participant> targets) {
        if (isCountry(location.countryCode())) {
            return location.countryCode();
        }
        List<Participant> all = new ArrayList<>(sources);
        all.addAll(targets);
        return all.stream().map(participant -> participant.actor().map(Actor::country).orElse(null))
                .filter(EventExport::isCountry).findFirst().orElse(null);
    }

    private static boolean isCountry(String code) {
        return code != null && ALPHA3_TO_ALPHA2.containsKey(code);
    }

    /** The English short name of an ISO 3166 alpha-3 code, from the JDK's locale data; null if not a country. */
    static String countryName(String alpha3) {
        String alpha2 = alpha3 == null ? null : ALPHA3_TO_ALPHA2.get(alpha3);
        return alpha2 == null ? null : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, String> alpha3ToAlpha2() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(codes);
    }
}
