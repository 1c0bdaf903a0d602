package org.sitrep.spark;

import java.util.Optional;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorLinker;
import org.sitrep.app.Analyser;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.picture.EventMatcher;
import org.sitrep.picture.EventMerger;
import org.sitrep.picture.EventPlaces;
import org.sitrep.picture.PictureRules;

/**
 * What each executor JVM builds once, lazily, on first use: the {@link Analyser} (CoreNLP models, dictionaries,
 * gazetteer) for the per-document stage, and the dictionary and picture rules for the cross-document stage.
 * Nothing here is ever serialised: a task reaches it through these static methods, so the driver never ships
 * models, and every task of a JVM shares one copy. The first settings seen win (one job per JVM).
 */
final class Workers {
    private static Analyser analyser;
    private static TikaDocumentExtractor extractor;
    private static ActorDictionary dictionary;
    private static EventPlaces places;
    private static PictureRules rules;

    private Workers() {
    }

    /** Rebuilt only when the thread count changes (the benchmark runs local[1] then local[2] in one JVM). */
    static synchronized Analyser analyser(JobSettings settings) {
        if (analyser != null && analyser.config().threads() != settings.threads()) {
            analyser.close();
            analyser = null;
        }
        if (analyser == null) {
            analyser = new Analyser(settings.config());
        }
        return analyser;
    }

    static synchronized TikaDocumentExtractor extractor(JobSettings settings) {
        if (extractor == null) {
            extractor = new TikaDocumentExtractor(settings.maxFileBytes());
        }
        return extractor;
    }

    /** The same dictionary the analyser loads, without loading the models when only linking runs here. */
    static synchronized ActorDictionary dictionary(JobSettings settings) {
        if (dictionary == null) {
            dictionary = analyser != null ? analyser.dictionary()
                    : ActorDictionary.load(settings.config().actorDictionaries());
        }
        return dictionary;
    }

    static ActorLinker linker(JobSettings settings) {
        return new ActorLinker(dictionary(settings));
    }

    /** As {@code StorePicture.of}: the gazetteer's answer from ingest, the dictionary's country names. */
    static synchronized EventPlaces places(JobSettings settings) {
        if (places == null) {
            places = new EventPlaces(dictionary(settings)::countryCode, name -> Optional.empty(), true);
        }
        return places;
    }

    static synchronized PictureRules rules() {
        if (rules == null) {
            rules = PictureRules.bundled();
        }
        return rules;
    }

    static EventMatcher matcher(JobSettings settings) {
        return new EventMatcher(rules(), places(settings));
    }

    static EventMerger merger(JobSettings settings) {
        return new EventMerger(rules(), places(settings));
    }
}
