package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;

/**
 * The events one trigger gives: its roles, status, date, place and size, one event per named source
 * ("The World Bank and the IMF halted ..."), and whether it may found an event or only recall one.
 */
final class TriggerEvents {
    /** Relations of a support verb that make it itself a complement ("threatened to impose an embargo"). */
    private static final Set<String> EMBEDDED = Set.of("xcomp", "ccomp", "advcl");

    private final CodingContext context;
    private final TriggerMatcher triggers;
    private final RoleReader roles;
    private final StatusReader status;
    private final EventDates dates;
    private final EventPlacer placer;
    private final FigureEvents figures;
    private final Confidence confidence;

    TriggerEvents(CodingContext context, TriggerMatcher triggers, RoleReader roles, StatusReader status,
                  EventDates dates, EventPlacer placer, FigureEvents figures, Confidence confidence) {
        this.context = context;
        this.triggers = triggers;
        this.roles = roles;
        this.status = status;
        this.dates = dates;
        this.placer = placer;
        this.figures = figures;
        this.confidence = confidence;
    }

    /**
     * Whether the text marks the mention as an event not told before: "another attack", "an attack", "protests"
     * without a determiner that points back, a verb or noun with "again", or a verb with "also".
     */
    private boolean fresh(int t, Parse parse, boolean plural) {
        Words words = context.words;
        // "The depot was also looted", "that village also was targeted": a deed told with "also" is another one.
        boolean verb = parse.token(t).isVerb();
        if (parse.children(t, "advmod").stream().anyMatch(c -> words.newEventAdverbs().contains(parse.lemma(c))
                || verb && words.detection().newDeedAdverbs().contains(parse.lemma(c)))) {
            return true;
        }
        if (!parse.token(t).isNoun()) {
            return false;
        }
        List<Integer> determiners = parse.children(t, "det");
        if (determiners.stream().anyMatch(c -> words.newEventDeterminers().contains(parse.lemma(c)))
                || newlyModified(t, parse)) {
            return true;
        }
        return plural && determiners.isEmpty() && parse.children(t, "nmod:poss").isEmpty();
    }

    /** "The first air strikes": a modifier that tells an event not told before (words.yaml new_event_modifiers). */
    private boolean newlyModified(int t, Parse parse) {
        return parse.children(t, "amod").stream()
                .anyMatch(c -> context.words.detection().newEventModifiers().contains(parse.lemma(c)));
    }

    /**
     * Whether a noun marked the first of its kind is the subject of a verb it acts on something with ("the first
     * air strikes halted the advance"): an event told as done, and not one told before. Not any definite noun that
     * acts ("the kidnappings brought the group notoriety" retells them, and founding an event there split events
     * told once), nor a bare plural or an indefinite one ("protests followed the kidnapping", a headline's).
     */
    private boolean firstActing(int t, Parse parse) {
        int governor = parse.head(t);
        return newlyModified(t, parse) && governor >= 0 && parse.relation(t).equals("nsubj")
                && parse.token(governor).isVerb() && !parse.children(governor, "obj").isEmpty();
    }

    /**
     * A deed done to another (events.yaml {@code target_not_doer}) has no target that is its doer: "he led a unit to
     * arrest the president" resolves "the president" to him only because he held the title later. The words stay,
     * unresolved.
     */
    private List<EventActor> otherThanDoers(List<EventActor> targets, List<EventActor> sources, CrisisClass crisisClass) {
        if (!context.lexicon.policies().targetNotDoer().contains(crisisClass)) {
            return targets;
        }
        Set<String> doers = new HashSet<>();
        sources.stream().map(EventActor::actorKey).filter(Objects::nonNull).forEach(doers::add);
        return targets.stream().map(t -> t.actorKey() != null && doers.contains(t.actorKey())
                ? new EventActor(null, t.entityText(), t.span()) : t).toList();
    }

    /**
     * Whether the doers are the countries of one noun phrase ("support from American and French troops"): one
     * group of troops, so one event, where "the United States and France sent troops" tells one each.
     */
    private static boolean oneNounPhrase(List<Integer> heads, Parse parse) {
        return heads.size() == 1 && parse.withConjuncts(heads.get(0)).size() == 1
                && !ArgumentReader.coordinatedModifiers(heads, parse).isEmpty();
    }

