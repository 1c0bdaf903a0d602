package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.BundledPlaceNames;
import org.sitrep.actors.DictionaryNameTagger;
import org.sitrep.events.EventCoder;
import org.sitrep.events.EventLexicon;
import org.sitrep.figures.FigureExtractor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.nlp.NlpFixture;
import org.sitrep.pipeline.AnalysedDocument;

/** The places stage on texts written for these tests, after the real tagger and actor stage. */
class PlaceRecogniserIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 2);
    private static final DictionaryNameTagger DICTIONARY = new DictionaryNameTagger(ActorDictionary.bundled());
    private static final ActorResolver ACTORS = new ActorResolver(ActorDictionary.bundled(), BundledPlaceNames.load());
    private static final PlaceRecogniser PLACES = new PlaceRecogniser(GeoNamesGazetteer.bundled());

    private static AnalysedDocument analyse(String text) {
        AnalysedDocument document = NlpFixture.annotate(text, PUBLISHED);
        DICTIONARY.apply(document);
        ACTORS.apply(document);
        new FigureExtractor().apply(document);
        PLACES.apply(document);
        new EventCoder(EventLexicon.bundled()).apply(document);
        return document;
    }

    private static Optional<PlaceMention> named(AnalysedDocument document, String text) {
        return document.places().stream().filter(p -> p.text().equals(text)).findFirst();
    }

    @Test
    void towns_of_the_focus_country_resolve_with_coordinates_and_demonyms_are_flagged() {
        AnalysedDocument document = analyse("Mali's army said on Tuesday that rebels had entered Aguelhok and "
                + "Tessalit. The troops pulled back to Gao, where the governor met Malian traders from Mopti.");

        Location aguelhok = named(document, "Aguelhok").orElseThrow().location();
        assertThat(aguelhok.countryIso3()).isEqualTo("MLI");
        assertThat(aguelhok.resolution()).isEqualTo(Location.TOWN);
        assertThat(aguelhok.isPoint()).isTrue();
        assertThat(named(document, "Gao").orElseThrow().location().geonameId()).isEqualTo(2457163L);
        assertThat(named(document, "Mopti").orElseThrow().location().countryIso3()).isEqualTo("MLI");
        PlaceMention malian = named(document, "Malian").orElseThrow();
        assertThat(malian.demonym()).isTrue();
        assertThat(malian.location().countryIso3()).isEqualTo("MLI");
    }

    @Test
    void a_region_cue_gives_the_region_and_a_direction_gives_an_area_without_a_point() {
        AnalysedDocument document = analyse("Fighting spread across northern Mali in April. The governor of the "
                + "region of Gao asked Bamako for more troops.");

        Location north = named(document, "northern Mali").orElseThrow().location();
        assertThat(north.area()).isEqualTo("northern Mali");
        assertThat(north.resolution()).isEqualTo(Location.COUNTRY);
        assertThat(north.isPoint()).isFalse();
        assertThat(north.lat()).isNull();
        Location region = named(document, "Gao").orElseThrow().location();
        assertThat(region.resolution()).isEqualTo(Location.REGION);
        assertThat(region.geonameId()).isEqualTo(2457161L);
    }

    @Test
    void a_foreign_capital_resolves_in_its_own_country() {
        AnalysedDocument document = analyse("Mali's foreign minister flew to Tripoli on Sunday to meet Libyan "
                + "officials about the fighters who had returned to Mali.");

        assertThat(named(document, "Tripoli").orElseThrow().location().countryIso3()).isEqualTo("LBY");
        assertThat(named(document, "Mali").orElseThrow().location().featureCode()).startsWith("PCL");
    }

    @Test
    void a_seizure_happens_at_the_town_taken_not_at_the_region_the_sentence_also_names() {
        AnalysedDocument document = analyse("On 30 March 2031, rebel fighters took control of Kidal, the capital "
                + "of the northeastern region of the same name.");

        Event seizure = document.events().stream().filter(e -> e.crisisClass() == CrisisClass.SEIZE_TERRITORY)
                .findFirst().orElseThrow();
        assertThat(seizure.place().text()).isEqualTo("Kidal");
        assertThat(seizure.place().geonameId()).isEqualTo(2455290L);
        assertThat(seizure.place().resolution()).isEqualTo(Location.TOWN);
    }

    @Test
    void a_sentence_that_names_no_place_happens_where_the_paragraph_just_was() {
        AnalysedDocument document = analyse("Soldiers seized the state broadcaster in Bamako on 22 March 2031. "
                + "Several ministers were arrested.\n\nElsewhere in Mali, the harvest was poor.");

        Event arrest = document.events().stream().filter(e -> e.crisisClass() == CrisisClass.ARREST)
                .findFirst().orElseThrow();
        assertThat(arrest.place().name()).isEqualTo("Bamako");
        assertThat(arrest.place().resolution()).isEqualTo(Location.TOWN);
    }

    @Test
    void a_continent_is_never_resolved_to_a_town() {
        AnalysedDocument document = analyse("Diplomats from across Africa met in Bamako.");

        List<PlaceMention> africa = document.places().stream().filter(p -> p.text().equals("Africa")).toList();
        assertThat(africa).allSatisfy(p -> assertThat(p.location().isPoint()).isFalse());
    }
}
