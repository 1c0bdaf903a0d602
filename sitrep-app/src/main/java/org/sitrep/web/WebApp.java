package org.sitrep.web;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.LazyIngester;
import org.sitrep.export.Json;
import org.sitrep.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace server: every route in one place, the security headers and checks, and one error shape
 * ({@code {title, status, type, details}}) for every API error. The page is static files from
 * {@code resources/web/} and Leaflet from its WebJar; nothing is read from the file system on a request's
 * behalf. Create one per store with {@link #create}; {@link #close} stops the server and the upload worker
 * (the store stays open: its owner closes it).
 */
public final class WebApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** No inline script or style, nothing from another origin: report text that slips into markup stays inert. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Javalin javalin;
    private final IngestJobs jobs;
    private final WebConfig config;

    private WebApp(Javalin javalin, IngestJobs jobs, WebConfig config) {
        this.javalin = javalin;
        this.jobs = jobs;
        this.config = config;
    }

    /** The server, configured but not started. */
    public static WebApp create(WebConfig config, Store store, LazyIngester ingester) {
        return create(config, store, ingester, ActorDictionary.bundled());
    }

    /** The server, configured but not started, reading actors' countries from {@code dictionary}. */
    public static WebApp create(WebConfig config, Store store, LazyIngester ingester, ActorDictionary dictionary) {
        DocumentIndex documents = new DocumentIndex(store);
        IngestJobs jobs = new IngestJobs(ingester, documents::invalidate);
        EventsController events = new EventsController(store, documents);
        ActorsController actors = new ActorsController(store, documents);
        DocumentsController docs = new DocumentsController(store, documents);
        ExportController export = new ExportController(store, dictionary);
        PictureController picture = new PictureController(store, dictionary, events, documents);
        IngestController ingest = new IngestController(jobs, config);
        String openApi = resource("/org/sitrep/web/openapi.json");
        byte[] expectedToken = config.token() == null ? null : sha256(config.token());

        Javalin javalin = Javalin.create(app -> {
            app.showJavalinBanner = false;
            app.jsonMapper(new JavalinJackson(Json.mapper(), false));
            app.jetty.defaultHost = config.host();
            app.jetty.defaultPort = config.port();
            app.http.maxRequestSize = 1024 * 1024;
            app.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            app.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
            app.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // Too long a URI, a malformed path: Jetty answers those itself, now in the API's error shape.
            app.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            app.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            app.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            app.staticFiles.enableWebjars();
            app.router.apiBuilder(() -> {
                get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
                get("/api/events", events::list);
                get("/api/actors", actors::list);
                get("/api/actors/{id}", actors::one);
                get("/api/network", actors::network);
                get("/api/documents", docs::list);
                get("/api/documents/{id}", docs::one);
                get("/api/search", docs::search);
                get("/api/export", export::export);
                post("/api/ingest", ingest::upload);
                get("/api/ingest/{id}", ingest::status);
                get("/api/picture/events", picture::merged);
                get("/api/situation", picture::situation);
                get("/api/contradictions", picture::contradictions);
            });
        });

        javalin.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            if (expectedToken == null && !loopbackHost(ctx.host())) {
                // Without a token, only a page this machine opened may talk to us (no DNS rebinding).
                throw new ForbiddenResponse("this server answers only requests addressed to localhost; "
                        + "start it with --token to serve other names");
            }
            if (ctx.path().startsWith("/api/")) {
                if (expectedToken != null && !tokenMatches(ctx.header("Authorization"), expectedToken)) {
                    ctx.header("WWW-Authenticate", "Bearer");
                    throw new UnauthorizedResponse("this server needs a token: send 'Authorization: Bearer TOKEN'");
                }
                if (!SAFE_METHODS.contains(ctx.method().name()) && crossSite(ctx)) {
                    throw new ForbiddenResponse("requests from another site may not change the store");
                }
            }
        });

        // Javalin reports an unknown path as a NotFoundResponse ("Endpoint GET /api/x not found"), so it takes
        // this shape too.
        javalin.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(),
                e.getDetails()));
        javalin.exception(ValidationException.class, (e, ctx) -> {
            Map<String, String> details = new LinkedHashMap<>();
            e.getErrors().forEach((key, errors) -> details.put(key, errors.isEmpty() ? "invalid"
                    : errors.get(0).getMessage()));
            error(ctx, 400, "invalid parameters: " + details, details);
        });
        javalin.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), Map.of()));
        javalin.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the server failed to answer this request (" + e.getClass().getSimpleName()
                    + "); the server log has the details", Map.of());
        });
        return new WebApp(javalin, jobs, config);
    }

    public WebApp start() {
        javalin.start();
        return this;
    }

    /**
     * Asks the running server for what the page asks for when it opens (the page, its scripts, the events,
     * the basemap), a few times, so that the JIT has compiled the request path and the store's pages are cached
     * before the first analyst opens the workspace: a cold JVM answers the first opening about twice as slowly.
     * Failures are ignored: warming is a courtesy, not a check.
     */
    public WebApp warmUp() {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<String> paths = List.of("/", "/js/main.js", "/api/events?limit=2000", "/api/documents", "/api/actors",
                "/api/network", "/basemap/countries-50m.json", "/api/contradictions");
        for (int round = 0; round < 3; round++) {
            for (String path : paths) {
                try {
                    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url() + path.substring(1))).timeout(java.time.Duration.ofSeconds(30));
                    if (config.token() != null) {
                        request.header("Authorization", "Bearer " + config.token());
                    }
                    client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    LOG.debug("warm-up request {} failed: {}", path, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return this;
                }
            }
        }
        return this;
    }

    /** The port the server listens on (the real one when the config asked for 0). */
    public int port() {
        return javalin.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The Javalin instance, for tests. */
    Javalin javalin() {
        return javalin;
    }

    @Override
    public void close() {
        javalin.stop();
        jobs.close();
    }

    private static void error(Context ctx, int status, String title, Map<String, String> details) {
        ctx.status(status).json(errorBody(status, title, details));
    }

    /** The API's one error shape, also for the errors Jetty answers itself ({@link JsonErrorHandler}). */
    static Map<String, Object> errorBody(int status, String title, Map<String, String> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("type", "https://javalin.io/documentation#" + HttpStatus.forStatus(status).name()
                .toLowerCase(Locale.ROOT).replace("_", "") + "response");
        body.put("details", details == null ? Map.of() : details);
        return body;
    }

    static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.startsWith("[") ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
                : hostHeader.replaceFirst(":\\d+$", "");
        return WebConfig.isLoopback(host);
    }

    /** A browser says where a request comes from; a request with no such header is not from a web page. */
    private static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = ctx.header("Origin");
        return origin != null && !origin.equals("null") && !origin.replaceFirst("^https?://", "").equals(ctx.host());
    }

    /** Compares digests, so the time taken does not tell how much of the token was right. */
    static boolean tokenMatches(String authorization, byte[] expected) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(sha256(authorization.substring(7).trim()), expected);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }
}
