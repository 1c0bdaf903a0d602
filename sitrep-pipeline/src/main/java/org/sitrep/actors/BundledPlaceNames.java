package org.sitrep.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Place names shipped in {@code place-names.txt} (GeoNames-derived; regenerate with
 * {@code scripts/build-name-lists.py}). Immutable and thread-safe.
 */
public final class BundledPlaceNames implements PlaceNames {
    private final Set<String> names;

    private BundledPlaceNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static BundledPlaceNames load() {
        try (InputStream in = BundledPlaceNames.class.getResourceAsStream("/org/sitrep/actors/place-names.txt")) {
            if (in == null) {
                throw new ActorDictionaryException("bundled resource place-names.txt is missing from the build");
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return new BundledPlaceNames(names);
        } catch (IOException e) {
            throw new ActorDictionaryException("cannot read place-names.txt: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isPlace(String normalisedName) {
        return names.contains(normalisedName);
    }
}
