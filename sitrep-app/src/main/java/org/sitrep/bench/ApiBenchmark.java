package org.sitrep.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.model.Document;
import org.sitrep.model.SitrepException;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebConfig;

/**
 * The API's latency on a large store: generates a store of invented events (fixed seed, so runs compare),
 * starts the workspace server in this JVM, and times a mix of {@code /api/events} requests with the filters
 * the timeline and map send. Not thread-safe; one run at a time.
 */
public final class ApiBenchmark {
    static final int EVENTS_PER_DOCUMENT = 100;
    static final List<String> PLACES = List.of("Gao", "Kidal", "Tombouctou", "Ménaka", "Mopti", "Sévaré", "Konna",
            "Bamako", "Kati", "Ségou", "Niono", "Tessalit", "Aguelhok", "Léré", "Ansongo", "Bourem", "Douentza",
            "Boni", "Hombori", "Djenné", "Bandiagara", "Koro", "Diafarabé", "Nampala", "Diabaly", "Tenenkou",
            "Youwarou", "Niafunké", "Goundam", "Araouane", "Ber", "Anéfis", "Tin-Essako", "Intahaka", "Labbezanga",
            "Ouatagouna", "Tillabéri", "Ouallam", "Djibo", "Dori");

    /** What one run measured. Milliseconds per request. */
    public record Result(int events, double generateSeconds, int requests, double p50, double p95, double p99,
                         double max, Map<String, Double> p95ByKind) {
    }

    private final Random random = new Random(20120322L);

    /**
     * Fills {@code db} (a new file) with {@code events} events in documents of {@link #EVENTS_PER_DOCUMENT},
     * then times {@code requests} requests after {@code warmup} untimed ones, each with {@code limit} (null for
     * the API's default page).
     */
    public Result run(Path db, int events, int warmup, int requests, Integer limit, IntConsumer progress) {
        return run(() -> SqliteStore.open(db), events, warmup, requests, limit, progress);
    }

