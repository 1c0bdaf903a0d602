package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.cli.SitrepCli;
import org.sitrep.export.GraphMlReader;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;
import picocli.CommandLine;

/**
 * The API keeps its contract where a new user probes it (issue 15): a real server on a free port over a temporary
 * SQLite store filled with {@link WebFixtures}, asked over HTTP (and over a raw socket for what an HTTP client will
 * not send). No language models.
 */
class FirstHourApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path storeFile;
    private Store store;
    private WebApp app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        storeFile = dir.resolve("web.db");
        store = SqliteStore.open(storeFile);
        WebFixtures.fill(store);
        LazyIngester ingester = new LazyIngester(store, SitrepConfig.defaults(), () -> {
            throw new IllegalStateException("this test must not load the language models");
        });
        app = WebApp.create(new WebConfig("127.0.0.1", 0, null, 1024 * 1024), store, ingester).start();
    }

    @AfterEach
    void stop() {
        app.close();
        store.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request as raw bytes, for what no HTTP client sends; the status line and the body. */
    private String[] raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1:" + app.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            int body = text.indexOf("\r\n\r\n");
            return new String[] {text.substring(0, text.indexOf("\r\n")), text.substring(0, body),
                text.substring(body + 4)};
        }
    }

    private static void assertErrorShape(JsonNode error, int status) {
        assertThat(error.get("title").asText()).isNotBlank();
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("type").asText()).isNotBlank();
        assertThat(error.get("details").isObject()).isTrue();
    }

    @Test
    void an_over_long_uri_is_a_json_414() throws Exception {
        HttpResponse<String> response = get("/api/events?actor=" + "a".repeat(20_000));

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertErrorShape(JSON.readTree(response.body()), 414);
    }

    @Test
    void a_malformed_path_is_a_json_400() throws Exception {
        for (String path : List.of("/api/%zz", "/api/documents/%", "/api/docu%00ments")) {
            String[] response = raw("GET " + path + " HTTP/1.1");

            assertThat(response[0]).as(path).contains(" 400 ");
            assertThat(response[1].toLowerCase()).as(path).contains("content-type: application/json");
            JsonNode error = JSON.readTree(response[2]);
            assertErrorShape(error, 400);
            assertThat(error.get("title").asText()).as(path).startsWith("the request is malformed");
        }
    }

    @Test
    void a_country_code_that_names_no_country_is_a_400_and_one_without_events_is_empty() throws Exception {
        HttpResponse<String> unknown = get("/api/situation?at=2031-06-13&country=XXX");
        JsonNode elsewhere = JSON.readTree(get("/api/situation?at=2031-06-13&country=NER").body());
        JsonNode velmora = JSON.readTree(get("/api/situation?at=2031-06-13&country=VLM").body());

        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(unknown.body());
        assertErrorShape(error, 400);
        assertThat(error.get("details").get("parameter").asText()).isEqualTo("country");
        assertThat(error.get("title").asText()).contains("names no country");
        for (String aspect : List.of("power", "control", "measures", "figures")) {
            assertThat(elsewhere.get(aspect)).as(aspect).isEmpty();
        }
        assertThat(velmora.get("control")).as("a code the stored events use is a country").isNotEmpty();
    }

    @Test
    void search_pages_like_events_with_limit_and_more() throws Exception {
        JsonNode first = JSON.readTree(get("/api/search?q=Kessaly&limit=1").body());
        JsonNode all = JSON.readTree(get("/api/search?q=Kessaly&limit=10000").body());
        HttpResponse<String> tooMany = get("/api/search?q=Kessaly&limit=10001");

        assertThat(first.get("hits")).hasSize(1);
        assertThat(first.get("limit").asInt()).isOne();
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(all.get("hits").size()).isGreaterThan(1);
        assertThat(all.get("more").asBoolean()).isFalse();
        assertThat(tooMany.statusCode()).isEqualTo(400);
    }

    @Test
    void search_says_when_its_hits_hold_any_word_rather_than_all() throws Exception {
        JsonNode any = JSON.readTree(get("/api/search?q=Kessaly%20mutinied").body());
        JsonNode all = JSON.readTree(get("/api/search?q=Kessaly%20villages").body());

        assertThat(any.get("all_words").asBoolean()).isFalse();
        assertThat(any.get("hits").size()).isGreaterThan(1);
        assertThat(all.get("all_words").asBoolean()).isTrue();
    }

    @Test
    void the_actors_csv_is_the_same_from_the_cli_and_the_api() throws Exception {
        String api = get("/api/export?what=actors&format=csv").body();
        StringWriter out = new StringWriter();
        CommandLine cli = SitrepCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("--store", storeFile.toString(), "export", "--what", "actors", "--format", "csv");

        assertThat(exit).isZero();
        assertThat(api).contains("; ").isEqualTo(out.toString());
    }

    @Test
    void documents_and_their_exports_never_show_server_paths() throws Exception {
        String list = get("/api/documents").body();
        String jsonl = get("/api/export?what=documents&format=jsonl").body();
        String csv = get("/api/export?what=documents&format=csv").body();

        for (String body : List.of(list, jsonl, csv)) {
            assertThat(body).doesNotContain("reports/", dir.toString());
        }
        assertThat(jsonl).contains("\"path\":\"velmora-dispatch.txt\"");
    }

    @Test
    void the_actor_network_downloads_as_graphml_a_graphml_reader_loads() throws Exception {
        HttpResponse<String> response = get("/api/export?what=network&format=graphml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains(".graphml"));
        GraphMlReader.Graph graph = GraphMlReader.read(response.body());
        assertThat(graph.directed()).isTrue();
        assertThat(graph.nodes()).isNotEmpty();
        assertThat(graph.edges()).isNotEmpty().allSatisfy(edge -> assertThat((Long) edge.data().get("events"))
                .isPositive());
    }
}
