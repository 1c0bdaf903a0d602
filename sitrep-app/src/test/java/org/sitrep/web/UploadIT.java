package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.AnalyserFixture;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/** An upload through the API, analysed with the language models, while the server keeps answering. */
class UploadIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written for this test: an invented mutiny in an invented country. */
    private static final String REPORT = """
            Mutineers seize the port of Ilvane
            Soldiers of the Northern Garrison seized the port of Ilvane on 4 June 2031, a spokesman said.
            The Coastal States Bloc condemned the mutiny on 5 June 2031.
            """;

    @TempDir
    Path dir;

    @Test
    void a_good_report_is_ingested_in_the_background_and_its_events_are_served() {
        try (Store store = SqliteStore.open(dir.resolve("upload.db"))) {
            WebApp app = WebApp.create(new WebConfig("127.0.0.1", 0, null, 1024 * 1024), store,
                    new LazyIngester(store, SitrepConfig.defaults(), AnalyserFixture::shared));
            try {
                JavalinTest.test(app.javalin(), (server, client) -> {
                    RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                            .addFormDataPart("files", "ilvane.txt", RequestBody.create(
                                    REPORT.getBytes(StandardCharsets.UTF_8), MediaType.parse("text/plain")))
                            .addFormDataPart("files", "ilvane.meta.json", RequestBody.create(
                                    "{\"publisher\": \"Test Wire\", \"published\": \"2031-06-06\"}"
                                            .getBytes(StandardCharsets.UTF_8), MediaType.parse("application/json")))
                            .build();
                    Response accepted = client.request("/api/ingest", builder -> builder.post(body));
                    assertThat(accepted.code()).isEqualTo(202);
                    String id = JSON.readTree(accepted.body().string()).get("id").asText();
                    JsonNode job = null;
                    boolean answeredWhileBusy = false;
                    for (int i = 0; i < 1200; i++) {
                        job = JSON.readTree(client.get("/api/ingest/" + id).body().string());
                        if (job.get("state").asText().equals("done") || job.get("state").asText().equals("failed")) {
                            break;
                        }
                        answeredWhileBusy |= client.get("/api/documents").code() == 200;
                        Thread.sleep(250);
                    }
                    assertThat(job.get("state").asText()).isEqualTo("done");
                    assertThat(answeredWhileBusy).as("the server answered while the models loaded").isTrue();
                    JsonNode result = job.get("results").get(0);
                    assertThat(result.get("file").asText()).isEqualTo("ilvane.txt");
                    assertThat(result.get("outcome").asText()).isEqualTo("new");

                    String docId = result.get("doc_id").asText();
                    JsonNode doc = JSON.readTree(client.get("/api/documents/" + docId).body().string());
                    assertThat(doc.get("publisher").asText()).isEqualTo("Test Wire");
                    assertThat(doc.get("text").asText()).contains("seized the port of Ilvane");
                    JsonNode events = JSON.readTree(client.get("/api/events?doc=" + docId).body().string());
                    assertThat(events.get("events").findValuesAsText("class")).contains("SEIZE_TERRITORY");
                });
            } finally {
                app.close();
            }
        }
    }
}
