package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GeoNamesGazetteerTest {
    private static final long GAO_TOWN = 2457163;
    private static final long GUANTANAMO = 3557689;
    private static final long MALI = 2453866;
    private static final long TOMBOUCTOU_REGION = 2449066;

    private final Gazetteer gazetteer = GeoNamesGazetteer.bundled();

    @Test
    void loads_the_bundled_gazetteer_and_prints_time_and_heap() throws IOException {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        GeoNamesGazetteer fresh;
        try (InputStream in = new GZIPInputStream(
                GeoNamesGazetteer.class.getResourceAsStream(GeoNamesGazetteer.RESOURCE), 1 << 16)) {
            fresh = GeoNamesGazetteer.load(in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
        System.out.printf("gazetteer: %d places loaded in %d ms, ~%d MB retained heap%n", fresh.size(), millis, heapMb);
        assertThat(fresh.size()).isGreaterThan(30_000);
        // The load time is printed, not asserted: `./sitrep bench` measures it against a baseline of the same run.
        assertThat(heapMb).isLessThan(200);
    }

    @Test
    void finds_places_by_folded_name() {
        assertThat(gazetteer.candidates("Ségou")).extracting(Place::name).contains("Ségou");
        assertThat(gazetteer.candidates("segou")).isEqualTo(gazetteer.candidates("SÉGOU"));
        assertThat(gazetteer.candidates("Tin Essako")).isEqualTo(gazetteer.candidates("Tin-Essako"));
        assertThat(gazetteer.candidates("Aguel’hoc")).extracting(Place::name).containsExactly("Aguelhok");
        assertThat(gazetteer.candidates("Nowhere-in-particular-xyz")).isEmpty();
    }

    @Test
    void drops_airport_codes_and_never_matches_an_all_caps_code_to_an_alternate_name() {
        assertThat(gazetteer.candidates("Gao")).extracting(Place::id).doesNotContain(GUANTANAMO).contains(GAO_TOWN);
        assertThat(gazetteer.candidates("GAO")).extracting(Place::id).doesNotContain(GUANTANAMO).contains(GAO_TOWN);
        assertThat(gazetteer.matches("NIX")).isEmpty();
    }

    @Test
    void countries_carry_iso_codes_short_names_and_demonyms() {
        Place mali = gazetteer.country("MLI").orElseThrow();
        assertThat(mali).isEqualTo(gazetteer.country("ml").orElseThrow());
        assertThat(mali.id()).isEqualTo(MALI);
        assertThat(mali.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(mali.resolution()).isEqualTo(1);
        assertThat(gazetteer.matches("Malian")).containsExactly(new NameMatch(mali, MatchedOn.DEMONYM));
        assertThat(gazetteer.matches("Ivory Coast")).extracting(m -> m.place().countryIso2()).containsExactly("CI");
        assertThat(gazetteer.neighbours("ML")).contains("NE", "BF", "DZ", "SN", "MR", "GN", "CI");
    }

    @Test
    void regions_and_towns_know_their_country_and_region() {
        Place region = gazetteer.admin1("ML", "08").orElseThrow();
        assertThat(region.id()).isEqualTo(TOMBOUCTOU_REGION);
        assertThat(region.resolution()).isEqualTo(2);
        Place gao = gazetteer.byId(GAO_TOWN).orElseThrow();
        assertThat(gao.countryIso3()).isEqualTo("MLI");
        assertThat(gao.admin1Name()).isEqualTo("Gao");
        assertThat(gao.resolution()).isEqualTo(4);
        assertThat(gao.hasPoint()).isTrue();
    }

    @Test
    void supplement_rows_without_geonames_id_get_ids_that_cannot_collide() {
        Place konna = gazetteer.candidates("Konna").get(0);
        assertThat(konna.id()).isGreaterThanOrEqualTo(9_000_000_000L);
        assertThat(konna.countryIso2()).isEqualTo("ML");
    }
}
