package org.sitrep.picture;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * Reads the history of a crisis off merged events and the dictionary's dated roles, by the rules of
 * {@code picture.yaml}; {@link History#at} then gives the situation on any day and {@link History#changes}
 * the changes of state. Only events that happened (status occurred or ongoing) change the state.
 *
 * <ul>
 *   <li><b>Power</b>: dated roles give who held each office; a coup (dated to the day or week) ends the
 *       offices in {@code coup_ends} and gives those in {@code coup_takes} to its doer from the last day of its
 *       date; a resignation ends its doer's offices. On a day, the office's holder is the one whose spell began
 *       last.</li>
 *   <li><b>Control</b>: a seizure of a town (dated to the month or closer) gives it to its doers from its date; seizures the reports date to
 *       overlapping days add doers; a later seizure by others (or any seizure told as a retaking) replaces
 *       them; a withdrawal by a holder ends its hold.</li>
 *   <li><b>Measures</b>: in force from their date (or, undated, from the first report that tells of them)
 *       until a report tells of their lifting, the same body takes the same measure anew, or, with
 *       {@code lapse_when_changes}, the office that held power when they were taken changes hands.</li>
 *   <li><b>Figures</b>: the claims of reports published in the window before the day, the largest per
 *       report, as a range.</li>
 * </ul>
 * An event a report says occurred cannot have happened after the report was published: such a date is
 * set aside here (not in the exports) and the event counts as undated. Stateless and thread-safe.
 */
public final class SituationBuilder {
    private static final Set<String> NON_STATE_CODES = Set.of("IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC");
    /** How far a dictionary role's start may lie from a coup's date for the two to be one taking of power. */
    private static final int SAME_TAKING_DAYS = 7;

    private final PictureRules rules;
    private final EventPlaces places;
    private final EventMatcher matcher;

    public SituationBuilder(PictureRules rules, EventPlaces places) {
        this.rules = rules;
        this.places = places;
        this.matcher = new EventMatcher(rules, places);
    }

    /**
     * @param actors every known actor with its dated roles: the dictionary's and the store's
     */
    public History build(List<MergedEvent> events, List<Actor> actors, List<FigureClaim> claims) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.putIfAbsent(actor.id(), actor));
        List<Spells.Power> power = power(events, byId);
        List<Spells.Control> control = control(events, byId);
        List<Spells.Measure> measures = measures(events, byId, power);
        List<FigureClaim> figureClaims = claims.stream().filter(c -> rules.figureKinds().contains(c.kind())).toList();
        return new History(power, control, measures, figureClaims, rules);
    }

    // ---- power ----

    private List<Spells.Power> power(List<MergedEvent> events, Map<String, Actor> actors) {
        List<Spells.Power> spells = new ArrayList<>();
        for (Actor actor : actors.values()) {
            for (Role role : actor.roles()) {
                String office = office(role.role());
                if (office == null || role.from() == null) {
                    continue;
                }
                String country = places.countryNamed(role.of()).orElseGet(() -> countryOfBody(role.of(), actors));
                // The dictionary's last day in office is the day power passed on: the next holder's first day.
                spells.add(new Spells.Power(office, country, actor.id(), actor.name(), role.from(), role.to(), null,
                        "dictionary", List.of(), List.of()));
            }
        }
        List<MergedEvent> takings = events.stream()
                .filter(e -> happened(e) && rules.coupClasses().contains(e.crisisClass()))
                .filter(e -> fine(plausibleDate(e))).sorted(byPlausibleDate()).toList();
        for (MergedEvent coup : takings) {
            DateRange date = plausibleDate(coup);
            LocalDate since = date.end();
            String country = country(coup, actors);
            List<Evidence> evidence = Evidence.firstPerDocument(coup.mentions());
            Actor holder = holder(coup, date, actors);
            for (int i = 0; i < spells.size(); i++) {
                Spells.Power spell = spells.get(i);
                if (rules.coupEnds().contains(spell.office()) && Objects.equals(spell.country(), country)
                        && spell.since().isBefore(since) && (spell.until() == null || !spell.until().isBefore(since))
                        && (holder == null || !holder.id().equals(spell.holderId()))) {
                    spells.set(i, new Spells.Power(spell.office(), spell.country(), spell.holderId(), spell.holder(),
                            spell.since(), since, "coup", spell.basis(), spell.evidence(),
                            concat(spell.endEvidence(), evidence)));
                }
            }
            if (holder == null) {
                continue;
            }
            for (String office : rules.coupTakes()) {
                int same = -1;
                for (int i = 0; i < spells.size(); i++) {
                    Spells.Power spell = spells.get(i);
                    if (spell.office().equals(office) && Objects.equals(spell.country(), country)
                            && holder.id().equals(spell.holderId())
                            && Math.abs(ChronoUnit.DAYS.between(spell.since(), since)) <= SAME_TAKING_DAYS) {
                        same = i;
                    }
                }
                if (same >= 0) {
                    Spells.Power spell = spells.get(same);
                    spells.set(same, new Spells.Power(office, country, spell.holderId(), spell.holder(), spell.since(),
                            spell.until(), spell.endedBy(), "dictionary, events", concat(spell.evidence(), evidence),
                            spell.endEvidence()));
                } else {
                    spells.add(new Spells.Power(office, country, holder.id(), holder.name(), since, null, null, "events",
                            evidence, List.of()));
                }
            }
        }
        events.stream().filter(e -> happened(e) && rules.resignClasses().contains(e.crisisClass()))
                .filter(e -> fine(plausibleDate(e))).sorted(byPlausibleDate()).forEach(resignation -> {
                    LocalDate day = plausibleDate(resignation).end();
                    Set<String> who = EventMatcher.ids(resignation.sources());
                    for (int i = 0; i < spells.size(); i++) {
                        Spells.Power spell = spells.get(i);
                        if (who.contains(spell.holderId()) && spell.since().isBefore(day)
                                && (spell.until() == null || spell.until().isAfter(day))) {
                            spells.set(i, new Spells.Power(spell.office(), spell.country(), spell.holderId(),
                                    spell.holder(), spell.since(), day, "resigned", spell.basis(), spell.evidence(),
                                    concat(spell.endEvidence(), Evidence.firstPerDocument(resignation.mentions()))));
                        }
                    }
                });
        // An open spell ends when the office next passes to someone else.
        List<Spells.Power> closed = new ArrayList<>();
        for (Spells.Power spell : spells) {
            Spells.Power next = spell.until() != null ? null : spells.stream()
                    .filter(other -> other.office().equals(spell.office())
                            && Objects.equals(other.country(), spell.country())
                            && !Objects.equals(other.holderId(), spell.holderId()) && other.since().isAfter(spell.since()))
                    .min(Comparator.comparing(Spells.Power::since)).orElse(null);
            closed.add(next == null ? spell : new Spells.Power(spell.office(), spell.country(), spell.holderId(),
                    spell.holder(), spell.since(), next.since(), "succeeded", spell.basis(), spell.evidence(),
                    next.evidence()));
        }
        closed.sort(Comparator.comparing(Spells.Power::since).thenComparing(Spells.Power::office)
                .thenComparing(spell -> String.valueOf(spell.holderId())));
        return closed;
    }

    private String office(String role) {
        if (role == null) {
            return null;
        }
        String wanted = role.trim().toLowerCase(Locale.ROOT);
        return rules.offices().contains(wanted) ? wanted : null;
    }

    /** The country of a body named in a role ("head of the junta" of "CNRDRE"). */
    private static String countryOfBody(String name, Map<String, Actor> actors) {
        if (name == null) {
            return null;
        }
        for (Actor actor : actors.values()) {
            if (actor.name().equalsIgnoreCase(name) || actor.aliases().stream().anyMatch(name::equalsIgnoreCase)) {
                return stateCode(actor.country());
            }
        }
        return null;
    }

    /**
     * Who of a coup's doers holds power: one the dictionary gives a taken office from about the coup's date,
     * else the first by {@code holder_kinds}, else none.
     */
    private Actor holder(MergedEvent coup, DateRange date, Map<String, Actor> actors) {
        List<Actor> doers = coup.sources().stream().map(EventActor::actorKey).filter(Objects::nonNull)
                .map(actors::get).filter(Objects::nonNull).toList();
        for (Actor doer : doers) {
            for (Role role : doer.roles()) {
                if (role.from() != null && rules.coupTakes().contains(role.role().toLowerCase(Locale.ROOT))
                        && !role.from().isBefore(date.start().minusDays(1))
                        && !role.from().isAfter(date.end().plusDays(SAME_TAKING_DAYS))) {
                    return doer;
                }
            }
        }
        for (var kind : rules.holderKinds()) {
            for (Actor doer : doers) {
                if (doer.kind() == kind) {
                    return doer;
                }
            }
        }
        return null;
    }

    // ---- control ----

    private List<Spells.Control> control(List<MergedEvent> events, Map<String, Actor> actors) {
        Map<String, List<MergedEvent>> byPlace = new LinkedHashMap<>();
        events.stream().filter(this::happened)
                .filter(e -> rules.takeClasses().contains(e.crisisClass())
                        || rules.releaseClasses().contains(e.crisisClass()))
                .filter(e -> datedToTheMonth(plausibleDate(e)))
                .sorted(byPlausibleDate())
                .forEach(e -> {
                    Event placed = specificallyPlaced(e);
                    if (placed != null) {
                        byPlace.computeIfAbsent(places.key(placed), k -> new ArrayList<>()).add(e);
                    }
                });
        List<Spells.Control> spells = new ArrayList<>();
        byPlace.forEach((key, placeEvents) -> {
            Event placed = specificallyPlaced(placeEvents.get(0));
            String label = places.label(placed);
            Long geonameId = places.geonameId(placed);
            String country = places.country(placed).orElse(null);
            Spells.Control current = null;
            DateRange currentTaking = null;
            for (MergedEvent event : placeEvents) {
                DateRange date = plausibleDate(event);
                List<String> doers = identified(event.sources(), actors);
                List<Evidence> evidence = Evidence.firstPerDocument(event.mentions());
                if (rules.releaseClasses().contains(event.crisisClass())) {
                    if (current == null || doers.stream().noneMatch(current.heldByIds()::contains)) {
                        continue;
                    }
                    List<String> stay = current.heldByIds().stream().filter(id -> !doers.contains(id)).toList();
                    spells.add(end(current, date.end(), "left", evidence));
                    current = stay.isEmpty() ? null : new Spells.Control(label, key, geonameId, country,
                            names(stay, actors), stay, date.end(), null, null, current.evidence(), List.of());
                    continue;
                }
                boolean retaking = Cues.near(event.members().get(0).event(), rules.retakeWords(), 6)
                        || event.members().stream().anyMatch(m -> Cues.near(m.event(), rules.retakeWords(), 6));
                if (current != null && !retaking && EventMatcher.overlap(currentTaking, date)) {
                    // Told as the same days: the doers took it together.
                    List<String> ids = new ArrayList<>(current.heldByIds());
                    doers.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                    current = new Spells.Control(label, key, geonameId, country, names(ids, actors), ids,
                            current.since(), null, null, concat(current.evidence(), evidence), List.of());
                    continue;
                }
                if (current != null && !retaking && !doers.isEmpty() && current.heldByIds().containsAll(doers)) {
                    current = new Spells.Control(label, key, geonameId, country, current.heldBy(),
                            current.heldByIds(), current.since(), null, null, concat(current.evidence(), evidence),
                            List.of());
                    continue;
                }
                if (current != null) {
                    spells.add(end(current, date.end(), retaking ? "retaken" : "taken by others", evidence));
                }
                current = new Spells.Control(label, key, geonameId, country, names(doers, actors), doers, date.end(),
                        null, null, evidence, List.of());
                currentTaking = date;
            }
            if (current != null) {
                spells.add(current);
            }
        });
        spells.sort(Comparator.comparing(Spells.Control::since).thenComparing(Spells.Control::placeKey));
        return spells;
    }

    /** The member event that names a specific town or region, or null if none does. */
    private Event specificallyPlaced(MergedEvent event) {
        for (ReportedEvent member : event.members()) {
            if (!places.isCountryLevel(member.event())) {
                return member.event();
            }
        }
        return null;
    }

    private static Spells.Control end(Spells.Control spell, LocalDate until, String why, List<Evidence> evidence) {
        return new Spells.Control(spell.place(), spell.placeKey(), spell.geonameId(), spell.country(), spell.heldBy(),
                spell.heldByIds(), spell.since(), until, why, spell.evidence(), concat(spell.endEvidence(), evidence));
    }

    // ---- measures ----

    private List<Spells.Measure> measures(List<MergedEvent> events, Map<String, Actor> actors,
                                          List<Spells.Power> power) {
        List<MergedEvent> taken = new ArrayList<>();
        List<MergedEvent> lifted = new ArrayList<>();
        for (MergedEvent event : events) {
            if (!happened(event) || !rules.measureClasses().contains(event.crisisClass())) {
                continue;
            }
            (event.members().stream().anyMatch(m -> matcher.isLifting(m.event())) ? lifted : taken).add(event);
        }
        List<Spells.Measure> spells = new ArrayList<>();
        List<MergedEvent> spellEvents = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<MergedEvent> ordered = taken.stream().sorted(Comparator.comparing(this::knownBy,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MergedEvent::id)).toList();
        for (MergedEvent event : ordered) {
            DateRange date = plausibleDate(event);
            LocalDate knownBy = knownBy(event);
            if (knownBy == null) {
                continue;
            }
            String country = againstCountry(event, actors);
            String key = event.crisisClass() + "|" + doersKey(event) + "|" + country;
            Spells.Measure spell = new Spells.Measure(event.crisisClass().name(), label(event.sources(), actors),
                    label(event.targets(), actors), country, date == null ? null : date.start(), knownBy, null, null,
                    Evidence.firstPerDocument(event.mentions()), List.of());
            List<Integer> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!same.isEmpty()) {
                int last = same.get(same.size() - 1);
                Spells.Measure earlier = spells.get(last);
                if (earlier.until() == null && earlier.start().isBefore(spell.start())) {
                    // Taking the same measure again means the earlier one had ended by then.
                    spells.set(last, ended(earlier, spell.start(), "taken anew", List.of()));
                }
            }
            same.add(spells.size());
            spells.add(spell);
            spellEvents.add(event);
        }
        for (MergedEvent lift : lifted) {
            LocalDate day = knownBy(lift);
            if (day == null) {
                continue;
            }
            Set<String> liftDoers = EventMatcher.ids(lift.sources());
            for (int i = 0; i < spells.size(); i++) {
                Spells.Measure spell = spells.get(i);
                MergedEvent source = spellEvents.get(i);
                if (spell.kind().equals(lift.crisisClass().name()) && spell.start().isBefore(day)
                        && (spell.until() == null || spell.until().isAfter(day))
                        && (liftDoers.isEmpty() || EventMatcher.ids(source.sources()).stream()
                                .anyMatch(liftDoers::contains))) {
                    spells.set(i, ended(spell, day, "lifted", Evidence.firstPerDocument(lift.mentions())));
                }
            }
        }
        if (rules.lapseWhenChanges() != null) {
            for (int i = 0; i < spells.size(); i++) {
                Spells.Measure spell = spells.get(i);
                // Taken under whoever held office on the last day its date allows: a measure dated "21-22 March"
                // answering a coup of 22 March was taken under the junta, not the president it ousted.
                DateRange date = plausibleDate(spellEvents.get(i));
                LocalDate takenOn = date == null || date.end().isBefore(spell.start()) ? spell.start() : date.end();
                Optional<Spells.Power> then = holderOn(power, rules.lapseWhenChanges(), spell.country(), takenOn);
                if (then.isEmpty()) {
                    continue;
                }
                Optional<LocalDate> change = power.stream()
                        .filter(p -> p.office().equals(rules.lapseWhenChanges())
                                && Objects.equals(p.country(), spell.country()) && p.since().isAfter(takenOn)
                                && !Objects.equals(p.holderId(), then.get().holderId()))
                        .map(Spells.Power::since).min(Comparator.naturalOrder());
                if (change.isPresent() && (spell.until() == null || change.get().isBefore(spell.until()))) {
                    spells.set(i, ended(spell, change.get(), "lapsed: " + rules.lapseWhenChanges() + " changed",
                            List.of()));
                }
            }
        }
        List<Spells.Measure> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparing(Spells.Measure::start).thenComparing(Spells.Measure::kind)
                .thenComparing(Spells.Measure::by));
        return sorted;
    }

    private static Spells.Measure ended(Spells.Measure spell, LocalDate until, String why, List<Evidence> evidence) {
        return new Spells.Measure(spell.kind(), spell.by(), spell.against(), spell.country(), spell.since(),
                spell.knownBy(), until, why, spell.evidence(), concat(spell.endEvidence(), evidence));
    }

    /** The day a measure is known to be in force from: its date's start, else its first report's publication. */
    private LocalDate knownBy(MergedEvent event) {
        DateRange date = plausibleDate(event);
        if (date != null) {
            return date.start();
        }
        return event.members().stream().map(ReportedEvent::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String doersKey(MergedEvent event) {
        Set<String> ids = new TreeSet<>(EventMatcher.ids(event.sources()));
        if (!ids.isEmpty()) {
            return String.join(",", ids);
        }
        return event.sources().stream().map(a -> EventPlaces.fold(String.valueOf(a.entityText()))).sorted()
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    private String againstCountry(MergedEvent event, Map<String, Actor> actors) {
        for (EventActor target : event.targets()) {
            Actor actor = target.actorKey() == null ? null : actors.get(target.actorKey());
            if (actor != null && stateCode(actor.country()) != null) {
                return stateCode(actor.country());
            }
        }
        return country(event, actors);
    }

    // ---- shared ----

    /** The country an event happened in: its place's, else its targets', else its doers'. */
    private String country(MergedEvent event, Map<String, Actor> actors) {
        for (ReportedEvent member : event.members()) {
            Optional<String> country = places.country(member.event());
            if (country.isPresent()) {
                return country.get();
            }
        }
        List<EventActor> participants = new ArrayList<>(event.targets());
        participants.addAll(event.sources());
        for (EventActor participant : participants) {
            Actor actor = participant.actorKey() == null ? null : actors.get(participant.actorKey());
            if (actor != null && stateCode(actor.country()) != null) {
                return stateCode(actor.country());
            }
        }
        return null;
    }

    private static String stateCode(String code) {
        return code == null || NON_STATE_CODES.contains(code) || !code.matches("[A-Z]{3}") ? null : code;
    }

    private boolean happened(MergedEvent event) {
        return EventMatcher.statusGroup(event.status()) == EventStatus.OCCURRED;
    }

    /**
     * The event's date from the members whose date does not start after their report was published (a report
     * cannot tell of a past event that came after it); null when none of them is dated.
     */
    static DateRange plausibleDate(MergedEvent event) {
        List<DateReconciler.SourcedDate> dates = new ArrayList<>();
        for (ReportedEvent member : event.members()) {
            DateRange date = member.event().date();
            if (date != null && (member.published() == null || !date.start().isAfter(member.published()))) {
                dates.add(new DateReconciler.SourcedDate(date, member.docId()));
            }
        }
        return DateReconciler.reconcile(dates).date();
    }

    private static Comparator<MergedEvent> byPlausibleDate() {
        return Comparator.comparing((MergedEvent e) -> plausibleDate(e).start()).thenComparing(MergedEvent::id);
    }

    /** Dated to the day, a few days or a week: precise enough to say since when. */
    private static boolean fine(DateRange date) {
        return date != null && (date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.DAYS
                || date.precision() == DatePrecision.WEEK);
    }

    /** Dated to the month or closer: a town taken "in 2011" says too little about since when it was held. */
    private static boolean datedToTheMonth(DateRange date) {
        return fine(date) || date != null && date.precision() == DatePrecision.MONTH;
    }

    private static List<String> identified(List<EventActor> participants, Map<String, Actor> actors) {
        List<String> ids = new ArrayList<>();
        for (EventActor participant : participants) {
            if (participant.actorKey() != null && !ids.contains(participant.actorKey())) {
                ids.add(participant.actorKey());
            }
        }
        return ids;
    }

    private static List<String> names(List<String> ids, Map<String, Actor> actors) {
        return ids.stream().map(id -> actors.containsKey(id) ? actors.get(id).name() : id).toList();
    }

    private static String label(List<EventActor> participants, Map<String, Actor> actors) {
        Set<String> labels = new LinkedHashSet<>();
        for (EventActor participant : participants) {
            Actor actor = participant.actorKey() == null ? null : actors.get(participant.actorKey());
            labels.add(actor != null ? actor.name() : participant.entityText());
        }
        labels.remove(null);
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    static Optional<Spells.Power> holderOn(List<Spells.Power> power, String office, String country, LocalDate day) {
        return power.stream().filter(p -> p.office().equals(office) && Objects.equals(p.country(), country)
                && p.activeOn(day)).max(Comparator.comparing(Spells.Power::since));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.stream().filter(item -> !out.contains(item)).forEach(out::add);
        return out;
    }
}
