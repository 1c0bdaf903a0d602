package org.sitrep.nlp;

import java.util.Properties;

/**
 * How CoreNLP is configured. The defaults trade CoreNLP's default NER (three CRF models, fine-grained regex
 * NER, KBP tagging) for one 3-class CRF model plus SUTime and numbers: sitrep's own dictionaries name actors
 * and places better than the fine-grained layers, and the saving pays for dependency parses.
 *
 * @param threads how many text blocks are annotated at once
 * @param dependencyParse whether to run the neural dependency parser (events need it)
 * @param blockChars target size of the blocks a document is cut into for parallel annotation
 * @param parseLemmas when not empty, only sentences holding one of these lemmas (an event trigger) or a number
 *     (a figure) are parsed: the others need no parse, and parsing is half of the NLP time
 */
public record NlpSettings(int threads, boolean dependencyParse, int blockChars, java.util.Set<String> parseLemmas) {
    public NlpSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        parseLemmas = java.util.Set.copyOf(parseLemmas);
    }

    public NlpSettings(int threads, boolean dependencyParse, int blockChars) {
        this(threads, dependencyParse, blockChars, java.util.Set.of());
    }

    public static NlpSettings defaults() {
        return new NlpSettings(Runtime.getRuntime().availableProcessors(), true, 8_000);
    }

    public NlpSettings withThreads(int newThreads) {
        return new NlpSettings(newThreads, dependencyParse, blockChars, parseLemmas);
    }

    public NlpSettings withParseLemmas(java.util.Set<String> lemmas) {
        return new NlpSettings(threads, dependencyParse, blockChars, lemmas);
    }

    /** Properties of the dependency parser, run apart from the pipeline on the sentences that need it. */
    Properties parserProperties() {
        Properties props = new Properties();
        // Very long "sentences" are PDF debris (tables, reference lists); parsing them costs much and says little.
        props.setProperty("maxlen", "120");
        return props;
    }

    Properties toProperties() {
        return toProperties(0);
    }

    /**
     * The pipeline's properties for worker {@code instance}: a distinct instance key gives each worker its own
     * tagger and NER (CoreNLP caches annotators by their properties and would otherwise share them).
     */
    Properties toProperties(int instance) {
        Properties props = new Properties();
        if (instance > 0) {
            props.setProperty("pos.instance", String.valueOf(instance));
            props.setProperty("ner.instance", String.valueOf(instance));
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Ingest joins hard-wrapped lines, so every remaining newline ends a paragraph or a heading.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxtime", "-1");
        return props;
    }

    /** CoreNLP's own default {@code tokenize,ssplit,pos,lemma,ner} pass, the baseline {@code bench} compares to. */
    public static Properties coreNlpDefaultNerPass() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return props;
    }
}
