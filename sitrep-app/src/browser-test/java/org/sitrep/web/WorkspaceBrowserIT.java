package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.app.AnalyserFixture;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * The workspace in a real browser (Chromium through Playwright) against a server on a store of
 * {@link WebFixtures}. Uploads of readable files load the language models, once, on first use.
 */
class WorkspaceBrowserIT {
    private static Path dir;
    private static Store store;
    private static WebApp app;
    private static List<String> docs;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> errors = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("sitrep-browser-");
        store = SqliteStore.open(dir.resolve("workspace.db"));
        docs = WebFixtures.fill(store);
        app = WebApp.create(new WebConfig("127.0.0.1", 0, null, 5 * 1024 * 1024), store,
                new LazyIngester(store, SitrepConfig.defaults(), AnalyserFixture::shared)).start();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
        app.close();
        store.close();
    }

    @BeforeEach
    void open_page() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onPageError(error -> errors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console: " + message.text());
            }
        });
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void close_page() {
        context.close();
    }

    private void go(String hash, String view) {
        if (!page.url().equals("about:blank")) {
            page.evaluate("() => { document.body.dataset.ready = ''; }");
        }
        page.navigate(app.url() + hash);
        try {
            page.waitForSelector("body[data-ready='" + view + "']",
                    new Page.WaitForSelectorOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the " + view + " view did not finish rendering; the page said: " + errors, e);
        }
    }

    @Test
    void the_workspace_loads_on_the_timeline_of_the_supported_events_and_shows_every_event_on_asking() {
        go("", "timeline");
        // The threat (confidence 0.45), the undated flight (0.35) and the probe (0.3) are below the default support.
        assertThat(page.textContent("#timeline-count")).startsWith("3 events").contains("3 below support 0.5 left out");
        assertThat(page.locator("#timeline rect.bar").count()).isEqualTo(3);

        go("#/timeline?min_support=0", "timeline");
        assertThat(page.inputValue("#filter-min-support")).isEqualTo("0");
        assertThat(page.textContent("#timeline-count")).startsWith("6 events").contains("1 undated");
        // It opens on the densest span of the dated events, 1-12 June; "Fit all" shows the probe of 20 June too.
        assertThat(page.locator("#timeline rect.bar").count()).isEqualTo(4);
        page.click("#zoom-fit");
        assertThat(page.locator("#timeline rect.bar").count()).isEqualTo(5);
        assertThat(page.locator("tr.event-row").count()).isEqualTo(6);
        page.click("#timeline rect.bar[data-event='" + WebFixtures.SEIZURE + "']");
        assertThat(page.textContent("#event-detail")).contains("SEIZE_TERRITORY", "9 Jun 2031", "Dune Front");
        page.click("#zoom-in");
        assertThat(page.locator("#timeline rect.bar").count()).isGreaterThan(0);
        assertThat(errors).isEmpty();
    }

    @Test
    void filters_narrow_the_timeline_and_stay_in_the_address() {
        go("#/timeline", "timeline");

        page.selectOption("#filter-class", "SANCTION");
        page.evaluate("() => { document.body.dataset.ready = ''; }");
        page.click("#filter-apply");
        page.waitForFunction("location.hash.includes('class=SANCTION')");
        page.waitForSelector("body[data-ready='timeline']");
        page.waitForFunction("document.querySelectorAll('tr.event-row').length === 1");
        assertThat(page.textContent("tr.event-row")).contains("SANCTION", "Coastal States Bloc");

        go("#/timeline?actor=" + WebFixtures.FRONT + "&status=threatened&min_support=0", "timeline");
        assertThat(page.locator("tr.event-row").count()).isEqualTo(1);
        assertThat(page.inputValue("#filter-status")).isEqualTo("threatened");
        assertThat(errors).isEmpty();
    }

    @Test
    void the_map_draws_the_outlines_and_its_slider_moves_the_date() {
        go("#/map?min_support=0", "map");

        // The map fits the events' points, so the first outline in the DOM may lie off screen: count, not look.
        page.waitForFunction("() => document.querySelectorAll('.leaflet-overlay-pane path').length > 100");
        // The slider opens on the last day an event shown happened (the sanctions of 12 June), not on the end of
        // the month of a threat.
        assertThat(page.textContent("#map-count")).startsWith("4 events by 2031-06-12");
        Locator slider = page.locator("#map-date");
        slider.evaluate("(el) => { el.value = 10; el.dispatchEvent(new Event('input')); }");
        assertThat(page.textContent("#map-count")).startsWith("3 events by 2031-06-11");
        assertThat(page.textContent("#map-date-label")).isEqualTo("2031-06-11");
        // The situation panel follows the slider: Kessaly is held from 9 June, not on 1 June.
        page.waitForFunction("() => document.querySelector('#situation').textContent.includes('Kessaly')");
        assertThat(page.locator("path.event-point").count()).as("town-level events drawn as points")
                .isGreaterThan(0);
        slider.evaluate("(el) => { el.value = 0; el.dispatchEvent(new Event('input')); }");
        assertThat(page.textContent("#map-count")).startsWith("1 events by 2031-06-01");
        page.waitForFunction("() => { const s = document.querySelector('#situation').textContent; "
                + "return s.includes('2031-06-01') && !s.includes('Kessaly'); }");
        assertThat(errors).isEmpty();
    }

    @Test
    void an_event_links_to_its_sentence_highlighted_in_the_reader() {
        go("#/timeline", "timeline");
        page.evaluate("() => { document.body.dataset.ready = ''; }");
        page.click("tr.event-row[data-event='" + WebFixtures.SEIZURE + "'] a.sentence-link");
        page.waitForSelector("body[data-ready='reader']");
        page.waitForSelector("#s-2.target");

        Locator sentence = page.locator("#s-2");
        assertThat(sentence.locator("a.hl-actor").first().textContent()).isEqualTo("Dune Front");
        assertThat(sentence.locator(".hl-event").textContent()).isEqualTo("took control of");
        assertThat(sentence.locator(".hl-place").textContent()).isEqualTo("Kessaly");
        assertThat(sentence.locator(".hl-date").textContent()).isEqualTo("9 June 2031");
        assertThat(page.textContent("#event-detail")).contains("SEIZE_TERRITORY");
        assertThat(page.locator("#s-0.target").count()).isZero();

        sentence.locator("a.hl-actor").first().click();
        page.waitForSelector("#actor-name");
        assertThat(page.textContent("#actor-name")).isEqualTo("Dune Front");
        assertThat(errors).isEmpty();
    }

    @Test
    void report_text_that_tries_to_inject_script_stays_inert_in_every_view() {
        go("#/reader/" + docs.get(2), "reader");
        Object scriptsAtStart = page.evaluate("() => document.scripts.length");
        assertThat(page.textContent("#reader-text")).contains("<script>window.__sitrepInjected = true;",
                "onerror=", "javascript:");
        assertThat(page.textContent("#doc-title")).isEqualTo("<script>alert('title')</script>Wall writing");
        // min_support=0: the probe (confidence 0.3) is drawn, not left out.
        for (String view : List.of("#/timeline?min_support=0", "#/map?min_support=0", "#/actors",
                "#/actors/" + WebFixtures.COUNCIL, "#/reader",
                "#/search?q=wall")) {
            go(view, view.replaceAll("^#/([a-z]+).*", "$1"));
        }
        go("#/reader/" + docs.get(2) + "?s=1&e=" + WebFixtures.PROBE_EVENT, "reader");
        page.click("#reader-events button.link");
        assertThat(page.textContent("#event-detail")).contains("CONDEMN", "<img src=x onerror=alert('place')>");
        page.waitForTimeout(300);

        assertThat(dialogs).as("dialogs opened").isEmpty();
        assertThat(page.evaluate("() => window.__sitrepInjected === undefined")).isEqualTo(true);
        assertThat(page.evaluate("() => document.scripts.length")).isEqualTo(scriptsAtStart);
        assertThat(page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('sitrepInjected'))"))
                .isEqualTo(false);
        assertThat(page.evaluate("() => document.querySelectorAll('img[src=\"x\"], [onerror], [onmouseover]').length"))
                .isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('a[href]')].filter(a => "
                + "a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length")).isEqualTo(0);
        assertThat(page.locator(".source-url").getAttribute("href")).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void an_unreadable_upload_gets_its_error_message() {
        go("#/upload", "upload");
        page.setInputFiles("#upload-input", new FilePayload("empty.txt", "text/plain", new byte[0]));
        page.click("#upload-send");
        page.waitForSelector("table.upload-results tr.outcome-failed");

        assertThat(page.textContent("table.upload-results")).contains("empty.txt", "failed", "empty_file");
        assertThat(page.textContent("#upload-state")).startsWith("Done");
        assertThat(errors).isEmpty();
    }

    @Test
    void a_good_report_is_ingested_and_opens_in_the_reader() throws Exception {
        // A server of its own, so that the other tests see the fixtures only.
        try (Store own = SqliteStore.open(dir.resolve("upload.db"));
             WebApp uploads = WebApp.create(new WebConfig("127.0.0.1", 0, null, 5 * 1024 * 1024), own,
                     new LazyIngester(own, SitrepConfig.defaults(), AnalyserFixture::shared)).start()) {
            upload(uploads);
        }
    }

    private void upload(WebApp server) {
        String report = "Soldiers loyal to General Tomas Ekwueme seized the state broadcaster in Port Ilvane on "
                + "2 July 2031.\nThe Coastal States Bloc condemned the seizure the next day.\n";
        page.navigate(server.url() + "#/upload");
        page.waitForSelector("body[data-ready='upload']");
        page.setInputFiles("#upload-input", new FilePayload("broadcaster.txt", "text/plain",
                report.getBytes(StandardCharsets.UTF_8)));
        page.click("#upload-send");
        // The first upload loads the language models: minutes on a small machine.
        page.waitForSelector("table.upload-results", new Page.WaitForSelectorOptions().setTimeout(600_000));
        assertThat(page.textContent("table.upload-results")).contains("broadcaster.txt", "new");
        assertThat(page.locator("progress#upload-progress").getAttribute("value")).isEqualTo("1");

        page.evaluate("() => { document.body.dataset.ready = ''; }");
        page.click("table.upload-results a");
        page.waitForSelector("body[data-ready='reader']");
        page.waitForSelector("#reader-text .sentence", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED));
        assertThat(page.textContent("#reader-text")).contains("seized the state broadcaster");
        assertThat(errors).isEmpty();
    }
}
