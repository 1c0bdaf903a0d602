package org.sitrep.app;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorLinker;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.BundledPlaceNames;
import org.sitrep.actors.DictionaryNameTagger;
import org.sitrep.events.EventCoder;
import org.sitrep.events.EventLexicon;
import org.sitrep.figures.FigureExtractor;
import org.sitrep.model.Document;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineBuilder;
import org.sitrep.places.GeoNamesGazetteer;
import org.sitrep.places.PlaceRecogniser;

/**
 * Owns what is expensive to build (the CoreNLP models, the dictionaries) and the stage pipeline built from
 * them. Build one per process and share it: several ingests, into several stores, may use it at once.
 * Thread-safe.
 */
public final class Analyser implements AutoCloseable {
    private final SitrepConfig config;
    private final CoreNlpAnnotator nlp;
    private final ActorDictionary dictionary;
    private final Pipeline pipeline;
    private final ActorLinker linker;

    public Analyser(SitrepConfig config) {
        this(config, Knowledge.from(config));
    }

    public Analyser(SitrepConfig config, Knowledge knowledge) {
        this.config = config;
        this.dictionary = knowledge.dictionary();
        EventLexicon events = knowledge.events();
        this.nlp = new CoreNlpAnnotator(new NlpSettings(config.threads(), config.dependencyParse(),
                NlpSettings.defaults().blockChars(), events.triggerLemmas()));
        this.pipeline = new PipelineBuilder()
                .add(nlp)
                .add(new DictionaryNameTagger(dictionary))
                .add(new ActorResolver(dictionary, BundledPlaceNames.load()))
                .add(new FigureExtractor())
                .add(new PlaceRecogniser(GeoNamesGazetteer.bundled()))
                .add(new EventCoder(events))
                .build();
        this.linker = new ActorLinker(dictionary);
    }

    public SitrepConfig config() {
        return config;
    }

    public AnalysedDocument analyse(Document document) {
        AnalysedDocument analysed = new AnalysedDocument(document);
        pipeline.apply(analysed);
        return analysed;
    }

    public ActorLinker linker() {
        return linker;
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        nlp.close();
    }
}
