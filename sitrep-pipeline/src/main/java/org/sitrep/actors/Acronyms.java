package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;

/**
 * Acronyms: finding them (defined in parentheses after the phrase whose initials spell them, or capitals the
 * tagger left untagged) and joining them to the actor they abbreviate (by that definition, else by the
 * initials of one organisation the document names). Stateless and thread-safe.
 */
final class Acronyms {
    /**
     * Capitalised tokens like "NCSP" that the tagger left untagged: kept only if the document ties them to a
     * name (by definition or initials); otherwise they are dropped at the end.
     */
    List<Candidate> untagged(int s, List<Token> tokens, boolean[] taken) {
        List<Candidate> out = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (!taken[t] && token.pos().startsWith("NNP") && "O".equals(token.ner())
                    && Names.isAcronym(token.word()) && token.word().replaceAll("[^A-Z]", "").length() >= 3) {
                out.add(new Candidate(s, t, t + 1, token.span(), token.span(), token.word(), token.word(),
                        Source.ACRONYM, null, Candidate.WEAK));
                taken[t] = true;
            }
        }
        return out;
    }

    /**
     * "the Patriotic Front for Renewal (PFR)": the acronym in parentheses and the
     * phrase before it whose initials best cover its letters; likewise an acronym given as another name after
     * a comma ("the Patriotic Front for Renewal, or the PFR,"). Both become candidates, defined together.
     */
    List<Candidate> definitions(String text, int s, List<Token> tokens, boolean[] taken,
                                List<Candidate> sentenceCandidates) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            boolean parenthesis = tokens.get(i).opensBracket();
            int open = i + 1;
            int close = i + 1;
            if (parenthesis) {
                while (close < tokens.size() && close <= i + 3 && !tokens.get(close).closesBracket()) {
                    close++;
                }
                if (close >= tokens.size() || close > i + 3) {
                    continue;
                }
            } else if (tokens.get(i).word().equals(",") && tokens.get(i + 1).word().equalsIgnoreCase("or")) {
                open = i + 2 < tokens.size() && tokens.get(i + 2).word().equalsIgnoreCase("the") ? i + 3 : i + 2;
                close = open + 1;
                if (close > tokens.size() || close < tokens.size() && !tokens.get(close).pos().matches("[,.:]")) {
                    continue;
                }
            } else {
                continue;
            }
            String acronym = Candidate.surface(text, tokens, open, close);
            if (!Names.isAcronym(acronym)) {
                continue;
            }
            final int paren = i;
            Optional<Candidate> taggedBefore = sentenceCandidates.stream()
                    .filter(c -> c.source() == Source.ORGANIZATION && c.endToken() == paren).findFirst();
            // Initials that do not spell the acronym (a name translated from another language, a digit in the
            // acronym) still define it when the tagger named the organisation right before the parentheses.
            Optional<int[]> phrase = definitionPhrase(text, tokens, i, acronym)
                    .or(() -> parenthesis ? taggedBefore.map(c -> new int[] {c.firstToken(), 0})
                            : Optional.empty());
            if (phrase.isEmpty()) {
                continue;
            }
            int first = phrase.get()[0];
            boolean spelled = phrase.get()[1] == 1;
            // The tagger cut a long form the acronym spells short ("Harakat Nur al-Din | wal-Salam (HNDS)"):
            // its partial names give way to the whole phrase.
            boolean absorbed = parenthesis && spelled && !CandidateFinder.free(taken, first, i)
                    && absorbCutNames(sentenceCandidates, taken, first, i);
            Optional<Candidate> tagged = absorbed ? Optional.empty() : taggedBefore;
            String longName0 = Candidate.surface(text, tokens, first, i).replaceAll("^[\"'‘“]|[\"'’”]$", "")
                    .trim();
            String acronymId = dictionaryIdSpanning(sentenceCandidates, s, open, close);
            String phraseId = dictionaryIdSpanning(sentenceCandidates, s, first, i);
            String longName = longName0;
            if (tagged.isPresent()) {
                Candidate organisation = tagged.get();
                longName = organisation.name();
                if (acronymId != null) {
                    sentenceCandidates.set(sentenceCandidates.indexOf(organisation),
                            organisation.as(Source.DEFINITION, acronymId, acronym));
                    continue;
                }
            }
            if (acronymId != null && phraseId == null && CandidateFinder.free(taken, first, i)) {
                // A name the dictionary lacks, defined by an acronym it knows: the name joins that actor.
                out.add(named(s, tokens, first, i, longName, Source.DEFINITION, acronymId, acronym));
                CandidateFinder.mark(taken, first, i);
            } else if (acronymId == null) {
                if (phraseId == null && CandidateFinder.free(taken, first, i)) {
                    out.add(named(s, tokens, first, i, longName, Source.ORGANIZATION, null, null));
                    CandidateFinder.mark(taken, first, i);
                }
                Candidate defined = named(s, tokens, open, close, acronym, Source.ACRONYM,
                        phraseId == null ? null : "dict:" + phraseId, longName);
                final int acronymStart = open;
                Optional<Candidate> taggedAcronym = sentenceCandidates.stream()
                        .filter(c -> c.source() == Source.ACRONYM && c.firstToken() == acronymStart).findFirst();
                if (taggedAcronym.isPresent()) {
                    // The tagger named the acronym too: it is the one being defined here.
                    sentenceCandidates.set(sentenceCandidates.indexOf(taggedAcronym.get()), defined);
                } else {
                    out.add(defined);
                }
                CandidateFinder.mark(taken, open, close);
            }
        }
        return out;
    }

    /**
     * Removes the tagger's people and organisations that lie inside tokens {@code [first, end)} and frees their
     * tokens, when they are all that takes tokens there; false (and nothing changed) otherwise.
     */
    private static boolean absorbCutNames(List<Candidate> sentenceCandidates, boolean[] taken, int first, int end) {
        List<Candidate> inside = sentenceCandidates.stream()
                .filter(c -> c.endToken() > first && c.firstToken() < end)
                .toList();
        boolean cut = !inside.isEmpty() && inside.stream().allMatch(c -> c.firstToken() >= first
                && c.endToken() <= end && (c.source() == Source.PERSON || c.source() == Source.ORGANIZATION)
                && !(c.firstToken() == first && c.endToken() == end));
        if (!cut) {
            return false;
        }
        boolean[] covered = new boolean[taken.length];
        inside.forEach(c -> CandidateFinder.mark(covered, c.firstToken(), c.endToken()));
        for (int t = first; t < end; t++) {
            if (taken[t] && !covered[t]) {
                return false;
            }
        }
        sentenceCandidates.removeAll(inside);
        for (int t = first; t < end; t++) {
            taken[t] = false;
        }
        return true;
    }

    /**
     * Where the tagger's organisation over tokens {@code [first, end)} ends with an acronym written without
     * parentheses that the initials of its other words spell ("the National Transitional Council NTC"): that
     * acronym's token, or -1.
     */
    static int trailingAcronym(String text, List<Token> tokens, int first, int end) {
        if (end - first < 3) {
            return -1;
        }
        String acronym = tokens.get(end - 1).word();
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "");
        if (!Names.isAcronym(acronym) || letters.length() < 2) {
            return -1;
        }
        String longForm = Candidate.surface(text, tokens, first, end - 1);
        boolean spelled = Names.initials(longForm).equals(letters) || Names.contentInitials(longForm).equals(letters)
                || Names.wordInitials(longForm).equals(letters);
        return spelled ? end - 1 : -1;
    }

    /** Tokens {@code [first, end)} as a candidate named {@code name}, its surface as well. */
    private static Candidate named(int s, List<Token> tokens, int first, int end, String name, Source source,
                                   String dictionaryId, String tag) {
        return new Candidate(s, first, end, Candidate.span(tokens, first, end), Candidate.span(tokens, first, end),
                name, name, source, dictionaryId, tag);
    }

    /** The dictionary id of a dictionary name covering exactly tokens {@code [first, end)}, if any. */
    private static String dictionaryIdSpanning(List<Candidate> sentenceCandidates, int s, int first, int end) {
        for (Candidate candidate : sentenceCandidates) {
            if (candidate.sentence() == s && candidate.source() == Source.DICTIONARY
                    && candidate.endToken() == end && candidate.firstToken() <= first) {
                return candidate.dictionaryId();
            }
        }
        return null;
    }

    /**
     * The phrase an acronym before token {@code paren} abbreviates: {first token, 1} when its letters spell it
     * ({@link LongForms}), {first token, 0} when only most initials cover it or it is quoted.
     */
    private static Optional<int[]> definitionPhrase(String text, List<Token> tokens, int paren, String acronym) {
        int end = paren;
        int runStart = end;
        boolean quoted = end - 1 >= 0 && isQuote(tokens.get(end - 1).word());
        if (quoted) {
            end--;
            runStart = end;
            while (runStart > 0 && !isQuote(tokens.get(runStart - 1).word()) && end - runStart < 20) {
                runStart--;
            }
            return runStart < end ? Optional.of(new int[] {runStart, 0}) : Optional.empty();
        }
        while (runStart > 0 && end - runStart < 15 && namePart(tokens.get(runStart - 1))) {
            runStart--;
        }
        OptionalInt longForm = LongForms.start(text, tokens, runStart, end, acronym);
        if (longForm.isPresent()) {
            return Optional.of(new int[] {longForm.getAsInt(), 1});
        }
        String letters = TextFold.name(acronym).replace(" ", "").toUpperCase(Locale.ROOT);
        int bestStart = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int start = runStart; start < end; start++) {
            Token head = tokens.get(start);
            if (head.pos().equals("DT") || head.pos().equals("IN") || head.pos().equals("CC")) {
                continue;
            }
            // Some acronyms keep the letters of short words ("al-Qaeda in the Islamic Maghreb", AQIM): try both.
            String phrase = Candidate.surface(text, tokens, start, end);
            String initials = Names.contentInitials(phrase);
            int overlap = overlap(letters, initials);
            int score = 2 * overlap - initials.length();
            String everyInitial = Names.wordInitials(phrase);
            int everyOverlap = overlap(letters, everyInitial);
            if (2 * everyOverlap - everyInitial.length() > score) {
                overlap = everyOverlap;
                score = 2 * everyOverlap - everyInitial.length();
            }
            if (overlap >= Math.max(2, (int) Math.ceil(letters.length() * 0.6)) && score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(new int[] {bestStart, 0});
    }

    private static boolean namePart(Token token) {
        String pos = token.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("IN") || pos.equals("DT")
                || pos.equals("CC") || pos.equals("CD") || pos.equals("HYPH") || pos.equals("FW")
                || token.word().equals("-") || token.word().equals("–");
    }

    void addDefinition(ActorClusters actors, Candidate candidate) {
        String key = "dict:" + candidate.dictionaryId();
        if (!actors.clusters.containsKey(key)) {
            return;
        }
        Cluster cluster = actors.clusters.get(key);
        actors.byOrgName.putIfAbsent(TextFold.name(candidate.name()), key);
        actors.attach(cluster, candidate, "acronym", "acronym_definition", "'" + candidate.name()
                + "' is defined as '" + candidate.tag() + "', a name of " + cluster.name);
    }

    void addAcronym(ActorClusters actors, Candidate candidate) {
        String acronym = candidate.name();
        String key = actors.byAcronym.get(acronym);
        if (key == null && candidate.dictionaryId() != null) {
            key = candidate.dictionaryId();
        }
        boolean weak = Candidate.WEAK.equals(candidate.tag());
        if (key == null && candidate.tag() != null && !weak) {
            key = actors.byOrgName.get(TextFold.name(candidate.tag()));
        }
        if (key != null && actors.clusters.containsKey(key)) {
            Cluster cluster = actors.clusters.get(key);
            actors.byAcronym.putIfAbsent(acronym, key);
            String detail = candidate.tag() != null && !weak
                    ? "'" + acronym + "' is defined in parentheses after '" + candidate.tag() + "'"
                    : "'" + acronym + "' abbreviates '" + cluster.name + "', defined earlier in the document";
            actors.attach(cluster, candidate, "acronym", "acronym_definition", detail);
            return;
        }
        Cluster cluster = actors.newCluster(acronym, ActorKind.ORG);
        cluster.weak = weak;
        actors.byAcronym.put(acronym, cluster.key);
        actors.attach(cluster, candidate, "ner", "named_entity", "the tagger named an organisation '" + acronym + "'");
    }

    /** An acronym the text never defines joins the one organisation whose initials spell it ("NCSP"). */
    void linkByInitials(ActorClusters actors) {
        for (Cluster acronymCluster : new ArrayList<>(actors.clusters.values())) {
            if (acronymCluster.dictionaryId != null || !Names.isAcronym(acronymCluster.name)
                    || acronymCluster.kind == ActorKind.PERSON) {
                continue;
            }
            String letters = acronymCluster.name.replaceAll("[^\\p{L}\\p{N}]", "");
            List<Cluster> spelled = actors.clusters.values().stream()
                    .filter(other -> other != acronymCluster && other.kind != ActorKind.PERSON)
                    .filter(other -> other.forms.stream().anyMatch(form -> !Names.isAcronym(form)
                            && (Names.contentInitials(form).equals(letters)
                            || Names.initials(form).equals(letters))))
                    .toList();
            if (spelled.size() == 1) {
                Cluster target = spelled.get(0);
                for (Candidate mention : acronymCluster.mentions) {
                    actors.attach(target, mention, "acronym", "acronym_initials", "'" + acronymCluster.name
                            + "' spells the initials of '" + target.name + "'");
                }
                actors.clusters.remove(acronymCluster.key);
            }
        }
    }

    /**
     * An organisation the report names by its acronym more often than by its long form is named by the acronym
     * ("JNIM"), as the report's readers know it.
     */
    void nameByUse(ActorClusters actors) {
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.dictionaryId != null || cluster.kind == ActorKind.PERSON || Names.isAcronym(cluster.name)) {
                continue;
            }
            Map<String, Integer> byAcronym = new HashMap<>();
            int longForms = 0;
            for (Candidate mention : cluster.mentions) {
                if (mention.source() == Source.NOMINAL) {
                    continue;
                }
                if (Names.isAcronym(mention.name())) {
                    byAcronym.merge(mention.name(), 1, Integer::sum);
                } else {
                    longForms++;
                }
            }
            final int named = longForms;
            byAcronym.entrySet().stream().filter(e -> e.getValue() > named)
                    .max(Map.Entry.comparingByValue()).ifPresent(e -> cluster.name = e.getKey());
        }
    }

    private static boolean isQuote(String word) {
        return word.equals("'") || word.equals("\"") || word.equals("‘") || word.equals("’") || word.equals("“")
                || word.equals("”") || word.equals("``") || word.equals("''") || word.equals("`");
    }

    private static int overlap(String letters, String initials) {
        List<Character> pool = new ArrayList<>();
        for (char c : initials.toCharArray()) {
            pool.add(c);
        }
        int overlap = 0;
        for (char c : letters.toCharArray()) {
            if (pool.remove(Character.valueOf(c))) {
                overlap++;
            }
        }
        return overlap;
    }
}
