package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.text.TextFold;

/**
 * The gazetteer built by {@code scripts/build-gazetteer.py} ({@code org/sitrep/places/gazetteer.tsv.gz}):
 * countries, admin-1 regions, towns. Load it once with {@link #bundled()} (about 37,000 places; see
 * {@code GeoNamesGazetteerTest} for the measured time and heap). Immutable and thread-safe once built.
 * Contains data from GeoNames (geonames.org), CC BY 4.0.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    /** Classpath location of the bundled gazetteer. */
    public static final String RESOURCE = "/org/sitrep/places/gazetteer.tsv.gz";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3,4}");
    private static final String[] COLUMNS = {"id", "kind", "name", "ascii", "alternates", "aliases", "demonyms",
            "lat", "lon", "feature", "cc", "iso3", "admin1", "population", "neighbours"};

    private final Map<Long, Place> byId;
    private final Map<String, List<Entry>> byName;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1;
    private final Map<String, Set<String>> neighbours;

    /** A place under one folded name, with the strongest way it matched. */
    private record Entry(Place place, MatchedOn on) {
    }

    private GeoNamesGazetteer(Map<Long, Place> byId, Map<String, List<Entry>> byName, Map<String, Place> countries,
                              Map<String, Place> admin1, Map<String, Set<String>> neighbours) {
        this.byId = byId;
        this.byName = byName;
        this.countries = countries;
        this.admin1 = admin1;
        this.neighbours = neighbours;
    }

    /** The bundled gazetteer, loaded on first use and shared. */
    public static GeoNamesGazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final GeoNamesGazetteer BUNDLED = loadBundled();
    }

    /** A fresh copy of the bundled gazetteer, read now (for measuring its load); most callers want {@link #bundled}. */
    public static GeoNamesGazetteer loadBundled() {
        try (InputStream in = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GazetteerException("gazetteer resource " + RESOURCE
                        + " is missing: run scripts/build-gazetteer.py");
            }
            return load(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Reads an uncompressed gazetteer TSV in the layout {@code build-gazetteer.py} writes. */
    public static GeoNamesGazetteer load(InputStream tsv) throws IOException {
        List<String[]> rows = new ArrayList<>(40_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        boolean header = false;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!header) {
                if (!List.of(f).equals(List.of(COLUMNS))) {
                    throw new GazetteerException("gazetteer header is " + line + ", expected "
                            + String.join("\t", COLUMNS));
                }
                header = true;
                continue;
            }
            if (f.length != COLUMNS.length) {
                throw new GazetteerException("gazetteer line " + lineNo + " has " + f.length + " columns, expected "
                        + COLUMNS.length);
            }
            rows.add(f);
        }
        // Countries and region names first: towns take their ISO3 and admin-1 name from them.
        Map<String, String> iso3 = new HashMap<>();
        Map<String, String> regionNames = new HashMap<>();
        for (String[] f : rows) {
            if (f[1].equals("country")) {
                iso3.put(f[10], f[11]);
            } else if (f[1].equals("admin1")) {
                regionNames.put(f[10] + "." + f[12], f[2]);
            }
        }
        Map<Long, Place> byId = new HashMap<>(rows.size() * 2);
        Map<String, List<Entry>> byName = new HashMap<>(rows.size() * 4);
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1 = new HashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (String[] f : rows) {
            PlaceKind kind = switch (f[1]) {
                case "country" -> PlaceKind.COUNTRY;
                case "admin1" -> PlaceKind.ADMIN1;
                case "town" -> PlaceKind.TOWN;
                default -> throw new GazetteerException("unknown kind " + f[1] + " for id " + f[0]);
            };
            String cc = f[10].intern();
            String a1 = kind == PlaceKind.COUNTRY ? "" : f[12].intern();
            Place place = new Place(Long.parseLong(f[0]), f[2], kind, number(f[7]), number(f[8]), f[9].intern(),
                    cc, iso3.getOrDefault(cc, ""), a1,
                    kind == PlaceKind.COUNTRY ? "" : regionNames.getOrDefault(cc + "." + a1, ""),
                    f[13].isEmpty() ? 0 : Long.parseLong(f[13]));
            if (byId.putIfAbsent(place.id(), place) != null) {
                throw new GazetteerException("duplicate gazetteer id " + place.id());
            }
            Map<String, MatchedOn> names = new LinkedHashMap<>();
            add(names, f[2], MatchedOn.NAME);
            add(names, f[3], MatchedOn.NAME);
            for (String alias : split(f[5])) {
                add(names, alias, MatchedOn.ALIAS);
            }
            for (String demonym : split(f[6])) {
                add(names, demonym, MatchedOn.DEMONYM);
            }
            for (String alt : split(f[4])) {
                add(names, alt, MatchedOn.ALTERNATE);
            }
            names.forEach((key, on) -> byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Entry(place, on)));
            switch (kind) {
                case COUNTRY -> {
                    countries.put(cc, place);
                    countries.put(place.countryIso3(), place);
                    neighbours.put(cc, f[14].isEmpty() ? Set.of() : Set.of(f[14].split(",")));
                }
                case ADMIN1 -> admin1.put(cc + "." + a1, place);
                case TOWN -> { }
            }
        }
        return new GeoNamesGazetteer(byId, byName, countries, admin1, neighbours);
    }

    private static void add(Map<String, MatchedOn> names, String name, MatchedOn on) {
        String key = TextFold.lookup(name);
        if (!key.isEmpty()) {
            names.putIfAbsent(key, on);
        }
    }

    private static String[] split(String list) {
        return list.isEmpty() ? new String[0] : list.split(",");
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @Override
    public List<NameMatch> matches(String name) {
        List<Entry> entries = byName.getOrDefault(TextFold.lookup(name), List.of());
        boolean code = looksLikeCode(name);
        List<NameMatch> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (code && e.on() == MatchedOn.ALTERNATE) {
                continue;
            }
            out.add(new NameMatch(e.place(), e.on()));
        }
        return out;
    }

    @Override
    public Optional<Place> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Place> country(String isoCode) {
        return Optional.ofNullable(countries.get(isoCode.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public Optional<Place> admin1(String iso2, String code) {
        return Optional.ofNullable(admin1.get(iso2.strip().toUpperCase(Locale.ROOT) + "." + code.strip()));
    }

    @Override
    public Set<String> neighbours(String iso2) {
        return neighbours.getOrDefault(iso2.strip().toUpperCase(Locale.ROOT), Set.of());
    }

    @Override
    public int size() {
        return byId.size();
    }

    /** True for an all-caps query of 3 or 4 letters ("GAO", "BAMA"): possibly an airport code. */
    private static boolean looksLikeCode(String s) {
        return CODE.matcher(s.strip()).matches();
    }
}
