package org.sitrep.picture;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.text.EditDistance;
import org.sitrep.model.text.TextFold;
import org.sitrep.model.time.DateRange;

/**
 * Finds where the reports disagree:
 * <ul>
 *   <li><b>date</b>: a merged event whose reports' dates no single interval satisfies;</li>
 *   <li><b>figure</b>: an event's counts, or the key figures ({@code figures.kinds}) of reports published
 *       close together, whose hedged intervals ({@link FigureClaim#interval}) do not overlap: "almost 200,000"
 *       and "nearly 200,000" agree, "at least four" and "five" do not contradict, 173,000 and "almost 200,000"
 *       do;</li>
 *   <li><b>actor</b>: a merged event of a class not told apart by doer whose reports name different,
 *       identified doers, each by its own words as news (not a pronoun's, a default's or a retelling's:
 *       {@link Doers});</li>
 *   <li><b>name</b>: long names (four words or more) reports give one actor that share at least half their
 *       words yet differ by more than case, accents, articles, abbreviation, shortening or the spelling of a
 *       long word, and that {@link NameForms} takes for two names: proper names, not descriptions, in one
 *       language, differing in enough words, given by two reports.</li>
 * </ul>
 * A figure pair the event counts and the key figures both give is listed once. Stateless and thread-safe; the result is in a fixed order.
 */
