package org.sitrep.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Real tokens for the figures tests: one CoreNLP pipeline per test JVM ({@code tokenize,ssplit,pos,lemma,ner,
 * depparse}, 3-class NER without fine-grained tags), and a small adapter from its sentences to sitrep
 * {@link Token}s. Only for tests: the production adapter lives in the {@code nlp} package.
 */
final class CoreNlpFixture {
    /** A text cut into sentences, with each sentence's tokens. */
    record Annotated(String text, List<Sentence> sentences, List<List<Token>> tokens) {
    }

    private static final class PipelineHolder {
        static final StanfordCoreNLP PIPELINE = build();

        private static StanfordCoreNLP build() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            props.setProperty("ner.useSUTime", "true");
            return new StanfordCoreNLP(props);
        }
    }

    private CoreNlpFixture() {
    }

    static Annotated annotate(String text) {
        Annotation annotation = new Annotation(text);
        PipelineHolder.PIPELINE.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), new Span(begin, end), text.substring(begin, end)));
            tokens.add(toTokens(sentence));
        }
        return new Annotated(text, sentences, tokens);
    }

    /** CoreNLP's 1-based token indices become 0-based; the root's head is -1. */
    private static List<Token> toTokens(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Token> out = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            int head = -1;
            String relation = "";
            IndexedWord node = graph.getNodeByIndexSafe(label.index());
            if (node != null) {
                if (graph.getRoots().contains(node)) {
                    relation = "root";
                } else {
                    List<SemanticGraphEdge> incoming = graph.incomingEdgeList(node);
                    if (!incoming.isEmpty()) {
                        head = incoming.get(0).getGovernor().index() - 1;
                        relation = incoming.get(0).getRelation().toString();
                    }
                }
            }
            out.add(new Token(label.index() - 1, new Span(label.beginPosition(), label.endPosition()), label.word(),
                    label.lemma(), label.tag(), label.ner(), head, relation));
        }
        return out;
    }
}
