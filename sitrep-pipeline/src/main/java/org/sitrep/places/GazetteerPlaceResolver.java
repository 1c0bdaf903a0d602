package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.text.TextFold;

/**
 * A CLIFF-like resolver over a {@link Gazetteer}. The rules, in order:
 * <ol>
 *   <li><b>Areas.</b> A named area ("the Sahel", "Azawad", "West Africa") is an {@code AREA} with no point; a
 *       direction ("the north") is an {@code AREA} in the focus country; a direction plus a name ("northern Mali",
 *       "north of Gao") is an {@code AREA} in the country or region so named, at its coarse resolution. Areas never
 *       become towns. Exception: with a "region" cue, an admin-1 region of that name in the focus country wins
 *       (Burkina Faso's Sahel region).</li>
 *   <li><b>Countries.</b> A country's name, curated short name or demonym is the country ("Mali" is the country,
 *       never the town Mali (GN); "Malian" is Mali; "Niger" is the country, not Niger State).</li>
 *   <li><b>Admin-1 or town.</b> An admin-1 region wins over towns when the text says region/province, or when it
 *       lies in the focus country and no town of that name does; otherwise a town of the focus country wins over
 *       the region of the same name (Gao the town, not Gao region).</li>
 *   <li><b>Towns</b> are ranked by: in the focus country; in a country already resolved in the document; in a
 *       neighbour of the focus country; matched on their own name or a curated alias rather than only a GeoNames
 *       alternate name; population; id.</li>
 * </ol>
 * Thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

    private static final Set<String> AREAS = Set.of("sahel", "central sahel", "western sahel", "azawad",
            "west africa", "western africa", "north africa", "northern africa", "sub saharan africa", "sahara",
            "sahara desert", "maghreb", "lake chad basin", "liptako gourma", "inner niger delta", "niger delta",
            "tri border area", "three borders area", "sahel region", "horn of africa", "middle east", "africa",
            "europe", "asia", "latin america", "arab world", "east africa", "central africa", "southern africa");
    private static final String DIRECTION =
            "(?:north|south|east|west|centre|center|central|northern|southern|eastern|western|"
                    + "north ?east|north ?west|south ?east|south ?west|"
                    + "north ?eastern|north ?western|south ?eastern|south ?western)";
    private static final Pattern BARE_DIRECTION = Pattern.compile(DIRECTION);
    private static final Pattern DIRECTION_OF = Pattern.compile(DIRECTION + " (?:of |part of |parts of )?(.+)");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    private final Gazetteer gazetteer;

    public GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A resolver over the bundled gazetteer. */
    public static GazetteerPlaceResolver bundled() {
        return new GazetteerPlaceResolver(GeoNamesGazetteer.bundled());
    }

    @Override
    public Resolution resolve(String name, PlaceContext context) {
        Objects.requireNonNull(context, "context");
        String query = LEADING_THE.matcher(Objects.requireNonNullElse(name, "").strip()).replaceFirst("")
                .replaceFirst("['’]s$", "");
        String folded = TextFold.lookup(query);
        if (folded.isEmpty()) {
            return Resolution.unresolved(Objects.requireNonNullElse(name, ""), "empty name");
        }
        String focus = context.focusCountry().isEmpty() ? ""
                : gazetteer.country(context.focusCountry()).map(Place::countryIso2).orElse("");

        Optional<Resolution> area = area(name, query, folded, focus, context);
        if (area.isPresent()) {
            return area.get();
        }
        return resolvePlace(name, query, focus, context);
    }

    private Optional<Resolution> area(String original, String query, String folded, String focus,
                                      PlaceContext context) {
        if (AREAS.contains(folded)) {
            if (context.cue() == PlaceContext.Cue.REGION && !focus.isEmpty()) {
                for (NameMatch m : gazetteer.matches(query)) {
                    if (m.place().kind() == PlaceKind.ADMIN1 && m.place().countryIso2().equals(focus)) {
                        return Optional.of(Resolution.place(original, m.place(), m.matchedOn(), List.of(m.place()),
                                "text says region: admin-1 region of focus country " + focus));
                    }
                }
            }
            return Optional.of(Resolution.area(original, query, null, List.of(),
                    "named area larger than a town; no point"));
        }
        if (BARE_DIRECTION.matcher(folded).matches()) {
            Place country = focus.isEmpty() ? null : gazetteer.country(focus).orElse(null);
            return Optional.of(Resolution.area(original, query, country, List.of(),
                    country == null ? "direction without a focus country" : "direction within focus country "
                            + focus));
        }
        Matcher m = DIRECTION_OF.matcher(folded);
        if (m.matches()) {
            Resolution inner = resolvePlace(m.group(1), m.group(1), focus, context);
            Place within = inner.place().orElse(null);
            if (within != null && within.kind() == PlaceKind.TOWN) {
                // "north of Gao": an area around the town; the coarsest honest answer is its region.
                within = gazetteer.admin1(within.countryIso2(), within.admin1Code())
                        .or(() -> gazetteer.country(inner.place().get().countryIso2())).orElse(null);
            }
            return Optional.of(Resolution.area(original, query, within, inner.candidates(), within == null
                    ? "direction of an unknown place" : "part of " + within.name() + " (" + inner.reason() + ")"));
        }
        return Optional.empty();
    }

    private Resolution resolvePlace(String original, String query, String focus, PlaceContext context) {
        List<NameMatch> matches = gazetteer.matches(query);
        if (matches.isEmpty()) {
            return Resolution.unresolved(original, "no gazetteer entry");
        }
        Set<String> documentCountries = new HashSet<>();
        for (Place p : context.resolved()) {
            documentCountries.add(p.countryIso2());
        }
        Set<String> neighbours = focus.isEmpty() ? Set.of() : gazetteer.neighbours(focus);
        Comparator<NameMatch> byContext = Comparator
                .comparingInt((NameMatch m) -> tier(m.place(), focus, documentCountries, neighbours))
                .thenComparing(m -> !m.matchedOn().strong())
                .thenComparing(m -> -m.place().population())
                .thenComparingLong(m -> m.place().id());

        List<NameMatch> countries = new ArrayList<>();
        List<NameMatch> regions = new ArrayList<>();
        List<NameMatch> towns = new ArrayList<>();
        for (NameMatch m : matches) {
            switch (m.place().kind()) {
                case COUNTRY -> countries.add(m);
                case ADMIN1 -> regions.add(m);
                case TOWN -> towns.add(m);
            }
        }
        countries.sort(byContext);
        regions.sort(byContext);
        towns.sort(byContext);
        List<Place> candidates = new ArrayList<>();
        for (List<NameMatch> group : List.of(countries, regions, towns)) {
            for (NameMatch m : group) {
                if (candidates.size() < PlaceResolver.MAX_CANDIDATES) {
                    candidates.add(m.place());
                }
            }
        }

        if (!countries.isEmpty()) {
            NameMatch c = countries.get(0);
            return Resolution.place(original, c.place(), c.matchedOn(), candidates,
                    "country " + c.matchedOn().name().toLowerCase(Locale.ROOT) + "; countries come first");
        }
        NameMatch region = regions.isEmpty() ? null : regions.get(0);
        NameMatch town = towns.isEmpty() ? null : towns.get(0);
        boolean regionInFocus = region != null && region.place().countryIso2().equals(focus);
        boolean townInFocus = town != null && town.place().countryIso2().equals(focus);
        if (region != null && context.cue() == PlaceContext.Cue.REGION) {
            return Resolution.place(original, region.place(), region.matchedOn(), candidates,
                    "text says region" + where(region.place(), focus, documentCountries, neighbours));
        }
        if (regionInFocus && !townInFocus && context.cue() != PlaceContext.Cue.TOWN) {
            return Resolution.place(original, region.place(), region.matchedOn(), candidates,
                    "admin-1 region of focus country " + focus + "; no town of that name there");
        }
        if (town != null && !town.matchedOn().strong()
                && tier(town.place(), focus, documentCountries, neighbours) == 3 && region == null) {
            // "Africa" is an alternate name of a Tunisian town: a far-away point on weak evidence is worse than none.
            return new Resolution(original, Resolution.Outcome.UNRESOLVED, java.util.Optional.empty(), "", 0,
                    java.util.Optional.empty(), candidates, "only a GeoNames alternate name of "
                    + town.place().describe() + ", in no country of the document: left unresolved");
        }
        if (town != null) {
            String reason = "town" + where(town.place(), focus, documentCountries, neighbours);
            if (region != null && region.place().countryIso2().equals(town.place().countryIso2())) {
                reason += "; a town wins over the region of the same name";
            }
            if (!town.matchedOn().strong()) {
                reason += "; matched only a GeoNames alternate name";
            }
            return Resolution.place(original, town.place(), town.matchedOn(), candidates, reason);
        }
        return Resolution.place(original, region.place(), region.matchedOn(), candidates,
                "admin-1 region" + where(region.place(), focus, documentCountries, neighbours));
    }

    private static int tier(Place p, String focus, Set<String> documentCountries, Set<String> neighbours) {
        String cc = p.countryIso2();
        if (!focus.isEmpty() && cc.equals(focus)) {
            return 0;
        }
        if (documentCountries.contains(cc)) {
            return 1;
        }
        return neighbours.contains(cc) ? 2 : 3;
    }

    private static String where(Place p, String focus, Set<String> documentCountries, Set<String> neighbours) {
        return switch (tier(p, focus, documentCountries, neighbours)) {
            case 0 -> " in focus country " + focus;
            case 1 -> " in a country already named in the document (" + p.countryIso2() + ")";
            case 2 -> " in " + p.countryIso2() + ", a neighbour of focus country " + focus;
            default -> p.population() > 0 ? ", largest of that name outside the document's countries (pop "
                    + p.population() + ")" : ", first of that name outside the document's countries";
        };
    }
}