public final class ContradictionFinder {
    private static final int LONG_NAME_WORDS = 4;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "l", "de", "du", "des");

    private final PictureRules rules;
    private final NameForms names;

    public ContradictionFinder(PictureRules rules) {
        this.rules = rules;
        this.names = new NameForms(rules.names());
    }

    /**
     * @param claims every figure claim of the store, for the qualifiers of event counts and the key figures
     * @param actorName the display name of a store actor id
     */
    public List<Contradiction> find(List<MergedEvent> events, List<FigureClaim> claims, List<NameUse> names,
                                    Function<String, String> actorName) {
        List<Contradiction> found = new ArrayList<>();
        for (MergedEvent event : events) {
            if (event.docIds().size() < 2) {
                continue;
            }
            dates(event).ifPresent(found::add);
            found.addAll(eventFigures(event, claims));
            doers(event, actorName).ifPresent(found::add);
        }
        // A key-figure pair the event counts already gave is listed once.
        Set<Set<String>> figurePairs = new java.util.HashSet<>();
        found.stream().filter(c -> c.kind().equals("figure")).forEach(c -> figurePairs.add(sideKeys(c)));
        keyFigures(claims).stream().filter(c -> figurePairs.add(sideKeys(c))).forEach(found::add);
        found.addAll(names(names));
        return found;
    }

    /** Each side's value with each document that gives it: what makes two figure contradictions one. */
    private static Set<String> sideKeys(Contradiction contradiction) {
        Set<String> keys = new java.util.TreeSet<>();
        contradiction.sides().forEach(side -> side.evidence().forEach(e -> keys.add(side.value() + "@" + e.docId())));
        return keys;
    }

    private java.util.Optional<Contradiction> dates(MergedEvent event) {
        if (event.date().consistent() || event.date().alternatives().size() < 2) {
            return java.util.Optional.empty();
        }
        List<Contradiction.Side> sides = new ArrayList<>();
        for (Alternative<DateRange> alternative : event.date().alternatives()) {
            sides.add(new Contradiction.Side(label(alternative.value()), evidence(event, alternative.docIds())));
        }
        return java.util.Optional.of(new Contradiction("date", subject(event), event.id(), sides));
    }

    private List<Contradiction> eventFigures(MergedEvent event, List<FigureClaim> claims) {
        List<Contradiction> found = new ArrayList<>();
        event.sizes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (entry.getValue().size() < 2) {
                return;
            }
            FigureKind kind = FigureKind.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
            List<FigureClaim> sided = new ArrayList<>();
            for (Alternative<Long> alternative : entry.getValue()) {
                for (String docId : alternative.docIds()) {
                    sided.add(claimFor(event, kind, alternative.value(), docId, claims));
                }
            }
            if (anyDisagree(sided)) {
                found.add(new Contradiction("figure", entry.getKey() + " in " + subject(event), event.id(),
                        figureSides(sided)));
            }
        });
        return found;
    }

    /** The store's figure behind an event's count, for its qualifier; an exact claim if there is none. */
    private static FigureClaim claimFor(MergedEvent event, FigureKind kind, long value, String docId,
                                        List<FigureClaim> claims) {
        Set<Integer> sentences = event.mentions().stream().filter(m -> docId.equals(m.docId()))
                .map(EventMention::sentence).collect(Collectors.toSet());
        for (FigureClaim claim : claims) {
            if (claim.docId().equals(docId) && claim.kind() == kind && claim.value() == value
                    && sentences.contains(claim.sentence())) {
                return claim;
            }
        }
        EventMention mention = event.mentions().stream().filter(m -> docId.equals(m.docId())).findFirst()
                .orElse(null);
        return new FigureClaim(kind, value, Qualifier.EXACT, docId, null,
                mention == null ? -1 : mention.sentence(), mention == null ? null : mention.text());
    }

    private java.util.Optional<Contradiction> doers(MergedEvent event, Function<String, String> actorName) {
        if (rules.sourceDefines().contains(event.crisisClass())) {
            return java.util.Optional.empty();
        }
        Map<Set<String>, List<String>> docsByDoers = new LinkedHashMap<>();
        for (ReportedEvent member : event.members()) {
            // Only doers a report names by its own words, as news, take a side: not a pronoun's, a default's, a retelling's.
            Set<String> ids = new java.util.TreeSet<>(EventMatcher.ids(Doers.ownEvidence(member, rules)));
            if (!ids.isEmpty()) {
                docsByDoers.computeIfAbsent(ids, k -> new ArrayList<>()).add(member.docId());
            }
        }
        List<Set<String>> sets = new ArrayList<>(docsByDoers.keySet());
        boolean disjointPair = false;
        for (int i = 0; i < sets.size() && !disjointPair; i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (sets.get(i).stream().noneMatch(sets.get(j)::contains)) {
                    disjointPair = true;
                    break;
                }
            }
        }
        if (!disjointPair) {
            return java.util.Optional.empty();
        }
        List<Contradiction.Side> sides = new ArrayList<>();
        docsByDoers.forEach((ids, docs) -> sides.add(new Contradiction.Side(
                ids.stream().map(actorName).collect(Collectors.joining(", ")), evidence(event, docs))));
        return java.util.Optional.of(new Contradiction("actor", "who: " + subject(event), event.id(), sides));
    }

    /** Key figures of reports published close together: each report's largest claim of the kind. */
    private List<Contradiction> keyFigures(List<FigureClaim> claims) {
        List<Contradiction> found = new ArrayList<>();
        for (FigureKind kind : rules.figureKinds().stream().sorted().toList()) {
            Map<String, FigureClaim> largestPerDoc = new LinkedHashMap<>();
            claims.stream().filter(claim -> claim.kind() == kind && claim.published() != null)
                    .forEach(claim -> largestPerDoc.merge(claim.docId(), claim,
                            (a, b) -> b.value() > a.value() ? b : a));
            List<FigureClaim> sorted = new ArrayList<>(largestPerDoc.values());
            sorted.sort(Comparator.comparing(FigureClaim::published).thenComparing(FigureClaim::docId));
            // Groups of claims each published within the comparison window of the previous one.
            List<FigureClaim> group = new ArrayList<>();
            for (FigureClaim claim : sorted) {
                if (!group.isEmpty() && ChronoUnit.DAYS.between(group.get(group.size() - 1).published(),
                        claim.published()) > rules.figureCompareDays()) {
                    addIfDisagree(found, kind, group);
                    group = new ArrayList<>();
                }
                group.add(claim);
            }
            addIfDisagree(found, kind, group);
        }
        return found;
    }

    private void addIfDisagree(List<Contradiction> found, FigureKind kind, List<FigureClaim> group) {
        if (group.size() > 1 && anyDisagree(group)) {
            found.add(new Contradiction("figure", kind.label(), null, figureSides(group)));
        }
    }

    private boolean anyDisagree(List<FigureClaim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                FigureClaim a = claims.get(i);
                FigureClaim b = claims.get(j);
                if (!a.docId().equals(b.docId()) && !a.interval(rules.approxTolerance())
                        .overlaps(b.interval(rules.approxTolerance()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Contradiction.Side> figureSides(List<FigureClaim> claims) {
        Map<String, List<Evidence>> byValue = new LinkedHashMap<>();
        for (FigureClaim claim : claims) {
            String value = (claim.qualifier() == Qualifier.EXACT ? "" : claim.qualifier().label() + " ")
                    + String.format(Locale.ROOT, "%,d", claim.value());
            byValue.computeIfAbsent(value, v -> new ArrayList<>())
                    .add(new Evidence(claim.docId(), claim.sentence(), claim.text()));
        }
        List<Contradiction.Side> sides = new ArrayList<>();
        byValue.forEach((value, evidence) -> sides.add(new Contradiction.Side(value, evidence)));
        return sides;
    }

    private List<Contradiction> names(List<NameUse> uses) {
        Map<String, Map<String, List<NameUse>>> byActor = new LinkedHashMap<>();
        uses.stream().sorted(Comparator.comparing(NameUse::actorId).thenComparing(NameUse::docId)
                        .thenComparingInt(NameUse::sentence))
                .filter(use -> use.name() != null && words(use.name()).size() >= LONG_NAME_WORDS)
                .forEach(use -> byActor.computeIfAbsent(use.actorId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(String.join(" ", words(use.name())), k -> new ArrayList<>()).add(use));
        List<Contradiction> found = new ArrayList<>();
        byActor.forEach((actorId, byForm) -> {
            // Forms that are another form shortened or abbreviated go with it: only different names remain.
            List<String> forms = new ArrayList<>(byForm.keySet());
            forms.sort(Comparator.comparingInt((String form) -> -form.length()).thenComparing(form -> form));
            Map<String, List<NameUse>> distinct = new LinkedHashMap<>();
            for (String form : forms) {
                String same = distinct.keySet().stream().filter(kept -> sameName(kept, form)).findFirst().orElse(null);
                distinct.computeIfAbsent(same == null ? form : same, k -> new ArrayList<>()).addAll(byForm.get(form));
            }
            // Only differently worded versions of one name contradict; a description ("the 7,000-strong army")
            // beside a name is not another name, nor is a translation or one word rendered two ways.
            List<String> kept = new ArrayList<>(distinct.keySet());
            kept.removeIf(form -> !names.isName(distinct.get(form)));
            kept.removeIf(form -> kept.stream().noneMatch(other -> !other.equals(form) && related(form, other)
                    && names.disagree(distinct.get(form), distinct.get(other))));
            distinct.keySet().retainAll(kept);
            if (distinct.size() < 2) {
                return;
            }
            Comparator<NameUse> byPlace = Comparator.comparing(NameUse::docId).thenComparingInt(NameUse::sentence);
            distinct.values().forEach(list -> list.sort(byPlace));
            List<List<NameUse>> groups = new ArrayList<>(distinct.values());
            groups.sort((x, y) -> byPlace.compare(x.get(0), y.get(0)));
            List<Contradiction.Side> sides = new ArrayList<>();
            groups.forEach(list -> {
                Map<String, Evidence> firstPerDoc = new LinkedHashMap<>();
                list.forEach(use -> firstPerDoc.putIfAbsent(use.docId(),
                        new Evidence(use.docId(), use.sentence(), use.sentenceText())));
                sides.add(new Contradiction.Side(list.get(0).name(), List.copyOf(firstPerDoc.values())));
            });
            found.add(new Contradiction("name", list0(byForm).actorName(), null, sides));
        });
        return found;
    }

    private static NameUse list0(Map<String, List<NameUse>> byForm) {
        return byForm.values().iterator().next().get(0);
    }

    /** Same name but for shortening (one's words in order within the other's) or abbreviated words. */
    static boolean sameName(String a, String b) {
        List<String> x = Arrays.asList(a.split(" "));
        List<String> y = Arrays.asList(b.split(" "));
        List<String> longer = x.size() >= y.size() ? x : y;
        List<String> shorter = longer == x ? y : x;
        int at = 0;
        for (String word : shorter) {
            while (at < longer.size() && !abbreviates(word, longer.get(at))) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static boolean abbreviates(String word, String full) {
        return word.equals(full) || full.startsWith(word) && word.length() >= 2 || word.startsWith(full)
                && full.length() >= 2 || spelling(word, full);
    }

    /** Two spellings of one long word ("Azaouad", "Azawad"): at most two edits apart. */
    private static boolean spelling(String a, String b) {
        return Math.min(a.length(), b.length()) >= 6 && EditDistance.levenshtein(a, b) <= 2;
    }

    /** Whether two forms share at least half the words of the shorter: versions of one name. */
    static boolean related(String a, String b) {
        List<String> x = Arrays.asList(a.split(" "));
        List<String> y = Arrays.asList(b.split(" "));
        long shared = x.stream().filter(word -> y.stream().anyMatch(other -> abbreviates(word, other))).count();
        return shared * 2 >= Math.min(x.size(), y.size());
    }

    /** Folded words without articles: case, accents and punctuation do not make names differ. */
    static List<String> words(String name) {
        return TextFold.canonicalWords(name).stream().filter(word -> !ARTICLES.contains(word)).toList();
    }

    private static String subject(MergedEvent event) {
        return event.crisisClass().name() + " " + (event.date().date() == null ? "undated"
                : label(event.date().date())) + (event.place() == null ? "" : " " + event.place().displayName());
    }

    static String label(DateRange date) {
        return date.start().equals(date.end()) ? date.start().toString() : date.start() + ".." + date.end();
    }

    /** The first sentence of each of these documents that reports the event. */
    private static List<Evidence> evidence(MergedEvent event, List<String> docIds) {
        Set<String> wanted = new LinkedHashSet<>(docIds);
        List<EventMention> mentions = event.mentions().stream().filter(m -> wanted.contains(m.docId())).toList();
        return Evidence.firstPerDocument(mentions);
    }
}