    List<Coded> of(Sentence sentence, Parse parse, Found found) {
        int t = found.token();
        boolean verb = found.trigger().verb();
        Roles read = roles.read(found, sentence, parse);
        List<EventActor> sources = read.sources();
        List<EventActor> targets = otherThanDoers(read.targets(), sources, found.trigger().crisisClass());
        int governor = parse.head(t);
        CrisisClass crisisClass = found.trigger().crisisClass();
        EventStatus eventStatus = status.of(crisisClass, t, parse);
        EventDates.Dated date = dates.dateFor(sentence.index(), parse, t);
        Location place = placer.place(t, parse, sentence.index(), crisisClass, sources);
        EventSize size = figures.size(sentence.index());
        EventMention mention = new EventMention(context.documentId(), sentence.index(), sentence.span(),
                sentence.text(), found.text());
        // A noun alone ("the coup", "protests") founds an event only with a date, a participant or a place of
        // its own; otherwise it can only be another mention of an event already told.
        boolean resolvedActor = sources.stream().anyMatch(a -> a.actorKey() != null)
                || targets.stream().anyMatch(a -> a.actorKey() != null);
        boolean plural = parse.token(t).pos().equals("NNS");
        // A noun said of someone ("the minister was in full flight"), a state someone is in ("under arrest"),
        // or a response to another event ("condemnation of the coup") asserts an event rather than recalls one.
        // So does one a support verb carries ("announced his resignation") or one with a doer "by" it.
        // ("threatened to impose an embargo" is the threat, not the embargo).
        boolean supported = governor >= 0 && (parse.relation(t).equals("obj")
                || parse.relation(t).startsWith("nsubj:pass"))
                && context.words.supportVerbs().contains(parse.lemma(governor))
                && !EMBEDDED.contains(parse.relation(governor));
        boolean byAgent = parse.children(t, "nmod").stream()
                .anyMatch(n -> context.words.agent().contains(parse.caseOf(n)));
        // "Protests broke out", "fighting escalated": a noun an onset verb tells of is asserted, and without a
        // determiner that points back it is a new event ("fighting erupted" after another battle). "The coup began
        // when ..." recalls the coup told before, unless its own date tells it apart ("the attack began Friday").
        boolean definite = parse.children(t, "det").stream()
                .noneMatch(c -> context.words.newEventDeterminers().contains(parse.lemma(c)))
                && (!parse.children(t, "det").isEmpty() || !parse.children(t, "nmod:poss").isEmpty());
        boolean onset = !verb && parse.relation(t).startsWith("nsubj") && governor >= 0
                && context.words.onsetVerbs().contains(parse.lemma(governor)) && (!definite || date.own());
        // "X claimed responsibility for the attack", "X was responsible for the bombings" assert them.
        boolean claimed = !verb && governor >= 0 && (parse.relation(t).startsWith("obl")
                || parse.relation(t).startsWith("nmod"))
                && context.words.responsibilityWords().contains(parse.lemma(governor));
        // "were arrested by soldiers in a coup", "was killed during a protest": a new event (an indefinite noun) that
        // frames a deed the sentence tells is asserted with it, for a noun of events.yaml dated_nominals, when it or
        // the deed is dated; it happened when the deed did.
        boolean framed = !verb && governor >= 0 && parse.relation(t).equals("obl") && parse.token(governor).isVerb()
                && context.words.frame().contains(parse.caseOf(t)) && parse.children(t, "det").stream()
                .anyMatch(c -> context.words.newEventDeterminers().contains(parse.lemma(c)))
                && context.lexicon.policies().datedNominals().contains(crisisClass);
        if (framed && date.range() == null) {
            date = dates.dateFor(sentence.index(), parse, governor);
            framed = date.range() != null;
        }
        // "There are ongoing talks", "there were clashes in the north": an existential asserts its noun.
        boolean existential = !verb && parse.relation(t).startsWith("nsubj") && governor >= 0
                && !parse.children(governor, "expl").isEmpty();
        // "The unrest escalated into fighting", "riots resulted in the destruction of homes and the murder of ...":
        // an event a verb of outcome says came about is asserted (words.yaml detection.outcome_verbs). Its article
        // marks no new event: "the farce degenerated into a full-fledged mutiny" tells the mutiny told before.
        int first = t;
        while (parse.relation(first).equals("conj") && parse.head(first) >= 0) {
            first = parse.head(first);
        }
        int cause = parse.head(first);
        boolean outcome = !verb && cause >= 0 && parse.relation(first).startsWith("obl")
                && context.words.detection().outcomeVerbs().contains(parse.lemma(cause))
                && context.words.detection().outcomePrepositions().contains(parse.caseOf(first));
        boolean asserted = !verb && (onset || outcome || framed || existential
                || !parse.children(t, "nsubj").isEmpty()
                || context.words.state().contains(parse.caseOf(t)) || triggers.respondsToEvent(t, crisisClass, parse)
                || supported || byAgent || claimed || firstActing(t, parse));
        // A line without a verb ("UN condemnation", a caption's "Cowardly attack") names an event the body tells;
        // unless it dates it ("2012 - coup in the capital") it founds none of its own.
        boolean verbless = parse.tokens().stream().noneMatch(Token::isVerb);
        // "celebrated the capture of Kolo", "the fall of Kolo came days later": a noun of taking matched only with a
        // place it is of (events.yaml of_place) has that place as its own participant, as a doer would be.
        boolean ofPlace = !verb && !plural && found.trigger().conditions().contains(EventLexicon.Condition.OF_PLACE);
        boolean anchored = (!verbless || date.own()) && (verb || resolvedActor || asserted
                || (!plural || date.own()) && date.text() != null
                && context.lexicon.policies().datedNominals().contains(crisisClass)
                || !plural && placer.attachedPlace(t, parse, sentence.index()) || ofPlace);
        // "military coups ... twice before (in 1991 and 2012)": a plural's dates belong to several events. A
        // definite noun recalls an event ("its refusal to accept the seizure of power"): the narrative's date its
        // sentence is at is not the event's; only a time the sentence writes dates it.
        boolean lendsDate = !plural;
        boolean recalls = !verb && definite && date.text() == null;
        // Nouns ("after days of fighting") and verbs whose subject is the victim ("four people died") name
        // no doer; the sentence may name it elsewhere.
        boolean borrows = !read.underIt() && (!verb || found.trigger().conditions()
                .contains(EventLexicon.Condition.SUBJECT_IS_TARGET));
        List<List<EventActor>> perSource = new ArrayList<>();
        // "The World Bank and other institutions halted their programmes": one event for the named doer;
        // a conjunct that names no actor does not make an event of its own beside a named one, and doers only
        // described ("diplomats and analysts condemned it") are the sides of one event.
        List<EventActor> named = sources.stream().filter(a -> a.actorKey() != null).toList();
        List<EventActor> splitting = named.isEmpty() ? sources : named;
        // "an agreement between the government and the rebels": the parties between are the two sides of one event.
        // So are the doers of a class of events.yaml joint_doers ("Chad and Libya accepted a ceasefire").
        boolean joint = !verb && parse.children(t).stream().anyMatch(c -> parse.relation(c).startsWith("nmod")
                && context.words.parties().contains(parse.caseOf(c)))
                || context.lexicon.policies().jointDoers().contains(crisisClass)
                || oneNounPhrase(read.sourceHeads(), parse);
        if (splitting.isEmpty() || joint || named.isEmpty()) {
            perSource.add(List.copyOf(splitting));
        } else {
            splitting.forEach(source -> perSource.add(List.of(source)));
        }
        List<Coded> out = new ArrayList<>();
        for (List<EventActor> split : perSource) {
            List<EventActor> source = new ArrayList<>(split);
            source.addAll(read.companions());
            double sure = confidence.of(source, date.range(), place != null, verb);
            out.add(new Coded(new Event(EventIds.id(context.documentId(), sentence.index(), crisisClass, source, t),
                    crisisClass, context.lexicon.coding(crisisClass), source, targets, date.range(), date.text(),
                    place, size, eventStatus, sure, List.of(mention)), anchored, borrows, lendsDate,
                    !outcome && fresh(t, parse, plural) || onset && !definite, lendsDate && !recalls));
        }
        return out;
    }
}
