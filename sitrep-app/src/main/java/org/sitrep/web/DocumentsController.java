package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.export.DateLabels;
import org.sitrep.export.SearchWords;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.time.TimeMention;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SearchHit;
import org.sitrep.store.Store;

/**
 * Documents for the reader: the list, and one document's text with the spans to highlight (actors, places,
 * dates, event triggers) as offsets into it. The text goes out as data; the page renders it as text nodes.
 * Also the full-text search. Thread-safe.
 */
final class DocumentsController {
    private final Store store;
    private final DocumentIndex documents;

    DocumentsController(Store store, DocumentIndex documents) {
        this.store = store;
        this.documents = documents;
    }

    void list(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DocumentSummary document : documents.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", document.id());
            item.put("title", document.title());
            item.put("publisher", document.publisher());
            item.put("published", document.published() == null ? null : document.published().toString());
            item.put("media_type", document.mediaType());
            item.put("sentences", document.sentences());
            item.put("characters", document.characters());
            item.put("ingested_at", document.ingestedAt() == null ? null : document.ingestedAt().toString());
            out.add(item);
        }
        ctx.json(Map.of("documents", out));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        Document document = store.document(id).orElseThrow(() -> new NotFoundResponse(
                "no document has the id '" + id + "'", Map.of("parameter", "id")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", document.id());
        out.put("title", document.title());
        out.put("publisher", document.source().publisher());
        out.put("author", document.source().author());
        out.put("published", document.source().published() == null ? null : document.source().published().toString());
        out.put("url", document.source().url());
        out.put("text", document.text());
        List<Event> events = store.events(EventQuery.all().withDocId(id));
        Map<Integer, List<String>> eventsBySentence = new HashMap<>();
        List<Map<String, Object>> highlights = new ArrayList<>();
        for (Event event : events) {
            for (EventMention mention : event.mentions()) {
                if (!id.equals(mention.docId())) {
                    continue;
                }
                eventsBySentence.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(event.id());
                trigger(mention).ifPresent(span -> highlights.add(highlight(span[0], span[1], "event", event.id(),
                        event.crisisClass().name() + " (" + event.status().label() + ")")));
            }
        }
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Sentence sentence : store.sentences(id)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", sentence.index());
            item.put("start", sentence.span().start());
            item.put("end", sentence.span().end());
            item.put("events", eventsBySentence.getOrDefault(sentence.index(), List.of()));
            sentences.add(item);
        }
        out.put("sentences", sentences);
        Map<String, Optional<Actor>> actors = new HashMap<>();
        for (ActorMention mention : store.actorMentions(id)) {
            String name = actors.computeIfAbsent(mention.actorKey(), store::actor).map(Actor::name)
                    .orElse(mention.text());
            highlights.add(highlight(mention.span().start(), mention.span().end(), "actor", mention.actorKey(), name));
        }
        for (EntityMention entity : store.entities(id)) {
            if (entity.type() == EntityType.LOCATION) {
                highlights.add(highlight(entity.span().start(), entity.span().end(), "place", null, entity.text()));
            }
        }
        for (TimeMention time : store.times(id)) {
            highlights.add(highlight(time.span().start(), time.span().end(), "date", null,
                    time.range() == null ? time.text() : DateLabels.label(time.range())));
        }
        int length = document.text().length();
        highlights.removeIf(h -> (int) h.get("end") > length || (int) h.get("start") >= (int) h.get("end"));
        highlights.sort(Comparator.comparing((Map<String, Object> h) -> (Integer) h.get("start"))
                .thenComparing(h -> -(Integer) h.get("end")));
        out.put("highlights", highlights);
        EventJson json = EventJson.of(store, events, documents.byId());
        out.put("events", events.stream().map(json::toMap).toList());
        ctx.json(out);
    }

    /**
     * Sentences matching the words, best first, a page at a time as {@code /api/events}: {@code limit} (1..10000,
     * default 50) and {@code more}, whether more match. {@code all_words} says whether the hits hold every word;
     * when no sentence does, the hits are those holding any of them.
     */
    void search(Context ctx) {
        String query = Params.required(ctx, "q");
        int limit = Params.integer(ctx, "limit", 50, 1, 10_000);
        List<SearchHit> hits = store.search(query, limit + 1);
        boolean more = hits.size() > limit;
        List<SearchHit> page = more ? hits.subList(0, limit) : hits;
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchHit hit : page) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("doc_id", hit.docId());
            item.put("doc_title", hit.docTitle());
            item.put("sentence", hit.sentence());
            item.put("text", hit.text());
            item.put("score", hit.score());
            out.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("all_words", SearchWords.allWordHits(query, page.stream().map(SearchHit::text).toList()));
        body.put("hits", out);
        body.put("limit", limit);
        body.put("more", more);
        ctx.json(body);
    }

    /** The trigger's offsets in the document: the first occurrence of its words in the mention's sentence. */
    private static Optional<int[]> trigger(EventMention mention) {
        if (mention.span() == null || mention.text() == null || mention.trigger() == null
                || mention.trigger().isBlank()) {
            return Optional.empty();
        }
        int at = mention.text().toLowerCase(Locale.ROOT).indexOf(mention.trigger().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return Optional.empty();
        }
        int start = mention.span().start() + at;
        return Optional.of(new int[] {start, start + mention.trigger().length()});
    }

    private static Map<String, Object> highlight(int start, int end, String kind, String ref, String label) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", start);
        out.put("end", end);
        out.put("kind", kind);
        out.put("ref", ref);
        out.put("label", label);
        return out;
    }
}