    /**
     * The same on the store {@code opener} opens (twice: to fill it, then to serve it), which must hold no documents;
     * the generated documents stay in it.
     */
    public Result run(Supplier<Store> opener, int events, int warmup, int requests, Integer limit,
                      IntConsumer progress) {
        long start = System.nanoTime();
        List<String> actorIds;
        List<String> docIds = new ArrayList<>();
        try (Store store = opener.get()) {
            if (store.counts().documents() > 0) {
                throw new SitrepException("bench-api fills the store with invented events: give it an empty one, not "
                        + store);
            }
            List<Actor> actors = actors();
            actorIds = actors.stream().map(Actor::id).toList();
            int documents = (events + EVENTS_PER_DOCUMENT - 1) / EVENTS_PER_DOCUMENT;
            for (int d = 0; d < documents; d++) {
                int count = Math.min(EVENTS_PER_DOCUMENT, events - d * EVENTS_PER_DOCUMENT);
                DocumentRecord record = document(d, count, actors);
                store.saveDocument(record);
                docIds.add(record.document().id());
                progress.accept((d + 1) * EVENTS_PER_DOCUMENT);
            }
        }
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        try (Store store = opener.get()) {
            LazyIngester noUploads = new LazyIngester(store, SitrepConfig.defaults(), () -> {
                throw new SitrepException("the benchmark does not ingest");
            });
            try (WebApp app = WebApp.create(new WebConfig("127.0.0.1", 0, null, 1024 * 1024), store, noUploads)) {
                app.start();
                HttpClient client = HttpClient.newHttpClient();
                List<String[]> mix = mix(actorIds, docIds, limit == null ? "" : "limit=" + limit);
                for (int i = 0; i < warmup; i++) {
                    get(client, app.url(), mix.get(i % mix.size())[1]);
                }
                double[] millis = new double[requests];
                Map<String, List<Double>> byKind = new LinkedHashMap<>();
                for (int i = 0; i < requests; i++) {
                    String[] request = mix.get(random.nextInt(mix.size()));
                    long t0 = System.nanoTime();
                    get(client, app.url(), request[1]);
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    byKind.computeIfAbsent(request[0], kind -> new ArrayList<>()).add(millis[i]);
                }
                Arrays.sort(millis);
                Map<String, Double> p95ByKind = new LinkedHashMap<>();
                byKind.forEach((kind, values) -> p95ByKind.put(kind,
                        percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 95)));
                return new Result(events, generateSeconds, requests, percentile(millis, 50), percentile(millis, 95),
                        percentile(millis, 99), millis[millis.length - 1], p95ByKind);
            }
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The requests the workspace sends: each filter alone, and the common pairs, with the page's limit. */
    private List<String[]> mix(List<String> actorIds, List<String> docIds, String limit) {
        List<String[]> mix = new ArrayList<>();
        CrisisClass[] classes = CrisisClass.values();
        for (int i = 0; i < 10; i++) {
            String crisisClass = classes[random.nextInt(classes.length)].name();
            String actor = actorIds.get(random.nextInt(actorIds.size()));
            String doc = docIds.get(random.nextInt(docIds.size()));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            LocalDate month = LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1);
            String period = "from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
            String year = "from=" + month.withDayOfYear(1) + "&to=" + month.withDayOfYear(1).plusYears(1).minusDays(1);
            mix.add(new String[] {"class", "class=" + crisisClass});
            mix.add(new String[] {"actor", "actor=" + actor});
            mix.add(new String[] {"place", "place=" + encode(place)});
            mix.add(new String[] {"month", period});
            mix.add(new String[] {"status", "status=threatened"});
            mix.add(new String[] {"doc", "doc=" + doc});
            mix.add(new String[] {"class+year", "class=" + crisisClass + "&" + year});
            mix.add(new String[] {"actor+class", "actor=" + actor + "&class=" + crisisClass});
            mix.add(new String[] {"place+month", "place=" + encode(place) + "&" + period});
            mix.add(new String[] {"no filter", ""});
        }
        if (!limit.isEmpty()) {
            mix.replaceAll(request -> new String[] {request[0], request[1].isEmpty() ? limit : request[1] + "&" + limit});
        }
        return mix;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void get(HttpClient client, String base, String query) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "api/events?"
                    + query)).header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SitrepException("GET /api/events?" + query + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new SitrepException("GET /api/events?" + query + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted", e);
        }
    }

    private List<Actor> actors() {
        List<Actor> actors = new ArrayList<>();
        ActorKind[] kinds = ActorKind.values();
        for (int i = 0; i < 60; i++) {
            String name = "Generated Actor " + (i + 1);
            actors.add(new Actor("bench-actor-" + (i + 1), name, kinds[i % kinds.length], "MLI", "GOV", null,
                    List.of(name), List.of(), true));
        }
        return actors;
    }

    private DocumentRecord document(int index, int count, List<Actor> actors) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        String docId = "doc-bench" + String.format(Locale.ROOT, "%07d", index);
        CrisisClass[] classes = CrisisClass.values();
        EventStatus[] statuses = EventStatus.values();
        for (int i = 0; i < count; i++) {
            CrisisClass crisisClass = classes[random.nextInt(classes.length)];
            String place = PLACES.get(skewed(PLACES.size()));
            Actor source = actors.get(skewed(actors.size()));
            Actor target = actors.get(skewed(actors.size()));
            String sentence = source.name() + " acted (" + crisisClass.name().toLowerCase(Locale.ROOT) + ") against "
                    + target.name() + " near " + place + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            Span span = new Span(start, start + sentence.length());
            sentences.add(new Sentence(i, span, sentence));
            LocalDate day = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(15 * 365));
            DateRange date = random.nextInt(10) == 0 ? null : random.nextInt(4) == 0
                    ? new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH)
                    : DateRange.day(day);
            EventStatus status = random.nextInt(3) == 0 ? statuses[random.nextInt(statuses.length)]
                    : EventStatus.OCCURRED;
            events.add(new Event(docId + "-evt-" + i, crisisClass, new PloverCoding("COERCE", List.of(), List.of(),
                    1 + random.nextInt(4)),
                    List.of(new EventActor(source.id(), source.name(), new Span(start, start + source.name().length()))),
                    List.of(new EventActor(target.id(), target.name(), null)), date, date == null ? null : "then",
                    org.sitrep.model.place.Location.asWritten(place), EventSize.none(), status, 0.5, List.of(new EventMention(docId, i, span, sentence, "acted"))));
        }
        String body = text.toString();
        Document document = new Document(docId, "bench/report-" + index + ".txt", sha256(body), "text/plain",
                new SourceInfo("Generated report " + index, "Benchmark Wire", null, LocalDate.of(2024, 1, 1), null, "en"),
                body, Instant.parse("2024-01-01T00:00:00Z"));
        return new DocumentRecord(document, sentences, List.of(), List.of(), List.of(), actors, List.of(), List.of(),
                List.of(), events, List.of());
    }

    /**
     * An index below {@code size}, low ones far more often (the first in about 1 draw in 7, the last in 1 in 500),
     * as in reports, where a few actors and towns recur and most appear seldom: the filters then meet both
     * values with many events and values with few, which a store may answer by different plans.
     */
    private int skewed(int size) {
        double draw = random.nextDouble();
        return Math.min(size - 1, (int) (size * draw * draw));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
