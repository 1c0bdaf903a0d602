/**
 * Places: the bundled gazetteer ({@code gazetteer.tsv.gz}, built by {@code scripts/build-gazetteer.py} from
 * GeoNames countries, admin-1 regions, a filtered {@code cities500}, the Sahel supplement and curated aliases)
 * behind {@link org.sitrep.places.Gazetteer}, and {@link org.sitrep.places.PlaceResolver}, which picks one place
 * for a toponym in the context of a document and says why.
 * Contains data from GeoNames (geonames.org), CC BY 4.0, filtered and extended.
 * Imports {@code model} and {@code pipeline} only.
 */
package org.sitrep.places;
