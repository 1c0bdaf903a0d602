package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.Situations;
import org.sitrep.app.StorePicture;
import org.sitrep.export.SituationExport;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.Support;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/**
 * {@code /api/picture/events}, {@code /api/situation} and {@code /api/contradictions}: the picture merged across
 * reports, as the {@code timeline}, {@code situation} and {@code contradictions} commands give it, each at a
 * support threshold ({@code min_support}, default picture.yaml's) and saying how many events it left out. The
 * picture is read from the store on each request, so an upload that lands shows in the next answer.
 */
final class PictureController {
    private final Store store;
    private final ActorDictionary dictionary;
    private final EventsController events;
    private final DocumentIndex documents;

    PictureController(Store store, ActorDictionary dictionary, EventsController events, DocumentIndex documents) {
        this.store = store;
        this.dictionary = dictionary;
        this.events = events;
        this.documents = documents;
    }

    /**
     * The merged events (one per real event, every report's mentions) with {@code /api/events}'s filters: those
     * with a report's event that matches them, at least {@code min_support}; with each one's support and how
     * many matching events the threshold left out. What the timeline and the map draw.
     */
    void merged(Context ctx) {
        EventQuery query = events.query(ctx);
        int limit = query.limit();
        Support.Selection selection = selection(ctx);
        Set<String> matching = new HashSet<>();
        store.events(query.withLimit(EventsController.MAX_LIMIT)).forEach(event -> matching.add(event.id()));
        Predicate<MergedEvent> matches = merged -> merged.members().stream()
                .anyMatch(m -> matching.contains(m.id()));
        List<MergedEvent> kept = selection.kept().stream().filter(matches).toList();
        List<MergedEvent> shown = kept.stream().limit(limit).toList();
        EventJson json = EventJson.of(store, shown.stream().map(MergedEvent::toEvent).toList(), documents.byId());
        List<Map<String, Object>> items = shown.stream().map(merged -> {
            Map<String, Object> item = json.toMap(merged.toEvent());
            item.put("support", SituationExport.support(merged.support(selection.rules())));
            return item;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", items);
        out.put("limit", limit);
        out.put("more", kept.size() > limit);
        out.put("min_support", selection.minSupport());
        out.put("left_out", selection.leftOut().stream().filter(matches).count());
        ctx.json(out);
    }

    /** The threshold of {@code min_support} (0 to 1), else the rules' default. */
    private Support.Selection selection(Context ctx) {
        Double minSupport = null;
        Optional<String> text = Params.text(ctx, "min_support");
        if (text.isPresent()) {
            try {
                minSupport = Double.parseDouble(text.get());
            } catch (NumberFormatException e) {
                throw Params.bad("min_support", text.get(), "is not a number from 0 to 1");
            }
            if (minSupport.isNaN() || minSupport < 0 || minSupport > 1) {
                throw Params.bad("min_support", text.get(), "is not a number from 0 to 1");
            }
        }
        return StorePicture.of(store, dictionary).selection(minSupport);
    }

    /** The situation on {@code at} (YYYY-MM-DD), for {@code country} (ISO 3166 alpha-3) when given: EXPORT.md's JSON. */
    void situation(Context ctx) {
        String atText = Params.required(ctx, "at");
        LocalDate at;
        try {
            at = LocalDate.parse(atText);
        } catch (DateTimeParseException e) {
            throw Params.bad("at", atText, "is not a date as YYYY-MM-DD");
        }
        String country = Params.text(ctx, "country").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw Params.bad("country", country, "is not an ISO 3166 alpha-3 code such as MLI");
        }
        String code = country;
        Support.Selection selection = selection(ctx);
        ctx.json(SituationExport.toMap(Situations.at(StorePicture.of(store, dictionary), selection, at, code)
                .orElseThrow(() -> Params.bad("country", code,
                        "names no country: give an ISO 3166 alpha-3 code such as MLI")), selection));
    }

    /** Where the reports disagree, each side with its evidence. */
    void contradictions(Context ctx) {
        Support.Selection selection = selection(ctx);
        List<Map<String, Object>> items = StorePicture.of(store, dictionary).contradictions(selection).stream()
                .map(SituationExport::toMap).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contradictions", items);
        out.put("support", SituationExport.support(selection));
        ctx.json(out);
    }
}
