package org.sitrep.places;

/** What a gazetteer row is: a country, a first-level division (region, province, state) or a populated place. */
public enum PlaceKind {
    COUNTRY,
    ADMIN1,
    TOWN
}
