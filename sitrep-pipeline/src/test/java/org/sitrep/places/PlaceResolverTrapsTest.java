package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The toponym trap table ({@code places/traps.tsv}) and, when the shared data directory is next to the checkout,
 * the rows of its {@code check.tsv}. Without check.tsv, the same test asserts the whole trap table instead.
 */
class PlaceResolverTrapsTest {
    private static final PlaceResolver RESOLVER = GazetteerPlaceResolver.bundled();
    private static final Gazetteer GAZETTEER = GeoNamesGazetteer.bundled();

    record Trap(String name, String focus, PlaceContext.Cue cue, String expected, String note) {
        PlaceContext context() {
            return new PlaceContext(focus.equals("-") ? "" : focus, List.of(), cue);
        }
    }

    static List<Trap> traps() throws IOException {
        List<Trap> traps = new ArrayList<>();
        try (InputStream in = PlaceResolverTrapsTest.class.getResourceAsStream("/places/traps.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("columns of %s", line).hasSize(5);
                traps.add(new Trap(f[0], f[1], PlaceContext.Cue.valueOf(f[2]), f[3], f[4]));
            }
        }
        return traps;
    }

    static void check(Trap trap) {
        Resolution r = RESOLVER.resolve(trap.name(), trap.context());
        String e = trap.expected();
        String why = trap.name() + " [" + trap.focus() + ", " + trap.cue() + "] " + trap.note() + ": got " + r.explain();
        if (e.equals("AREA")) {
            assertThat(r.outcome()).as(why).isEqualTo(Resolution.Outcome.AREA);
            assertThat(r.place()).as(why).isEmpty();
            assertThat(r.resolution()).as(why).isZero();
        } else if (e.startsWith("AREA:")) {
            assertThat(r.outcome()).as(why).isEqualTo(Resolution.Outcome.AREA);
            Place within = r.place().orElseThrow(() -> new AssertionError(why));
            assertThat(within.id()).as(why).isEqualTo(Long.parseLong(e.substring(5)));
            assertThat(within.kind()).as(why).isNotEqualTo(PlaceKind.TOWN);
            assertThat(r.resolution()).as(why).isEqualTo(within.resolution());
        } else if (e.startsWith("town:")) {
            String[] p = e.split(":");
            Place got = r.place().orElseThrow(() -> new AssertionError(why));
            assertThat(r.outcome()).as(why).isEqualTo(Resolution.Outcome.PLACE);
            assertThat(got.kind()).as(why).isEqualTo(PlaceKind.TOWN);
            assertThat(got.name()).as(why).isEqualTo(p[1]);
            assertThat(got.countryIso2()).as(why).isEqualTo(p[2]);
        } else {
            assertThat(r.outcome()).as(why).isEqualTo(Resolution.Outcome.PLACE);
            assertThat(r.place().map(Place::id)).as(why).contains(Long.parseLong(e));
        }
        assertThat(r.reason()).as(why).isNotBlank();
        System.out.println("trap ok: " + r.explain());
    }

    @TestFactory
    Stream<DynamicTest> every_trap_resolves_as_expected() throws IOException {
        return traps().stream().map(t -> DynamicTest.dynamicTest(
                t.name() + " [" + t.focus() + ", " + t.cue() + "]", () -> check(t)));
    }

    @Test
    void trap_table_covers_the_brief() throws IOException {
        assertThat(traps()).extracting(Trap::name).contains("Gao", "Kidal", "Timbuktu", "Tombouctou", "Kati",
                "Tripoli", "Mali", "Niger", "Nioro", "Aguelhok", "Aguelhoc", "Konna", "Sévaré", "Bamako", "Kayes",
                "Ménaka", "northern Mali", "the Sahel", "Azawad", "Malian");
    }

    @Test
    void resolutions_list_candidates_and_explain_the_choice() {
        Resolution gao = RESOLVER.resolve("Gao", PlaceContext.focus("MLI"));
        assertThat(gao.candidates()).extracting(Place::id).contains(2457163L, 2457161L);
        assertThat(gao.reason()).contains("focus country ML").contains("wins over the region");
        assertThat(gao.matchedOn()).contains(MatchedOn.NAME);
        assertThat(RESOLVER.resolve("  ", PlaceContext.none()).outcome()).isEqualTo(Resolution.Outcome.UNRESOLVED);
        assertThat(RESOLVER.resolve("Qwzxv", PlaceContext.none()).reason()).isEqualTo("no gazetteer entry");
    }

    @Test
    void places_already_named_in_the_document_pull_ambiguous_towns_to_their_country() {
        Place congo = GAZETTEER.country("CG").orElseThrow();
        Resolution kayes = RESOLVER.resolve("Kayes", PlaceContext.none().plus(congo));
        assertThat(kayes.place().map(Place::countryIso2)).contains("CG");
        assertThat(kayes.reason()).contains("already named");
    }

    private static final Pattern LEADING_ID = Pattern.compile("^(\\d+)");

    /**
     * check.tsv from the shared data directory (never copied into the project), resolved with focus Mali, the
     * setting those reports come from. Rows whose intended place is an id must resolve to it; supplement rows
     * without an id to a Malian town of that name; "none" rows to anything but a town. Rows whose intended place
     * is in no source we bundle (Sinder commune) must at least be flagged as matched on an alternate name only.
     * Without check.tsv, the trap table is asserted instead, so this test never skips.
     */
    @Test
    void check_tsv_rows_resolve_to_the_intended_place_or_the_trap_table_does() throws IOException {
        Optional<Path> check = Stream.of("../shared/data/check.tsv", "../../shared/data/check.tsv")
                .map(Path::of).filter(Files::isRegularFile).findFirst();
        if (check.isEmpty()) {
            System.out.println("check.tsv not found next to the checkout: asserting the trap table instead");
            traps().forEach(PlaceResolverTrapsTest::check);
            return;
        }
        List<String> lines = Files.readAllLines(check.get(), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int query = header.indexOf("query");
        int intended = header.indexOf("intended");
        int source = header.indexOf("intended_source");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String q = f[query];
            String want = f[intended];
            Resolution r = RESOLVER.resolve(q, PlaceContext.focus("MLI"));
            String why = "check.tsv " + q + " (intended " + want + "): got " + r.explain();
            Matcher id = LEADING_ID.matcher(want);
            if (id.find()) {
                assertThat(r.place().map(Place::id)).as(why).contains(Long.parseLong(id.group(1)));
            } else if (want.startsWith("none")) {
                assertThat(r.place().map(Place::kind)).as(why).isNotEqualTo(Optional.of(PlaceKind.TOWN));
            } else {
                String name = want.split("[ ,]")[0];
                boolean bundled = GAZETTEER.candidates(name).stream()
                        .anyMatch(p -> p.name().equals(name) && p.kind() == PlaceKind.TOWN);
                if (bundled) {
                    Place got = r.place().orElseThrow(() -> new AssertionError(why));
                    assertThat(got.name()).as(why).isEqualTo(name);
                    assertThat(got.countryIso2()).as(why).isEqualTo("ML");
                } else {
                    assertThat(source).as(why).isNotNegative();
                    assertThat(f[source]).as(why).isEqualTo("missing");
                    assertThat(r.matchedOn()).as(why).contains(MatchedOn.ALTERNATE);
                    assertThat(r.reason()).as(why).contains("alternate name");
                }
            }
            System.out.println("check ok: " + r.explain());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }
}
