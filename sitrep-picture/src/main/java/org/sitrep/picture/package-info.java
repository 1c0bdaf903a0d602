/**
 * One picture from many reports: events merged across documents ({@link org.sitrep.picture.EventClusterer},
 * {@link org.sitrep.picture.EventMerger}), where the sources disagree
 * ({@link org.sitrep.picture.ContradictionFinder}), and the state of things at a date
 * ({@link org.sitrep.picture.SituationBuilder}). Pure functions over model records, tuned by
 * {@code picture.yaml}. Imports {@code model.*} and Jackson (for the rules file) only.
 */
package org.sitrep.picture;
