package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Codes the events each sentence reports, sentence by sentence through the units of this package (ARCHITECTURE.md
 * has them as a table): {@link SentenceEvents} finds a sentence's events, {@link EventCoreference} joins each to an
 * earlier mention or founds a new event, {@link ResponseDates} dates responses, and the narrative's date moves on;
 * at the end {@link DefaultDoers} and {@link EventPlacer} fill in what the text never said. What the coder knows is
 * in the rule files ({@link EventLexicon}). Stateless and thread-safe: each document gets its own units.
 */
public final class EventCoder implements Stage {
    private final EventLexicon lexicon;

    public EventCoder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.TIMEX, Layer.FIGURES,
                Layer.ACTORS, Layer.PLACES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public void apply(AnalysedDocument document) {
        document.setEvents(new DocumentPass(new CodingContext(document, lexicon)).run());
    }

    /** The units for one document, and its loop over sentences. */
    private static final class DocumentPass {
        private final CodingContext context;
        private final EventDates dates;
        private final EventPlacer placer;
        private final SentenceEvents sentences;
        private final EventCoreference coreference;
        private final ResponseDates responses;
        private final DefaultDoers defaultDoers;
        private final EpisodeDoers episodes;
        private final Confidence confidence;
        /** The prepositions of a noun's phrases that a verb hung on it as an adjective takes back: "by", "in". */
        private final Set<String> clauseCases;
        private final EditorialNotes notes;

        DocumentPass(CodingContext context) {
            this.context = context;
            this.clauseCases = new HashSet<>(context.words.agent());
            this.clauseCases.addAll(context.words.ownPlace());
            this.dates = new EventDates(context.document, context.lexicon.dates());
            HeadKinds kinds = new HeadKinds(context);
            Subjects subjects = new Subjects(context.words, context.lexicon.status().implicatives());
            TriggerMatcher triggers = new TriggerMatcher(context, kinds, subjects);
            ArgumentReader arguments = new ArgumentReader(context, triggers, new Antecedents(context), subjects);
            RoleReader roles = new RoleReader(context, kinds, subjects, arguments, new DashedDoers(context));
            StatusReader status = new StatusReader(context.lexicon);
            this.confidence = new Confidence(context.lexicon.weights());
            this.placer = new EventPlacer(context, kinds, dates);
            FigureEvents figures = new FigureEvents(context, status, dates, placer, confidence);
            this.sentences = new SentenceEvents(context, triggers, new TriggerEvents(context, triggers, roles, status,
                    dates, placer, figures, confidence), figures);
            this.coreference = new EventCoreference(context);
            this.responses = new ResponseDates(context);
            this.defaultDoers = new DefaultDoers(context);
            this.episodes = new EpisodeDoers(context, dates);
            this.notes = new EditorialNotes(context.document, dates, context.lexicon.status().editorialLabels());
        }

        List<Event> run() {
            List<Event> events = new ArrayList<>();
            LocalDate published = context.published();
            for (Sentence sentence : context.document.sentences()) {
                Parse parse = new Parse(VerbsOnTheirObjects.repaired(context.document.tokens(sentence.index()),
                        context.lexicon::namesObject, lemma -> !context.lexicon.nounTriggers(lemma).isEmpty(),
                        clauseCases));
                Set<String> moving = new HashSet<>();
                // Under a line dated after publication the text is another report's (a list of related reports);
                // a correction's note tells what the text got wrong.
                boolean none = dates.elsewhere() || notes.inNote(sentence.index());
                for (Coded raw : none ? List.<Coded>of() : sentences.code(sentence, parse)) {
                    Coded coded = new Coded(StatusReader.notYetHappened(raw.event(), published), raw.anchored(),
                            raw.borrows(), raw.dates(), raw.fresh(), raw.lends());
                    // "another attack", "protests continue", "was also looted": a new event, not a recall.
                    // One dated to the day of an earlier one of its class is that one told again.
                    int earlier = coded.fresh() && coded.anchored() ? coreference.sameDay(events, coded.event())
                            : coreference.coreferent(events, coded.event(), coded.anchored());
                    if (coded.dates()) {
                        moving.add(earlier >= 0 ? events.get(earlier).id() : coded.event().id());
                    }
                    if (earlier >= 0) {
                        events.set(earlier, EventCoreference.merged(events.get(earlier), coded.event(),
                                coded.lends(), coded.anchored()));
                    } else if (coded.anchored() || coded.event().status() != EventStatus.OCCURRED) {
                        // A bare mention founds no event, unless the text says it did not or will not happen.
                        events.add(coded.event());
                    }
                }
                responses.date(events, sentence.index());
                moveNarrative(events, moving, sentence.index(), parse);
            }
            // Only now, so that a doer the text never names does not make two events look like one.
            List<Event> out = new ArrayList<>();
            for (Event undated : events) {
                // "The teachers are on strike", "Gunmen raided the market." a paragraph on: dated only now, so
                // that such a date joins or parts no mentions.
                EventStatus own = context.lexicon.policies().classStatus().get(undated.crisisClass());
                boolean told = undated.status() == EventStatus.OCCURRED || undated.status() == EventStatus.ONGOING
                        || undated.status() == own;
                Event event = told ? dates.undated(undated) : undated;
                int sentence = event.mentions().get(0).sentence();
                Optional<EventActor> fallback = !event.sources().isEmpty() ? Optional.empty()
                        : defaultDoers.of(event.crisisClass(), sentence, event.date())
                        .or(() -> episodes.of(event, events))
                        .or(() -> defaultDoers.dominant(event.crisisClass(), sentence, events))
                        .or(() -> defaultDoers.state(event))
                        .or(() -> defaultDoers.participants(event));
                Event sourced = fallback.map(source -> event.withSources(List.of(source))).orElse(event);
                out.add(confidence.corroborated(placer.atCapital(sourced)));
            }
            return out;
        }

        /**
         * "since last autumn the province has lived under a revolt": a time after "since" (dates.yaml not_narrative) is
         * the start of a span running to the time of writing, so neither that sentence nor one telling of the same
         * event again ("the army has fared badly against them") puts the narrative back at its start.
         */
        private boolean opensSpan(Event event) {
            return event.mentions().stream().anyMatch(mention -> dates.opensSpan(mention.sentence(), event.dateText()));
        }

        /**
         * The narrative is now at the date of the last event this sentence told, else at the date the sentence
         * opens on. A reference back to an event years before the narrative ("the holding of elections" after the
         * coup) does not move it back, nor does a plural ("beyond elections"), which recalls no one event.
         */
        private void moveNarrative(List<Event> events, Set<String> moving, int sentence, Parse parse) {
            if (dates.heading(sentence)) {
                return;
            }
            Optional<Event> told = events.stream().filter(e -> moving.contains(e.id()) && e.date() != null
                            && e.status() == EventStatus.OCCURRED
                            && EventCoreference.lastMention(e).sentence() == sentence
                            && (e.mentions().get(0).sentence() == sentence || !dates.longBefore(e.date()))
                            && !opensSpan(e))
                    .reduce((first, second) -> second);
            if (told.isPresent()) {
                dates.remember(sentence, told.get().date());
            } else if (events.stream().noneMatch(e -> moving.contains(e.id()) && opensSpan(e))) {
                // "In 1991, Malians ended one-party rule.": the narrative is now in 1991, event or not.
                DateRange opening = dates.sentenceDate(sentence, parse);
                if (opening != null) {
                    dates.remember(sentence, opening);
                }
            }
        }
    }
}
