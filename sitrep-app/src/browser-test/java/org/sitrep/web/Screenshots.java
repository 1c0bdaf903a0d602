package org.sitrep.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.model.SitrepException;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * Takes the README's screenshots of the main views on an existing store, and times how long the workspace
 * takes to open (navigation to the timeline drawn with its events). Not a test: run by hand, as the README
 * says, with the store and the output folder as arguments.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path storePath = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "docs");
        Files.createDirectories(out);
        try (Store store = SqliteStore.open(storePath);
             WebApp app = WebApp.create(new WebConfig("127.0.0.1", 0, null, 1024 * 1024), store,
                     new LazyIngester(store, SitrepConfig.defaults(), () -> {
                         throw new SitrepException("no uploads while taking screenshots");
                     })).start().warmUp();
             Playwright playwright = Chromium.playwright();
             Browser browser = Chromium.launch(playwright)) {
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (BrowserContext context = browser.newContext()) {
                    Page page = context.newPage();
                    long start = System.nanoTime();
                    page.navigate(app.url());
                    page.waitForSelector("body[data-ready='timeline'] #timeline-count");
                    page.waitForSelector("#timeline rect.bar");
                    opens.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf("workspace open (navigation to a drawn timeline), ms: first %.0f, then %s%n",
                    opens.get(0), opens.subList(1, opens.size()).stream().map(ms -> String.format("%.0f", ms)).toList());
            DocumentSummary document = store.documents().stream()
                    .max(java.util.Comparator.comparingInt(DocumentSummary::sentences)).orElseThrow();
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
                Page page = context.newPage();
                shoot(page, app.url() + "#/timeline", "timeline", out.resolve("workspace-timeline.png"));
                shoot(page, app.url() + "#/map", "map", out.resolve("workspace-map.png"));
                shoot(page, app.url() + "#/actors", "actors", out.resolve("workspace-actors.png"));
                int sentence = store.events(org.sitrep.store.EventQuery.all().withDocId(document.id()).withLimit(1))
                        .stream().findFirst().map(e -> e.mentions().get(0).sentence()).orElse(0);
                shoot(page, app.url() + "#/reader/" + document.id() + "?s=" + sentence, "reader",
                        out.resolve("workspace-reader.png"));
            }
        }
    }

    private static void shoot(Page page, String url, String view, Path file) {
        page.navigate(url);
        page.waitForSelector("body[data-ready='" + view + "']");
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        System.out.println("wrote " + file);
    }
}
