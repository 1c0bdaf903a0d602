package org.sitrep.places;

/** Which of a place's names a query matched (after folding). */
public enum MatchedOn {
    /** The place's own name or its ASCII form. */
    NAME,
    /** A curated spelling or short name ({@code aliases.tsv}, "Ivory Coast", "USA"): as strong as the name. */
    ALIAS,
    /** A demonym of a country ("Malian"). */
    DEMONYM,
    /** A GeoNames alternate name: weaker evidence ("Sinder" is an alternate name of Zinder). */
    ALTERNATE;

    /** True for the name, an alias or a demonym; false for a GeoNames alternate name. */
    public boolean strong() {
        return this != ALTERNATE;
    }
}
