package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP run as it comes ({@link NlpSettings#coreNlpDefaultNerPass()}), one document at a time: the
 * yardstick {@code sitrep bench} measures sitrep's own pipeline against. Thread-safe.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP coreNlp;

    public CoreNlpBaseline(Properties properties) {
        this.coreNlp = new StanfordCoreNLP(properties);
    }

    public static CoreNlpBaseline defaultNerPass() {
        return new CoreNlpBaseline(NlpSettings.coreNlpDefaultNerPass());
    }

    /** Drops the models CoreNLP caches process-wide, so a later pipeline loads (and is measured) afresh. */
    public static void releaseCachedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** Annotates one document and returns its number of tokens. */
    public int annotate(String text, String docDate) {
        Annotation annotation = new Annotation(text);
        if (docDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        coreNlp.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
