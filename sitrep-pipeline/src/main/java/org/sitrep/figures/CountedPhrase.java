package org.sitrep.figures;

/**
 * What a number counts, as tokens {@code [start, head]} of its sentence.
 *
 * @param head the counted noun ("troops"), or the adjective counted on its own ("30 dead")
 * @param partitive written after "of": "40 of its troops", "dozens of civilians"
 * @param collective a noun before the number that names the count: "a population of 14.5 million"
 */
record CountedPhrase(int start, int head, boolean partitive, boolean collective) {
}
