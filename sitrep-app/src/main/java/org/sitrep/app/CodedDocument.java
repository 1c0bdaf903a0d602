package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * One document after analysis and before linking: what a store keeps of it, with actors still under their
 * document-local keys. Ingest makes it from an {@link AnalysedDocument}; the Spark job reads it back from its cache.
 *
 * @param issues the extraction's warnings, then the analysis's issues
 * @param tokens the document's token count
 */
public record CodedDocument(Document document, List<Issue> issues, List<Sentence> sentences, int tokens,
                            List<EntityMention> entities, List<TimeMention> times, List<Figure> figures,
                            List<LocalActor> localActors, List<ActorMention> actorMentions, List<PlaceMention> places,
                            List<Event> events) {
    public CodedDocument {
        issues = List.copyOf(issues);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        localActors = List.copyOf(localActors);
        actorMentions = List.copyOf(actorMentions);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    public static CodedDocument of(AnalysedDocument analysed, List<Issue> warnings) {
        List<Issue> issues = new ArrayList<>(warnings);
        issues.addAll(analysed.issues());
        int tokens = 0;
        for (int s = 0; s < analysed.sentences().size(); s++) {
            tokens += analysed.tokens(s).size();
        }
        return new CodedDocument(analysed.document(), issues, analysed.sentences(), tokens, analysed.entities(),
                analysed.times(), analysed.figures(), analysed.localActors(), analysed.actorMentions(),
                analysed.places(), analysed.events());
    }

    /** The same analysis for the same bytes found at another path. */
    public CodedDocument atPath(String path) {
        if (path.equals(document.path())) {
            return this;
        }
        Document moved = new Document(document.id(), path, document.sha256(), document.mediaType(),
                document.source(), document.text(), document.ingestedAt());
        return new CodedDocument(moved, issues, sentences, tokens, entities, times, figures, localActors,
                actorMentions, places, events);
    }
}
