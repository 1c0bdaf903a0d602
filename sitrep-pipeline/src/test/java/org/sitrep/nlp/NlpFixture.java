package org.sitrep.nlp;

import java.time.Instant;
import java.time.LocalDate;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.pipeline.AnalysedDocument;

/** One CoreNLP annotator per test JVM: the models take seconds to load. */
public final class NlpFixture {
    private static CoreNlpAnnotator annotator;

    private NlpFixture() {
    }

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(new NlpSettings(2, true, 400));
        }
        return annotator;
    }

    public static Document document(String text, LocalDate published) {
        return new Document("doc-test", "test.txt", "0".repeat(64), "text/plain",
                new SourceInfo("Test", "Test desk", null, published, null, "en"), text, Instant.EPOCH);
    }

    public static AnalysedDocument annotate(String text, LocalDate published) {
        AnalysedDocument document = new AnalysedDocument(document(text, published));
        annotator().apply(document);
        return document;
    }
}
