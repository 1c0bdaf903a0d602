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
 */
public record NlpSettings(int threads, boolean dependencyParse, int blockChars) {
    public NlpSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static NlpSettings defaults() {
        return new NlpSettings(Runtime.getRuntime().availableProcessors(), true, 8_000);
    }

    public NlpSettings withThreads(int newThreads) {
        return new NlpSettings(newThreads, dependencyParse, blockChars);
    }

    Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", dependencyParse
                ? "tokenize,ssplit,pos,lemma,ner,depparse"
                : "tokenize,ssplit,pos,lemma,ner");
        // Ingest joins hard-wrapped lines, so every remaining newline ends a paragraph or a heading.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
        // Very long "sentences" are PDF debris (tables, reference lists); parsing them costs much and says little.
        props.setProperty("depparse.maxlen", "120");
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
