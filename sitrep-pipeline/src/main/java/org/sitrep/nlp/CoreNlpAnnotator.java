package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.SitrepException;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Sentences, tokens, POS, lemmas, NER, dependency parses and SUTime dates from CoreNLP. The models load once,
 * in the constructor. A document is cut into blocks that are annotated in parallel and stitched back, so one
 * long report uses every thread. The publication date is CoreNLP's document date, so "last Friday" resolves
 * against it; without one, relative dates stay unresolved rather than anchor on the day the job runs.
 * Thread-safe.
 */
public final class CoreNlpAnnotator implements Stage, AutoCloseable {
    /** The issue code of a document with no publication date whose relative dates therefore stay undated. */
    public static final String DATE_UNANCHORED = "date_unanchored";
    /**
     * One pipeline per thread, taken from this queue for each block: CoreNLP's tagger and NER share state
     * between threads (one shared pipeline scales 1.24x on two threads, separate ones 1.49x), and the queue
     * also keeps the annotations running at once to the number of threads.
     */
    private final java.util.concurrent.BlockingQueue<StanfordCoreNLP> pipelines;
    private final DependencyParseAnnotator parser;
    private final NlpSettings settings;
    private final ForkJoinPool pool;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
        this.pipelines = new java.util.concurrent.ArrayBlockingQueue<>(settings.threads());
        for (int i = 0; i < settings.threads(); i++) {
            pipelines.add(new StanfordCoreNLP(settings.toProperties(i)));
        }
        this.parser = settings.dependencyParse() ? new DependencyParseAnnotator(settings.parserProperties()) : null;
        this.pool = new ForkJoinPool(settings.threads());
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.METADATA);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITY_MENTIONS, Layer.TIMEX);
    }

    public NlpSettings settings() {
        return settings;
    }

    @Override
    public void apply(AnalysedDocument document) {
        String text = document.text();
        String docDate = document.document().source().publishedDate().map(Object::toString).orElse(null);
        List<Span> blocks = TextBlocks.split(text, settings.blockChars());
        List<Annotation> annotated;
        try {
            annotated = pool.submit(() -> blocks.parallelStream()
                    .map(block -> annotate(text.substring(block.start(), block.end()), docDate))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while annotating " + document.document().path(), e);
        } catch (ExecutionException e) {
            throw new SitrepException("CoreNLP failed on " + document.document().path() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
        Collector collector = new Collector(text);
        for (int b = 0; b < blocks.size(); b++) {
            collector.add(annotated.get(b), blocks.get(b).start());
        }
        document.setSentences(collector.sentences, collector.tokens);
        document.setEntities(collector.entities);
        document.addTimes(collector.times);
        if (docDate == null) {
            reportUnanchored(document, collector.times);
        }
    }

    /**
     * Without a publication date, "Sunday" or "last week" cannot be placed on the calendar: they stay undated
     * rather than take the day the job runs, and the document says so, so the analyst can give the date.
     */
    private void reportUnanchored(AnalysedDocument document, List<TimeMention> times) {
        List<String> unanchored = times.stream().filter(CoreNlpAnnotator::isUnanchored).map(TimeMention::text)
                .distinct().toList();
        if (unanchored.isEmpty()) {
            return;
        }
        String examples = unanchored.stream().limit(3).map(text -> "\"" + text + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        String file = java.nio.file.Path.of(document.document().path()).getFileName().toString();
        String sidecar = (file.lastIndexOf('.') > 0 ? file.substring(0, file.lastIndexOf('.')) : file) + ".meta.json";
        document.addIssue(new Issue(DATE_UNANCHORED, name(), file + " has no publication date, so "
                + unanchored.size() + " relative date expression(s) (" + examples + ") are left undated. Give"
                + " its date in " + sidecar + " as \"published\": \"YYYY-MM-DD\", or with --published."));
    }

    /** A date SUTime could only have placed against a document date; durations ("three months") are no dates. */
    private static boolean isUnanchored(TimeMention time) {
        String timex = time.timex();
        return time.range() == null && (timex == null || !timex.startsWith("P"));
    }

    private Annotation annotate(String blockText, String docDate) {
        StanfordCoreNLP coreNlp;
        try {
            coreNlp = pipelines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while waiting for a CoreNLP pipeline", e);
        }
        try {
            return annotateWith(coreNlp, blockText, docDate);
        } finally {
            pipelines.add(coreNlp);
        }
    }

    private Annotation annotateWith(StanfordCoreNLP coreNlp, String blockText, String docDate) {
        Annotation annotation = new Annotation(blockText);
        if (docDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        coreNlp.annotate(annotation);
        if (parser != null) {
            List<CoreMap> toParse = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
                    .filter(this::needsParse).toList();
            Annotation selected = new Annotation(blockText);
            selected.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(selected);
        }
        return annotation;
    }

    /** Whether a sentence may hold an event or a figure, the two things a parse is read for. */
    private boolean needsParse(CoreMap sentence) {
        if (settings.parseLemmas().isEmpty()) {
            return true;
        }
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            if ("CD".equals(token.tag()) || settings.parseLemmas().contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Converts annotated blocks into records with offsets into the whole document. */
    private static final class Collector {
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<List<Token>> tokens = new ArrayList<>();
        private final List<EntityMention> entities = new ArrayList<>();
        private final List<TimeMention> times = new ArrayList<>();

        Collector(String text) {
            this.text = text;
        }

        void add(Annotation block, int offset) {
            for (CoreMap sentence : block.get(CoreAnnotations.SentencesAnnotation.class)) {
                int index = sentences.size();
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (labels.isEmpty()) {
                    continue;
                }
                Span span = new Span(offset + labels.get(0).beginPosition(),
                        offset + labels.get(labels.size() - 1).endPosition());
                sentences.add(new Sentence(index, span, text.substring(span.start(), span.end())));
                tokens.add(tokens(sentence, labels, offset));
                List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
                if (mentions != null) {
                    mentions.forEach(mention -> addMention(index, mention, offset));
                }
            }
        }

        private List<Token> tokens(CoreMap sentence, List<CoreLabel> labels, int offset) {
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    int dependent = edge.getDependent().index() - 1;
                    heads[dependent] = edge.getGovernor().index() - 1;
                    relations[dependent] = edge.getRelation().toString();
                }
                for (IndexedWord root : graph.getRoots()) {
                    relations[root.index() - 1] = "root";
                }
            }
            List<Token> out = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                out.add(new Token(i, new Span(offset + label.beginPosition(), offset + label.endPosition()),
                        label.word(), label.lemma(), label.tag(), label.ner(), heads[i], relations[i]));
            }
            return out;
        }

        private void addMention(int sentence, CoreMap mention, int offset) {
            String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            EntityType type = EntityType.fromTag(tag);
            List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
            // CoreNLP's mention builder adds pronouns ("he") as PERSON mentions; they name no one by themselves.
            if (type == null || mentionTokens != null && mentionTokens.stream()
                    .allMatch(token -> token.tag() != null && token.tag().startsWith("PRP"))) {
                return;
            }
            Span span = new Span(offset + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    offset + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            String surface = text.substring(span.start(), span.end());
            entities.add(new EntityMention(sentence, span, surface, type, "ner"));
            Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            if (type == EntityType.DATE && timex != null) {
                times.add(new TimeMention(sentence, span, surface, timex.value(),
                        org.sitrep.model.time.Timex.toRange(timex.value()).orElse(null)));
            }
        }
    }
}
