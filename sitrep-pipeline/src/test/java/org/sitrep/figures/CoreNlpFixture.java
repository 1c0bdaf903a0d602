package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.nlp.NlpFixture;
import org.sitrep.pipeline.AnalysedDocument;

/** Real tokens for the figures tests, from the production NLP stage (one annotator per test JVM). */
final class CoreNlpFixture {
    /** A text cut into sentences, with each sentence's tokens. */
    record Annotated(String text, List<Sentence> sentences, List<List<Token>> tokens) {
    }

    private CoreNlpFixture() {
    }

    static Annotated annotate(String text) {
        AnalysedDocument document = NlpFixture.annotate(text, null);
        List<List<Token>> tokens = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            tokens.add(document.tokens(s));
        }
        return new Annotated(text, document.sentences(), tokens);
    }
}
