package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * The API against a real SQLite store filled with {@link WebFixtures}, through HTTP (and against PostgreSQL in
 * {@link PostgresWebAppTest}). No language models: an
 * upload that would need them fails the test.
 */
class WebAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store store;
    private List<String> docs;
    private final AtomicInteger analyserAsked = new AtomicInteger();

    @BeforeEach
    void fill_store() {
        store = openEmptyStore();
        docs = WebFixtures.fill(store);
    }

    /** A new, empty store for one test; {@link PostgresWebAppTest} runs every test on PostgreSQL instead. */
    Store openEmptyStore() {
        return SqliteStore.open(dir.resolve("web.db"));
    }

    @AfterEach
    void close_store() {
        store.close();
    }

    private WebApp app(String token) {
        LazyIngester ingester = new LazyIngester(store, SitrepConfig.defaults(), () -> {
            analyserAsked.incrementAndGet();
            throw new IllegalStateException("this test must not load the language models");
        });
        return WebApp.create(new WebConfig("127.0.0.1", 0, token, 1024), store, ingester);
    }

    private void test(String token, Check check) {
        WebApp app = app(token);
        try {
            JavalinTest.test(app.javalin(), (server, client) -> check.run(client));
        } finally {
            app.close();
        }
    }

    private void test(Check check) {
        test(null, check);
    }

    interface Check {
        void run(HttpClient client) throws Exception;
    }

    private static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    private static void assertError(Response response, int status, String parameter, String... words)
            throws IOException {
        assertThat(response.code()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(body.get("title").asText()).contains(words);
        if (parameter != null) {
            assertThat(body.get("details").get("parameter").asText()).isEqualTo(parameter);
        }
    }

    // --- events ---

    @Test
    void events_come_in_date_order_with_participants_place_and_sentences() {
        test(client -> {
            JsonNode body = json(client.get("/api/events"));
            assertThat(ids(body.get("events"))).containsExactly(WebFixtures.THREAT, WebFixtures.MUTINY,
                    WebFixtures.SEIZURE, WebFixtures.SANCTION, WebFixtures.PROBE_EVENT, WebFixtures.UNDATED);
            assertThat(body.get("more").asBoolean()).isFalse();
            JsonNode seizure = body.get("events").get(2);
            assertThat(seizure.get("class").asText()).isEqualTo("SEIZE_TERRITORY");
            assertThat(seizure.get("quad").asInt()).isEqualTo(4);
            assertThat(seizure.get("date").get("start").asText()).isEqualTo("2031-06-09");
            assertThat(seizure.get("date").get("label").asText()).isEqualTo("9 Jun 2031");
            assertThat(seizure.get("sources").get(0).get("name").asText()).isEqualTo("Dune Front");
            assertThat(seizure.get("place").get("text").asText()).isEqualTo("Kessaly");
            assertThat(seizure.get("size").get("troops").asLong()).isEqualTo(200);
            JsonNode mention = seizure.get("mentions").get(0);
            assertThat(mention.get("doc_id").asText()).isEqualTo(docs.get(0));
            assertThat(mention.get("doc_title").asText()).isEqualTo("Mutiny in Port Ilvane");
            assertThat(mention.get("sentence").asInt()).isEqualTo(2);
            assertThat(mention.get("text").asText()).startsWith("Fighters of the Dune Front");
            assertThat(body.get("events").get(5).get("date").get("label").asText()).isEqualTo("undated");
        });
    }

    @Test
    void each_filter_narrows_the_events() {
        test(client -> {
            assertThat(ids(json(client.get("/api/events?class=sanction")).get("events")))
                    .containsExactly(WebFixtures.SANCTION);
            assertThat(ids(json(client.get("/api/events?actor=" + WebFixtures.FRONT)).get("events")))
                    .containsExactly(WebFixtures.THREAT, WebFixtures.SEIZURE);
            assertThat(ids(json(client.get("/api/events?status=threatened")).get("events")))
                    .containsExactly(WebFixtures.THREAT);
            assertThat(ids(json(client.get("/api/events?from=2031-06-08&to=2031-06-10")).get("events")))
                    .containsExactly(WebFixtures.THREAT, WebFixtures.SEIZURE);
            assertThat(ids(json(client.get("/api/events?place=kessaly")).get("events")))
                    .containsExactly(WebFixtures.SEIZURE, WebFixtures.UNDATED);
            assertThat(ids(json(client.get("/api/events?doc=" + docs.get(1))).get("events")))
                    .containsExactly(WebFixtures.UNDATED);
            JsonNode limited = json(client.get("/api/events?limit=2"));
            assertThat(ids(limited.get("events"))).containsExactly(WebFixtures.THREAT, WebFixtures.MUTINY);
            assertThat(limited.get("more").asBoolean()).isTrue();
        });
    }

    @Test
    void bad_event_filters_are_a_400_naming_the_parameter() {
        test(client -> {
            assertError(client.get("/api/events?class=COUPS"), 400, "class", "COUPS", "is not one of", "coup");
            assertError(client.get("/api/events?status=rumoured"), 400, "status", "occurred");
            assertError(client.get("/api/events?from=2031-13-01"), 400, "from", "YYYY-MM-DD");
            assertError(client.get("/api/events?from=2031-06-10&to=2031-06-01"), 400, "to", "before");
            assertError(client.get("/api/events?limit=0"), 400, "limit", "between 1 and");
            assertError(client.get("/api/events?limit=many"), 400, "limit", "whole number");
            assertError(client.get("/api/events?actor=nobody"), 400, "actor", "not the id of a stored actor");
            assertError(client.get("/api/events?doc=doc-0000"), 400, "doc", "not the id of a stored document");
            assertError(client.get("/api/events?place=" + "x".repeat(300)), 400, "place", "longer than");
        });
    }

    // --- actors ---

    @Test
    void actors_list_and_page_give_names_roles_events_and_sentences() {
        test(client -> {
            JsonNode list = json(client.get("/api/actors")).get("actors");
            assertThat(list.findValuesAsText("name")).contains("Dune Front", "Anselm Varga");
            assertThat(json(client.get("/api/actors?kind=person")).get("actors").findValuesAsText("id"))
                    .containsExactly(WebFixtures.COLONEL);

            JsonNode colonel = json(client.get("/api/actors/" + WebFixtures.COLONEL));
            assertThat(colonel.get("name").asText()).isEqualTo("Anselm Varga");
            assertThat(colonel.get("aliases").toString()).contains("Colonel Varga");
            assertThat(colonel.get("roles").get(0).get("role").asText()).isEqualTo("head of the council");
            assertThat(colonel.get("roles").get(0).get("from").asText()).isEqualTo("2031-06-04");
            assertThat(colonel.get("named_in").findValuesAsText("sentence_text"))
                    .contains(WebFixtures.DISPATCH.get(1), WebFixtures.ANALYSIS.get(1));
            assertThat(colonel.get("why").get(0).get("rule").asText()).isEqualTo("title");

            JsonNode front = json(client.get("/api/actors/" + WebFixtures.FRONT));
            assertThat(ids(front.get("events"))).containsExactly(WebFixtures.THREAT, WebFixtures.SEIZURE);
            assertError(client.get("/api/actors/nobody"), 404, "id", "nobody");
            assertError(client.get("/api/actors?kind=ALIEN"), 400, "kind", "person");
        });
    }

    @Test
    void the_network_links_sources_to_targets_weighted_by_events() {
        test(client -> {
            JsonNode network = json(client.get("/api/network"));
            assertThat(network.get("nodes").findValuesAsText("id"))
                    .containsExactlyInAnyOrder(WebFixtures.FRONT, WebFixtures.COUNCIL, WebFixtures.BLOC);
            List<String> links = new ArrayList<>();
            network.get("links").forEach(link -> links.add(link.get("source").asText() + ">"
                    + link.get("target").asText() + ":" + link.get("events").asInt()));
            assertThat(links).containsExactlyInAnyOrder(WebFixtures.FRONT + ">" + WebFixtures.COUNCIL + ":1",
                    WebFixtures.BLOC + ">" + WebFixtures.COUNCIL + ":1");
        });
    }

    // --- documents and search ---

    @Test
    void a_document_comes_with_its_text_sentences_and_highlights_of_every_kind() {
        test(client -> {
            assertThat(json(client.get("/api/documents")).get("documents").findValuesAsText("title"))
                    .contains("Mutiny in Port Ilvane", "After the mutiny");
            JsonNode doc = json(client.get("/api/documents/" + docs.get(0)));
            String text = doc.get("text").asText();
            assertThat(text).startsWith(WebFixtures.DISPATCH.get(0));
            assertThat(doc.get("sentences")).hasSize(5);
            assertThat(doc.get("sentences").get(2).get("events").get(0).asText()).isEqualTo(WebFixtures.SEIZURE);
            List<String> kinds = new ArrayList<>();
            for (JsonNode highlight : doc.get("highlights")) {
                String covered = text.substring(highlight.get("start").asInt(), highlight.get("end").asInt());
                kinds.add(highlight.get("kind").asText() + ":" + covered);
            }
            assertThat(kinds).contains("actor:Dune Front", "place:Kessaly", "date:9 June 2031",
                    "event:took control of", "actor:Colonel Anselm Varga");
            assertThat(doc.get("events")).hasSize(4);
            assertError(client.get("/api/documents/doc-missing"), 404, "id", "doc-missing");
        });
    }

    @Test
    void search_finds_sentences_and_wants_words() {
        test(client -> {
            JsonNode hits = json(client.get("/api/search?q=mutiny")).get("hits");
            assertThat(hits.findValuesAsText("text")).contains(WebFixtures.ANALYSIS.get(0));
            assertThat(hits.get(0).get("doc_id").asText()).isNotBlank();
            assertError(client.get("/api/search"), 400, "q", "required");
            assertError(client.get("/api/search?q=%20%20"), 400, "q", "required");
        });
    }

    // --- export ---

    @Test
    void every_export_format_downloads_as_a_file() {
        test(client -> {
            Response plover = client.get("/api/export?what=events");
            assertThat(plover.header("Content-Disposition")).contains("attachment", "sitrep-events-plover-jsonl.jsonl");
            String lines = plover.body().string();
            assertThat(lines.lines()).hasSize(6);
            assertThat(JSON.readTree(lines.lines().findFirst().orElseThrow()).get("sitrep").get("class").asText())
                    .isEqualTo("THREATEN");
            assertThat(client.get("/api/export?what=events&format=acled-csv").body().string())
                    .startsWith("event_id_cnty,event_date");
            assertThat(client.get("/api/export?what=events&format=csv").body().string()).startsWith("id,class,status");
            assertThat(client.get("/api/export?what=actors&format=jsonl").body().string().lines()).hasSize(4);
            assertThat(JSON.readTree(client.get("/api/export?what=actors&format=json").body().string())).hasSize(4);
            String actorsCsv = client.get("/api/export?what=actors&format=csv").body().string();
            assertThat(actorsCsv).startsWith("id,name,kind").contains("head of the council");
            assertThat(client.get("/api/export?what=documents&format=csv").body().string()).startsWith("id,title");
            assertError(client.get("/api/export?what=places"), 400, "what", "events, actors, documents");
            assertError(client.get("/api/export?what=actors&format=acled-csv"), 400, "format", "jsonl, json, csv");
            assertError(client.get("/api/export"), 400, "what", "required");
        });
    }

    // --- the picture, unknown endpoints, the description ---

    @Test
    void the_situation_at_a_date_is_the_contracts_json_from_the_stored_events() {
        test(client -> {
            JsonNode before = json(client.get("/api/situation?at=2031-06-05&country=VLM"));
            JsonNode after = json(client.get("/api/situation?at=2031-06-13&country=vlm"));

            assertThat(before.get("at").asText()).isEqualTo("2031-06-05");
            assertThat(before.get("country").asText()).isEqualTo("VLM");
            assertThat(before.get("control")).as("Kessaly is taken on 9 June").isEmpty();
            JsonNode kessaly = after.get("control").get(0);
            assertThat(kessaly.get("place").asText()).isEqualTo("Kessaly");
            assertThat(kessaly.get("geonameid").asLong()).isEqualTo(WebFixtures.KESSALY.geonameId());
            assertThat(kessaly.get("held_by").get(0).asText()).isEqualTo("Dune Front");
            assertThat(kessaly.get("since").asText()).isEqualTo("2031-06-09");
            assertThat(kessaly.get("evidence").get(0).get("sentence").asInt()).isEqualTo(2);
            assertThat(after.get("measures")).anySatisfy(m -> {
                assertThat(m.get("kind").asText()).isEqualTo("SANCTION");
                assertThat(m.get("by").asText()).isEqualTo("Coastal States Bloc");
            });
            JsonNode anyCountry = json(client.get("/api/situation?at=2031-06-11"));
            assertThat(anyCountry.get("control").toString()).contains("Kessaly");
            assertError(client.get("/api/situation"), 400, "at", "required");
            assertError(client.get("/api/situation?at=2031-13-40"), 400, "at", "YYYY-MM-DD");
            assertError(client.get("/api/situation?at=2031-06-10&country=Velmora"), 400, "country", "alpha-3");
        });
    }

    @Test
    void contradictions_are_a_list_each_side_with_its_evidence() {
        test(client -> {
            JsonNode body = json(client.get("/api/contradictions"));
            assertThat(body.get("contradictions").isArray()).isTrue();
            body.get("contradictions").forEach(c -> {
                assertThat(c.get("kind").isTextual()).isTrue();
                assertThat(c.get("sides").size()).isGreaterThanOrEqualTo(2);
            });
        });
    }

    @Test
    void an_unknown_endpoint_is_a_404_in_the_error_shape() {
        test(client -> assertError(client.get("/api/nothing-here"), 404, null, "/api/nothing-here", "not found"));
    }

    @Test
    void the_openapi_document_describes_every_route() {
        test(client -> {
            JsonNode openApi = json(client.get("/api/openapi.json"));
            assertThat(openApi.get("openapi").asText()).startsWith("3.");
            List<String> paths = new ArrayList<>();
            openApi.get("paths").fieldNames().forEachRemaining(paths::add);
            assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/actors", "/api/actors/{id}",
                    "/api/network", "/api/documents", "/api/documents/{id}", "/api/search", "/api/export",
                    "/api/ingest", "/api/ingest/{id}", "/api/picture/events", "/api/situation", "/api/contradictions",
                    "/api/openapi.json");
        });
    }

    // --- security ---

    @Test
    void every_response_carries_a_content_security_policy_without_inline_script() {
        test(client -> {
            for (String path : List.of("/", "/js/main.js", "/api/events", "/api/nothing")) {
                Response response = client.get(path);
                assertThat(response.header("Content-Security-Policy")).as(path)
                        .contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval");
                assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            }
            String page = client.get("/").body().string();
            assertThat(page).contains("/webjars/leaflet/1.9.4/dist/leaflet.js", "type=\"module\"")
                    .doesNotContain("http://", "https://");
            assertThat(client.get("/webjars/leaflet/1.9.4/dist/leaflet.js").code()).isEqualTo(200);
            assertThat(client.get("/basemap/countries-50m.json").code()).isEqualTo(200);
            JsonNode admin1 = json(client.get("/basemap/admin1/index.json"));
            assertThat(admin1.toString()).contains("\"mli\"", "\"ner\"", "\"bfa\"");
            JsonNode mali = json(client.get("/basemap/admin1/mli.topo.json"));
            assertThat(mali.get("type").asText()).isEqualTo("Topology");
            assertThat(mali.get("objects").get("mli").get("geometries").size()).as("Mali's regions")
                    .isGreaterThanOrEqualTo(8);
        });
    }

    @Test
    void with_a_token_the_api_wants_it_and_compares_it_whole() {
        test("s3cret-token", client -> {
            assertError(client.get("/api/events"), 401, null, "token");
            assertThat(client.get("/api/events", bearer("s3cret-tok")).code()).isEqualTo(401);
            assertThat(client.get("/api/events", bearer("s3cret-token-and-more")).code()).isEqualTo(401);
            assertThat(client.get("/api/events", bearer("s3cret-token")).code()).isEqualTo(200);
            // The page itself holds no data; it asks for the token.
            assertThat(client.get("/").code()).isEqualTo(200);
        });
    }

    private static Consumer<Request.Builder> bearer(String token) {
        return builder -> builder.header("Authorization", "Bearer " + token);
    }

    @Test
    void without_a_token_only_requests_addressed_to_localhost_are_answered() {
        test(client -> {
            assertError(client.get("/api/events", builder -> builder.header("Host", "attacker.example:8080")), 403,
                    null, "localhost");
            assertThat(client.get("/api/events", builder -> builder.header("Host", "127.0.0.1:8080")).code())
                    .isEqualTo(200);
        });
    }

    @Test
    void binding_another_address_needs_a_token() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebConfig("0.0.0.0", 8080, null, 1024))
                .hasMessageContaining("--token");
        assertThat(new WebConfig("0.0.0.0", 8080, "t", 1024).token()).isEqualTo("t");
        assertThat(WebConfig.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebConfig.isLoopback("::1")).isTrue();
        assertThat(WebConfig.isLoopback("localhost")).isTrue();
        assertThat(WebConfig.isLoopback("192.168.1.10")).isFalse();
        assertThat(WebConfig.isLoopback("evil.example")).isFalse();
    }

    // --- uploads ---

    private static RequestBody multipart(String name, byte[] content) {
        return new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("files", name, RequestBody.create(content, MediaType.parse("text/plain")))
                .build();
    }

    private static JsonNode waitFor(HttpClient client, String jobId) throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonNode job = json(client.get("/api/ingest/" + jobId));
            if (job.get("state").asText().equals("done") || job.get("state").asText().equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload job did not finish");
    }

    @Test
    void an_unreadable_upload_fails_with_its_code_without_loading_the_models() {
        test(client -> {
            Response accepted = client.request("/api/ingest", builder -> builder.post(multipart("../../empty.txt",
                    new byte[0])));
            assertThat(accepted.code()).isEqualTo(202);
            JsonNode job = waitFor(client, json(accepted).get("id").asText());
            assertThat(job.get("state").asText()).isEqualTo("done");
            JsonNode result = job.get("results").get(0);
            assertThat(result.get("file").asText()).isEqualTo("empty.txt");
            assertThat(result.get("outcome").asText()).isEqualTo("failed");
            assertThat(result.get("code").asText()).isEqualTo("empty_file");
            assertThat(result.get("message").asText()).startsWith("empty.txt").doesNotContain("sitrep-uploads");
            assertThat(analyserAsked.get()).isZero();
        });
    }

    @Test
    void uploads_that_are_too_large_empty_or_not_multipart_are_refused_with_a_reason() {
        test(client -> {
            assertError(client.request("/api/ingest", builder -> builder.post(multipart("big.txt", new byte[2048]))),
                    413, "files", "too large");
            assertError(client.request("/api/ingest", builder -> builder.post(new MultipartBody.Builder()
                    .setType(MultipartBody.FORM).addFormDataPart("note", "hello").build())), 400, "files", "no file");
            assertError(client.request("/api/ingest", builder -> builder.post(RequestBody.create("text",
                    MediaType.parse("text/plain")))), 400, "files", "multipart/form-data");
            assertError(client.get("/api/ingest/job-404"), 404, "id", "job-404");
            // The server is still answering.
            assertThat(client.get("/api/events").code()).isEqualTo(200);
        });
    }

    @Test
    void a_cross_site_post_may_not_change_the_store() {
        test(client -> assertError(client.request("/api/ingest", builder -> builder
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                .post(multipart("a.txt", "text".getBytes()))), 403, null, "another site"));
    }

    @Test
    void upload_names_are_made_safe_before_they_touch_the_disk() {
        assertThat(IngestJobs.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(IngestJobs.safeName("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(IngestJobs.safeName(".hidden")).isEqualTo("hidden");
        assertThat(IngestJobs.safeName("a b;rm -rf.txt")).isEqualTo("a_b_rm_-rf.txt");
        assertThat(IngestJobs.safeName("rapport-été.txt")).isEqualTo("rapport-été.txt");
        assertThat(IngestJobs.safeName("")).isEqualTo("upload");
        assertThat(IngestJobs.safeName(null)).isEqualTo("upload");
        assertThat(IngestJobs.safeName("x".repeat(300) + ".txt")).hasSize(100).endsWith(".txt");
    }
}
