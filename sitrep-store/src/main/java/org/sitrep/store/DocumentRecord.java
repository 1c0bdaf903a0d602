package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.event.Event;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.TimeMention;

/**
 * Everything one ingested document adds to the store, written in one transaction.
 *
 * @param actors the actors its mentions point at, as they should now stand in the store (inserted or
 *     replaced whole by id: aliases and roles included)
 * @param actorMentions mentions whose {@code actorKey} is a store actor id
 * @param mergeReasons why aliases were attached to actors, on this document's evidence
 * @param events the events this document reports, each with its mentions in this document; their actors'
 *     {@code actorKey}s are store actor ids (or null)
 * @param places the places its sentences name, as the gazetteer resolved them
 */
public record DocumentRecord(Document document, List<Sentence> sentences, List<EntityMention> entities,
                             List<TimeMention> times, List<Figure> figures, List<Actor> actors,
                             List<ActorMention> actorMentions, List<MergeReason> mergeReasons,
                             List<Issue> issues, List<Event> events, List<PlaceMention> places) {
    public DocumentRecord {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        actors = List.copyOf(actors);
        actorMentions = List.copyOf(actorMentions);
        mergeReasons = List.copyOf(mergeReasons);
        issues = List.copyOf(issues);
        events = List.copyOf(events);
        places = List.copyOf(places);
    }
}
