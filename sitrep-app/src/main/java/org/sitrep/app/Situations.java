package org.sitrep.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.event.Event;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.Situation;
import org.sitrep.picture.Support;

/**
 * The situation at a date as the CLI and the API answer it: a country code must name a country (ISO 3166
 * alpha-3 as the JDK knows them, or a code the stored events are located in, such as a gazetteer's Kosovo), and a
 * country no stored event is located in has an empty situation, not the figures the reports give about elsewhere.
 */
public final class Situations {
    private static final Set<String> COUNTRIES = Set.copyOf(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private Situations() {
    }

    /**
     * The situation on {@code day} in {@code country} (in capitals; null: every country) from the merged events the
     * selection keeps, or empty when the code names no country.
     */
    public static Optional<Situation> at(StorePicture picture, Support.Selection selection, LocalDate day,
            String country) {
        if (country == null) {
            return Optional.of(picture.history(selection).at(day, null));
        }
        Set<String> located = selection.kept().stream().map(MergedEvent::toEvent).map(Event::place)
                .filter(place -> place != null && place.countryIso3() != null).map(place -> place.countryIso3())
                .collect(Collectors.toSet());
        if (!located.contains(country)) {
            return COUNTRIES.contains(country)
                    ? Optional.of(new Situation(day, country, List.of(), List.of(), List.of(), List.of()))
                    : Optional.empty();
        }
        return Optional.of(picture.history(selection).at(day, country));
    }
}
