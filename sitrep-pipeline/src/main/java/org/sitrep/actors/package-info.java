/**
 * Actors: the curated dictionary ({@code actors.yaml}, {@code nominals.yaml}, {@code titles.txt}), tagging its
 * names in the text ({@link org.sitrep.actors.DictionaryNameTagger}), resolution of the names one document uses
 * into document-local actors ({@link org.sitrep.actors.ActorResolver} and its units), and linking those to the
 * actors already known across documents ({@link org.sitrep.actors.ActorLinker}).
 * Imports {@code model} and {@code pipeline}.
 */
package org.sitrep.actors;
