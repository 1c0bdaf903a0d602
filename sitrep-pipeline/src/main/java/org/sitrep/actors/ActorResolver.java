package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.LocalActor;
import org.sitrep.pipeline.Stage;

/**
 * Finds the actors one document names and ties each of its names to one actor:
 * <ol>
 *   <li>dictionary names, which override the statistical tagger ("Ansar Dine" is not a person);</li>
 *   <li>names the tagger found that the dictionary lacks, titles stripped ("Captain Amadou Sango");</li>
 *   <li>surnames and titled surnames to the full name used in the same document ("President Touré");</li>
 *   <li>acronyms to the name they abbreviate, from a definition in parentheses or from initials;</li>
 *   <li>generic nominals ("the junta", "the army") to the most recently named actor with that tag.</li>
 * </ol>
 * Linking to actors of other documents is {@link ActorLinker}'s job. Stateless and thread-safe.
 */
public final class ActorResolver implements Stage {
    private final ActorDictionary dictionary;
    private final PlaceNames places;
    private final AliasIndex<String> actorNames = new AliasIndex<>();
    private final AliasIndex<String> nominals = new AliasIndex<>();
    private final Map<String, String> stateIdByCountry = new HashMap<>();

    public ActorResolver(ActorDictionary dictionary, PlaceNames places) {
        this.dictionary = dictionary;
        this.places = places;
        for (DictionaryActor actor : dictionary.actors()) {
            actor.names().forEach(name -> actorNames.add(name, actor.id()));
            if (actor.kind() == ActorKind.STATE && actor.country() != null) {
                stateIdByCountry.putIfAbsent(actor.country(), actor.id());
            }
        }
        dictionary.tagByNominal().forEach((phrase, tag) -> nominals.add(phrase, tag));
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITY_MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ACTORS, Layer.ENTITY_MENTIONS);
    }

    @Override
    public void apply(AnalysedDocument document) {
        new DocumentPass(document).run();
    }

    /** A candidate name in the text, before clustering. */
    private record Candidate(int sentence, int firstToken, int endToken, Span span, Span nameSpan, String surface,
                             String name, Source source, String dictionaryId, String tag) {
        long position() {
            return (long) sentence << 20 | firstToken;
        }
    }

    private static final Set<String> ORGANISATION_HEADS = Set.of("party", "forces", "fighters", "troops",
            "rebels", "militants", "leaders", "units", "militia", "militias");
    private static final String WEAK = "\u0000weak";
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "du", "des", "la", "le",
            "pour", "et", "l'", "d'");

    private enum Source { DICTIONARY, DEFINITION, PERSON, ORGANIZATION, STATE, ACRONYM, NOMINAL }

    /** One actor of the document while its names are being gathered. */
    private static final class Cluster {
        final String key;
        /** Built from untagged capitals only; dropped unless the document ties it to a name. */
        boolean weak;
        String dictionaryId;
        String name;
        ActorKind kind;
        final Set<String> tags = new HashSet<>();
        final Set<String> forms = new LinkedHashSet<>();
        final List<MergeReason> reasons = new ArrayList<>();
        final List<Candidate> mentions = new ArrayList<>();

        Cluster(String key, String name, ActorKind kind) {
            this.key = key;
            this.name = name;
            this.kind = kind;
        }

        long lastPositionBefore(long position) {
            long best = -1;
            for (Candidate mention : mentions) {
                if (mention.position() < position && mention.source() != Source.NOMINAL) {
                    best = Math.max(best, mention.position());
                }
            }
            return best;
        }
    }

    /** The work on one document; not shared between threads. */
    private final class DocumentPass {
        private final AnalysedDocument document;
        private final String text;
        private final Map<String, Cluster> clusters = new LinkedHashMap<>();
        private final Map<String, String> clusterByPersonName = new HashMap<>();
        private final Map<String, String> clusterByOrgName = new HashMap<>();
        private final Map<String, String> clusterByAcronym = new HashMap<>();
        private final List<Candidate> nominalMentions = new ArrayList<>();
        /** Surnames of people named in full; "Keita" alone is then a person, though a town bears the name. */
        private final Set<String> personSurnames = new HashSet<>();
        private final List<EntityMention> entities = new ArrayList<>();
        private int nextLocal = 1;

        DocumentPass(AnalysedDocument document) {
            this.document = document;
            this.text = document.text();
        }

        void run() {
            List<Candidate> candidates = new ArrayList<>();
            Map<Integer, List<EntityMention>> nerBySentence = new HashMap<>();
            for (EntityMention mention : document.entities()) {
                nerBySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
                List<String> words = TextFold.nameWords(mention.text());
                if (mention.type() == EntityType.PERSON && words.size() > 1) {
                    personSurnames.add(words.get(words.size() - 1));
                }
            }
            for (int s = 0; s < document.sentences().size(); s++) {
                candidates.addAll(sentenceCandidates(s, nerBySentence.getOrDefault(s, List.of())));
            }
            candidates.stream().filter(c -> c.source() == Source.DICTIONARY).forEach(this::addDictionary);
            candidates.stream().filter(c -> c.source() == Source.DEFINITION).forEach(this::addDefinition);
            candidates.stream().filter(c -> c.source() == Source.STATE).forEach(this::addState);
            candidates.stream().filter(c -> c.source() == Source.PERSON && TextFold.nameWords(c.name()).size() > 1)
                    .forEach(this::addFullName);
            candidates.stream().filter(c -> c.source() == Source.PERSON && TextFold.nameWords(c.name()).size() == 1)
                    .forEach(this::addSurname);
            candidates.stream().filter(c -> c.source() == Source.ORGANIZATION).forEach(this::addOrganisation);
            candidates.stream().filter(c -> c.source() == Source.ACRONYM).forEach(this::addAcronym);
            linkAcronymsByInitials();
            nominalMentions.forEach(this::addNominal);
            publish();
        }

        private List<Candidate> sentenceCandidates(int s, List<EntityMention> ner) {
            List<Token> tokens = document.tokens(s);
            List<Candidate> out = new ArrayList<>();
            boolean[] taken = new boolean[tokens.size()];
            boolean[] dictionaryTaken = new boolean[tokens.size()];
            for (AliasIndex.Match<String> match : actorNames.find(tokens, true)) {
                DictionaryActor actor = dictionary.actor(match.entry().value()).orElseThrow();
                boolean person = actor.kind() == ActorKind.PERSON;
                int first = person ? descriptorStart(tokens, match.firstToken())
                        : organisationStart(tokens, match.firstToken());
                int surfaceEnd = person ? match.endToken() : organisationEnd(tokens, match.endToken());
                out.add(candidate(s, tokens, first, match.firstToken(), match.endToken(), surfaceEnd,
                        Source.DICTIONARY, actor.id(), null));
                mark(taken, match.firstToken(), match.endToken());
                mark(dictionaryTaken, match.firstToken(), match.endToken());
                entities.add(new EntityMention(s, span(tokens, match.firstToken(), match.endToken()),
                        surface(tokens, match.firstToken(), match.endToken()), entityType(actor.kind()),
                        "dictionary"));
            }
            for (AliasIndex.Match<String> match : nominals.find(tokens, false)) {
                if (free(taken, match.firstToken(), match.endToken())) {
                    int start = match.firstToken();
                    while (start > 0 && match.firstToken() - start < 2 && tokens.get(start - 1).pos().equals("JJ")
                            && !taken[start - 1]) {
                        start--;
                    }
                    Candidate nominal = candidate(s, tokens, start, match.firstToken(), match.endToken(),
                            Source.NOMINAL, null, match.entry().value());
                    nominalMentions.add(nominal);
                    mark(taken, match.firstToken(), match.endToken());
                }
            }
            for (EntityMention mention : ner) {
                int first = tokenAt(tokens, mention.span().start());
                int lastToken = tokenAt(tokens, mention.span().end() - 1) + 1;
                final int end = first >= 0 && lastToken > first && mention.type() == EntityType.ORGANIZATION
                        ? extendName(tokens, lastToken) : lastToken;
                if (first < 0 || end <= first || !free(taken, first, end)) {
                    // The dictionary's reading of these words wins over the tagger's; a nominal does not.
                    if (first < 0 || end <= first || free(dictionaryTaken, first, end)) {
                        entities.add(mention);
                    }
                    continue;
                }
                String name = surface(tokens, first, end);
                String normalised = TextFold.name(name);
                Optional<String> country = dictionary.countryCode(name);
                if (mention.type() == EntityType.LOCATION || country.isPresent() && mention.type() != EntityType.PERSON) {
                    entities.add(mention);
                    country.ifPresent(code -> out.add(candidate(s, tokens, first, first, end, Source.STATE, code,
                            null)));
                    continue;
                }
                if (mention.type() == EntityType.PERSON && TextFold.nameWords(name).size() == 1
                        && places.isPlace(normalised) && !personSurnames.contains(normalised)) {
                    entities.add(new EntityMention(s, mention.span(), mention.text(), EntityType.LOCATION,
                            "gazetteer"));
                    continue;
                }
                entities.add(mention);
                if (mention.type() == EntityType.PERSON) {
                    out.add(candidate(s, tokens, descriptorStart(tokens, first), first, end, end, Source.PERSON, null,
                            null));
                } else if (mention.type() == EntityType.ORGANIZATION) {
                    boolean acronym = Names.isAcronym(name);
                    out.add(candidate(s, tokens, organisationStart(tokens, first), first, end,
                            organisationEnd(tokens, end), acronym ? Source.ACRONYM : Source.ORGANIZATION, null, null));
                } else {
                    continue;
                }
                mark(taken, first, end);
            }
            out.addAll(acronymDefinitions(s, tokens, taken, out));
            out.addAll(untaggedAcronyms(s, tokens, taken));
            return out;
        }

        /**
         * The tagger often stops an organisation's name early ("National Committee | for the Salvation of the
         * People"): extend it over connectors followed by capitalised words.
         */
        private int extendName(List<Token> tokens, int end) {
            int current = end;
            while (current < tokens.size()) {
                int next = current;
                while (next < tokens.size() && CONNECTORS.contains(tokens.get(next).word().toLowerCase(
                        java.util.Locale.ROOT))) {
                    next++;
                }
                if (next == current || next >= tokens.size() || !capitalisedName(tokens.get(next))) {
                    return current;
                }
                while (next < tokens.size() && capitalisedName(tokens.get(next))) {
                    next++;
                }
                current = next;
            }
            return current;
        }

        private boolean capitalisedName(Token token) {
            String word = token.word();
            return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !"DATE".equals(token.ner())
                    && !"NUMBER".equals(token.ner()) && (token.pos().startsWith("NN") || token.pos().equals("JJ"));
        }

        /**
         * Capitalised tokens like "NCSP" that the tagger left untagged: kept only if the document ties them to a
         * name (by definition or initials); otherwise they are dropped at the end.
         */
        private List<Candidate> untaggedAcronyms(int s, List<Token> tokens, boolean[] taken) {
            List<Candidate> out = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (!taken[t] && token.pos().startsWith("NNP") && "O".equals(token.ner())
                        && Names.isAcronym(token.word()) && token.word().replaceAll("[^A-Z]", "").length() >= 3) {
                    out.add(new Candidate(s, t, t + 1, token.span(), token.span(), token.word(), token.word(),
                            Source.ACRONYM, null, WEAK));
                    taken[t] = true;
                }
            }
            return out;
        }

        /**
         * "the Patriotic Front for Renewal (PFR)": the acronym in parentheses and the
         * phrase before it whose initials best cover its letters. Both become candidates, defined together.
         */
        private List<Candidate> acronymDefinitions(int s, List<Token> tokens, boolean[] taken,
                                                   List<Candidate> sentenceCandidates) {
            List<Candidate> out = new ArrayList<>();
            for (int i = 1; i + 2 < tokens.size(); i++) {
                if (!tokens.get(i).word().equals("(") && !tokens.get(i).word().equals("-LRB-")) {
                    continue;
                }
                int close = i + 1;
                while (close < tokens.size() && close <= i + 3 && !isClosing(tokens.get(close).word())) {
                    close++;
                }
                if (close >= tokens.size() || close > i + 3) {
                    continue;
                }
                String acronym = surface(tokens, i + 1, close);
                if (!Names.isAcronym(acronym)) {
                    continue;
                }
                Optional<int[]> phrase = definitionPhrase(tokens, i, acronym);
                if (phrase.isEmpty()) {
                    continue;
                }
                int first = phrase.get()[0];
                String longName0 = surface(tokens, first, i).replaceAll("^[\"'‘“]|[\"'’”]$", "").trim();
                String acronymId = dictionaryIdSpanning(sentenceCandidates, s, i + 1, close);
                String phraseId = dictionaryIdSpanning(sentenceCandidates, s, first, i);
                String longName = longName0;
                final int paren = i;
                Optional<Candidate> tagged = sentenceCandidates.stream()
                        .filter(c -> c.source() == Source.ORGANIZATION && c.endToken() == paren).findFirst();
                if (tagged.isPresent()) {
                    Candidate organisation = tagged.get();
                    longName = organisation.name();
                    if (acronymId != null) {
                        sentenceCandidates.set(sentenceCandidates.indexOf(organisation), new Candidate(s,
                                organisation.firstToken(), organisation.endToken(), organisation.span(),
                                organisation.nameSpan(), organisation.surface(), organisation.name(),
                                Source.DEFINITION, acronymId, acronym));
                        continue;
                    }
                }
                if (acronymId != null && phraseId == null && free(taken, first, i)) {
                    // A name the dictionary lacks, defined by an acronym it knows: the name joins that actor.
                    out.add(new Candidate(s, first, i, span(tokens, first, i), span(tokens, first, i), longName,
                            longName, Source.DEFINITION, acronymId, acronym));
                    mark(taken, first, i);
                } else if (acronymId == null) {
                    if (phraseId == null && free(taken, first, i)) {
                        out.add(new Candidate(s, first, i, span(tokens, first, i), span(tokens, first, i), longName,
                                longName, Source.ORGANIZATION, null, null));
                        mark(taken, first, i);
                    }
                    out.add(new Candidate(s, i + 1, close, span(tokens, i + 1, close), span(tokens, i + 1, close),
                            acronym, acronym, Source.ACRONYM, phraseId == null ? null : "dict:" + phraseId, longName));
                    mark(taken, i + 1, close);
                }
            }
            return out;
        }

        /** The dictionary id of a dictionary name covering exactly tokens {@code [first, end)}, if any. */
        private String dictionaryIdSpanning(List<Candidate> sentenceCandidates, int s, int first, int end) {
            for (Candidate candidate : sentenceCandidates) {
                if (candidate.sentence() == s && candidate.source() == Source.DICTIONARY
                        && candidate.endToken() == end && candidate.firstToken() <= first) {
                    return candidate.dictionaryId();
                }
            }
            return null;
        }

        private Optional<int[]> definitionPhrase(List<Token> tokens, int paren, String acronym) {
            int end = paren;
            int runStart = end;
            boolean quoted = end - 1 >= 0 && isQuote(tokens.get(end - 1).word());
            if (quoted) {
                end--;
                runStart = end;
                while (runStart > 0 && !isQuote(tokens.get(runStart - 1).word()) && end - runStart < 20) {
                    runStart--;
                }
                return runStart < end ? Optional.of(new int[] {runStart}) : Optional.empty();
            }
            while (runStart > 0 && end - runStart < 15 && namePart(tokens.get(runStart - 1))) {
                runStart--;
            }
            String letters = TextFold.name(acronym).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            int bestStart = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int start = runStart; start < end; start++) {
                Token head = tokens.get(start);
                if (head.pos().equals("DT") || head.pos().equals("IN") || head.pos().equals("CC")) {
                    continue;
                }
                String initials = Names.contentInitials(surface(tokens, start, end));
                int overlap = overlap(letters, initials);
                int score = 2 * overlap - initials.length();
                if (overlap >= Math.max(2, (int) Math.ceil(letters.length() * 0.6)) && score > bestScore) {
                    bestScore = score;
                    bestStart = start;
                }
            }
            return bestStart < 0 ? Optional.empty() : Optional.of(new int[] {bestStart});
        }

        private boolean namePart(Token token) {
            String pos = token.pos();
            return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("IN") || pos.equals("DT")
                    || pos.equals("CC") || pos.equals("CD") || pos.equals("HYPH") || pos.equals("FW")
                    || token.word().equals("-") || token.word().equals("–");
        }

        private void addDictionary(Candidate candidate) {
            DictionaryActor actor = dictionary.actor(candidate.dictionaryId()).orElseThrow();
            Cluster cluster = dictionaryCluster(actor);
            attach(cluster, candidate, "dictionary", "dictionary_alias", "'" + candidate.name()
                    + "' is a name of " + actor.name() + " in the actor dictionary");
            if (actor.kind() == ActorKind.PERSON) {
                List<String> words = TextFold.nameWords(actor.name());
                clusterByPersonName.putIfAbsent(TextFold.name(actor.name()), cluster.key);
                clusterByPersonName.putIfAbsent(TextFold.name(candidate.name()), cluster.key);
            } else {
                actor.names().forEach(name -> {
                    if (Names.isAcronym(name)) {
                        clusterByAcronym.putIfAbsent(name, cluster.key);
                    } else {
                        clusterByOrgName.putIfAbsent(TextFold.name(name), cluster.key);
                    }
                });
            }
        }

        private void addDefinition(Candidate candidate) {
            String key = "dict:" + candidate.dictionaryId();
            if (!clusters.containsKey(key)) {
                return;
            }
            Cluster cluster = clusters.get(key);
            clusterByOrgName.putIfAbsent(TextFold.name(candidate.name()), key);
            attach(cluster, candidate, "acronym", "acronym_definition", "'" + candidate.name()
                    + "' is defined as '" + candidate.tag() + "', a name of " + cluster.name);
        }

        private void addState(Candidate candidate) {
            String code = candidate.dictionaryId();
            String dictionaryId = stateIdByCountry.get(code);
            if (dictionaryId != null) {
                addDictionary(new Candidate(candidate.sentence(), candidate.firstToken(), candidate.endToken(),
                        candidate.span(), candidate.nameSpan(), candidate.surface(), candidate.name(),
                        Source.DICTIONARY, dictionaryId, null));
                return;
            }
            Cluster cluster = clusters.computeIfAbsent("state:" + code, key -> {
                Cluster created = new Cluster(key, candidate.name(), ActorKind.STATE);
                created.tags.add("state");
                return created;
            });
            attach(cluster, candidate, "country", "country_name", "'" + candidate.name() + "' names the country "
                    + code);
        }

        private void addFullName(Candidate candidate) {
            String normalised = TextFold.name(candidate.name());
            String key = clusterByPersonName.get(normalised);
            String rule = "same_name";
            if (key == null) {
                key = longerNameContaining(candidate.name());
                rule = "name_subset";
            }
            if (key == null) {
                Cluster cluster = newCluster(candidate.name(), ActorKind.PERSON);
                clusterByPersonName.put(normalised, cluster.key);
                attach(cluster, candidate, "ner", "named_entity", "the tagger named a person '" + candidate.name()
                        + "'");
                return;
            }
            Cluster cluster = clusters.get(key);
            clusterByPersonName.putIfAbsent(normalised, key);
            if (TextFold.nameWords(candidate.name()).size() > TextFold.nameWords(cluster.name).size() && cluster.dictionaryId == null) {
                cluster.name = candidate.name();
            }
            attach(cluster, candidate, "ner", rule, "'" + candidate.name() + "' shares first and last name with '"
                    + cluster.name + "'");
        }

        /** A person cluster whose name has the same last name and includes every word of {@code name}. */
        private String longerNameContaining(String name) {
            List<String> words = TextFold.nameWords(name);
            String last = words.get(words.size() - 1);
            for (Map.Entry<String, String> entry : clusterByPersonName.entrySet()) {
                List<String> known = List.of(entry.getKey().split(" "));
                if (known.size() > 1 && known.get(known.size() - 1).equals(last)
                        && (known.containsAll(words) || words.containsAll(known))) {
                    return entry.getValue();
                }
            }
            return null;
        }

        private void addSurname(Candidate candidate) {
            String surname = TextFold.name(candidate.name());
            Cluster best = null;
            long bestPosition = -1;
            int sharing = 0;
            for (Cluster cluster : clusters.values()) {
                if (cluster.kind != ActorKind.PERSON) {
                    continue;
                }
                boolean shares = cluster.forms.stream().map(TextFold::nameWords)
                        .anyMatch(words -> words.size() > 1 && words.get(words.size() - 1).equals(surname));
                if (!shares) {
                    continue;
                }
                sharing++;
                long position = cluster.lastPositionBefore(candidate.position());
                if (best == null || position > bestPosition) {
                    best = cluster;
                    bestPosition = position;
                }
            }
            if (best == null) {
                String key = clusterByPersonName.get(surname);
                Cluster cluster = key != null ? clusters.get(key) : newCluster(candidate.name(), ActorKind.PERSON);
                clusterByPersonName.putIfAbsent(surname, cluster.key);
                attach(cluster, candidate, "ner", "named_entity", "the tagger named a person '" + candidate.name()
                        + "'");
                return;
            }
            String detail = sharing == 1
                    ? "'" + candidate.surface() + "' is the surname of '" + best.name + "', the only person of that "
                    + "surname in the document"
                    : "'" + candidate.surface() + "' is the surname of '" + best.name + "', the person of that "
                    + "surname named most recently before it";
            attach(best, candidate, "surname", "surname", detail);
        }

        private void addOrganisation(Candidate candidate) {
            String normalised = TextFold.name(candidate.name());
            String key = clusterByOrgName.get(normalised);
            if (key == null) {
                Cluster cluster = newCluster(candidate.name(), ActorKinds.guess(candidate.name()));
                cluster.tags.addAll(ActorKinds.tags(cluster.kind, cluster.name));
                clusterByOrgName.put(normalised, cluster.key);
                attach(cluster, candidate, "ner", "named_entity", "the tagger named an organisation '"
                        + candidate.name() + "'");
                return;
            }
            attach(clusters.get(key), candidate, "ner", "same_name", "same name");
        }

        private void addAcronym(Candidate candidate) {
            String acronym = candidate.name();
            String key = clusterByAcronym.get(acronym);
            if (key == null && candidate.dictionaryId() != null) {
                key = candidate.dictionaryId();
            }
            boolean weak = WEAK.equals(candidate.tag());
            if (key == null && candidate.tag() != null && !weak) {
                key = clusterByOrgName.get(TextFold.name(candidate.tag()));
            }
            if (key != null && clusters.containsKey(key)) {
                Cluster cluster = clusters.get(key);
                clusterByAcronym.putIfAbsent(acronym, key);
                String detail = candidate.tag() != null && !weak
                        ? "'" + acronym + "' is defined in parentheses after '" + candidate.tag() + "'"
                        : "'" + acronym + "' abbreviates '" + cluster.name + "', defined earlier in the document";
                attach(cluster, candidate, "acronym", "acronym_definition", detail);
                return;
            }
            Cluster cluster = newCluster(acronym, ActorKind.ORG);
            cluster.weak = weak;
            clusterByAcronym.put(acronym, cluster.key);
            attach(cluster, candidate, "ner", "named_entity", "the tagger named an organisation '" + acronym + "'");
        }

        /** An acronym the text never defines joins the one organisation whose initials spell it ("NCSP"). */
        private void linkAcronymsByInitials() {
            for (Cluster acronymCluster : new ArrayList<>(clusters.values())) {
                if (acronymCluster.dictionaryId != null || !Names.isAcronym(acronymCluster.name)
                        || acronymCluster.kind == ActorKind.PERSON) {
                    continue;
                }
                String letters = acronymCluster.name.replaceAll("[^\\p{L}\\p{N}]", "");
                List<Cluster> spelled = clusters.values().stream()
                        .filter(other -> other != acronymCluster && other.kind != ActorKind.PERSON)
                        .filter(other -> other.forms.stream().anyMatch(form -> !Names.isAcronym(form)
                                && (Names.contentInitials(form).equals(letters)
                                || Names.initials(form).equals(letters))))
                        .toList();
                if (spelled.size() == 1) {
                    Cluster target = spelled.get(0);
                    for (Candidate mention : acronymCluster.mentions) {
                        attach(target, mention, "acronym", "acronym_initials", "'" + acronymCluster.name
                                + "' spells the initials of '" + target.name + "'");
                    }
                    clusters.remove(acronymCluster.key);
                }
            }
        }

        private void addNominal(Candidate candidate) {
            Cluster best = null;
            long bestPosition = -1;
            for (Cluster cluster : clusters.values()) {
                if (!cluster.tags.contains(candidate.tag())) {
                    continue;
                }
                long position = cluster.lastPositionBefore(candidate.position());
                if (position > bestPosition) {
                    best = cluster;
                    bestPosition = position;
                }
            }
            String detail;
            if (best != null) {
                detail = "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; " + best.name
                        + " is the " + candidate.tag() + " named most recently before it";
            } else {
                best = clusters.values().stream().filter(cluster -> cluster.tags.contains(candidate.tag()))
                        .max(java.util.Comparator.comparingInt(cluster -> cluster.mentions.size())).orElse(null);
                detail = best == null ? null : "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; "
                        + best.name + " is the most named " + candidate.tag() + " in the document";
            }
            if (best == null && dictionary.fallsBackOnContext(candidate.tag())) {
                Optional<DictionaryActor> known = actorInContext(candidate.tag());
                if (known.isEmpty()) {
                    return;
                }
                best = dictionaryCluster(known.get());
                detail = "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; the document names none, "
                        + "and " + known.get().name() + " is the one of " + focusCountry().orElse("?")
                        + (publicationDate() == null ? "" : " in that role on " + publicationDate());
            }
            if (best != null) {
                attach(best, candidate, "nominal", "generic_nominal", detail);
            }
        }

        /**
         * The dictionary actor a nominal means when the document names none with its tag: the only one of the
         * document's focus country whose dated roles (if it has any) cover the publication date.
         */
        private Optional<DictionaryActor> actorInContext(String tag) {
            Optional<String> country = focusCountry();
            if (country.isEmpty()) {
                return Optional.empty();
            }
            java.time.LocalDate date = publicationDate();
            List<DictionaryActor> fitting = dictionary.actors().stream()
                    .filter(actor -> actor.tags().contains(tag) && country.get().equals(actor.country()))
                    .filter(actor -> actor.roles().isEmpty()
                            || date != null && actor.roles().stream().anyMatch(role -> role.heldOn(date)))
                    .toList();
            return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
        }

        private java.time.LocalDate publicationDate() {
            return document.document().source().published();
        }

        /** The country the document names most, counting states and the country of every actor named. */
        private Optional<String> focusCountry() {
            Map<String, Integer> counts = new HashMap<>();
            for (Cluster cluster : clusters.values()) {
                String country = cluster.key.startsWith("state:") ? cluster.key.substring(6)
                        : cluster.dictionaryId == null ? null
                        : dictionary.actor(cluster.dictionaryId).map(DictionaryActor::country).orElse(null);
                if (country != null && dictionary.countryByName().containsValue(country)) {
                    counts.merge(country, cluster.mentions.size(), Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        private Cluster dictionaryCluster(DictionaryActor actor) {
            return clusters.computeIfAbsent("dict:" + actor.id(), key -> {
                Cluster created = new Cluster(key, actor.name(), actor.kind());
                created.dictionaryId = actor.id();
                created.tags.addAll(actor.tags());
                return created;
            });
        }

        private Cluster newCluster(String name, ActorKind kind) {
            Cluster cluster = new Cluster("local:" + nextLocal++, name, kind);
            clusters.put(cluster.key, cluster);
            return cluster;
        }

        private void attach(Cluster cluster, Candidate candidate, String method, String rule, String detail) {
            cluster.mentions.add(candidate);
            if (cluster.forms.add(candidate.surface())) {
                cluster.reasons.add(new MergeReason(null, candidate.surface(), rule, detail,
                        document.document().id(), candidate.sentence()));
            }
            if (!candidate.surface().equals(candidate.name()) && cluster.forms.add(candidate.name())) {
                cluster.reasons.add(new MergeReason(null, candidate.name(), rule, detail, document.document().id(),
                        candidate.sentence()));
            }
            // "the Tuareg rebels" is also written "Tuareg rebels": keep the name without its article as well.
            String bare = candidate.surface().replaceFirst("^(?i)(the|a|an)\\s+", "");
            if (!bare.equals(candidate.surface()) && !bare.isBlank() && cluster.forms.add(bare)) {
                cluster.reasons.add(new MergeReason(null, bare, rule, detail, document.document().id(),
                        candidate.sentence()));
            }
            pendingMentions.add(new ActorMention(candidate.sentence(), candidate.span(), candidate.surface(),
                    cluster.key, method));
        }

        private final List<ActorMention> pendingMentions = new ArrayList<>();

        private void publish() {
            clusters.values().removeIf(cluster -> cluster.weak);
            List<LocalActor> actors = new ArrayList<>();
            Set<String> live = clusters.keySet();
            for (Cluster cluster : clusters.values()) {
                actors.add(new LocalActor(cluster.key, cluster.name, cluster.kind, cluster.dictionaryId,
                        new ArrayList<>(cluster.forms), cluster.reasons, cluster.tags,
                        cluster.dictionaryId == null ? List.of()
                                : dictionary.actor(cluster.dictionaryId).map(DictionaryActor::roles).orElse(List.of())));
            }
            Map<String, String> moved = new HashMap<>();
            List<ActorMention> mentions = new ArrayList<>();
            for (ActorMention mention : pendingMentions) {
                if (live.contains(mention.actorKey()) && moved.putIfAbsent(spanKey(mention), mention.actorKey())
                        == null) {
                    mentions.add(mention);
                }
            }
            mentions.sort(java.util.Comparator.comparingInt(ActorMention::sentence)
                    .thenComparingInt(m -> m.span().start()));
            document.setActors(actors, mentions);
            entities.sort(java.util.Comparator.comparingInt(EntityMention::sentence)
                    .thenComparingInt(m -> m.span().start()));
            document.setEntities(dedupe(entities));
            retagTokens();
        }

        private String spanKey(ActorMention mention) {
            return mention.sentence() + ":" + mention.span().start() + ":" + mention.span().end();
        }

        private List<EntityMention> dedupe(Collection<EntityMention> mentions) {
            Map<String, EntityMention> unique = new LinkedHashMap<>();
            for (EntityMention mention : mentions) {
                unique.putIfAbsent(mention.span().start() + ":" + mention.span().end(), mention);
            }
            return new ArrayList<>(unique.values());
        }

        /** Tokens carry the dictionary's verdict, so later stages see "Ansar Dine" as an organisation. */
        private void retagTokens() {
            Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
            for (EntityMention mention : document.entities()) {
                if (!mention.source().equals("ner")) {
                    bySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
                }
            }
            bySentence.forEach((sentence, mentions) -> {
                List<Token> tokens = new ArrayList<>(document.tokens(sentence));
                for (int t = 0; t < tokens.size(); t++) {
                    Token token = tokens.get(t);
                    for (EntityMention mention : mentions) {
                        if (mention.span().contains(token.span())) {
                            tokens.set(t, new Token(token.index(), token.span(), token.word(), token.lemma(),
                                    token.pos(), mention.type().name(), token.head(), token.relation()));
                        }
                    }
                }
                document.replaceTokens(sentence, tokens);
            });
        }

        private Candidate candidate(int s, List<Token> tokens, int surfaceStart, int nameStart, int end,
                                    Source source, String dictionaryId, String tag) {
            return candidate(s, tokens, surfaceStart, nameStart, end, end, source, dictionaryId, tag);
        }

        private Candidate candidate(int s, List<Token> tokens, int surfaceStart, int nameStart, int end,
                                    int surfaceEnd, Source source, String dictionaryId, String tag) {
            Span surfaceSpan = span(tokens, surfaceStart, surfaceEnd);
            Span nameSpan = span(tokens, nameStart, end);
            return new Candidate(s, surfaceStart, end, surfaceSpan, nameSpan, text(surfaceSpan), text(nameSpan), source,
                    dictionaryId, tag);
        }

        /**
         * Where a person's mention starts once the descriptors before the name are included: titles and the
         * nouns, adjectives and possessives that introduce the name ("Malian Foreign Minister", "Senegal's
         * President", "former Burkinabè premier", "the maverick"). The word just before the name must be a
         * title or a noun, so a stray adjective is not taken for a descriptor.
         */
        private int descriptorStart(List<Token> tokens, int first) {
            int start = first;
            int t = first - 1;
            while (t >= 0 && first - t <= 6 && isDescriptor(tokens.get(t))) {
                t--;
            }
            int runStart = t + 1;
            if (runStart < first) {
                Token last = tokens.get(first - 1);
                boolean introduces = last.pos().startsWith("NN") || dictionary.isTitle(TextFold.name(last.word()));
                if (introduces) {
                    start = runStart;
                    while (start < first && (tokens.get(start).pos().equals("POS")
                            || tokens.get(start).pos().equals("HYPH"))) {
                        start++;
                    }
                    if (start > 0 && tokens.get(start - 1).pos().equals("DT")) {
                        start--;
                    }
                }
            }
            return start;
        }

        private boolean isDescriptor(Token token) {
            String pos = token.pos();
            if (!"O".equals(token.ner()) && !"LOCATION".equals(token.ner()) && !"MISC".equals(token.ner())
                    && !"ORGANIZATION".equals(token.ner()) && !"TITLE".equals(token.ner())) {
                return false;
            }
            return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS") || pos.equals("HYPH")
                    || dictionary.isTitle(TextFold.name(token.word()));
        }

        /** Adjectives and a possessive before an organisation's name: "the small SADI party", "Mali's". */
        private int organisationStart(List<Token> tokens, int first) {
            int t = first - 1;
            while (t >= 0 && first - t <= 3 && (tokens.get(t).pos().startsWith("JJ") || tokens.get(t).pos()
                    .equals("POS") || tokens.get(t).word().toLowerCase(java.util.Locale.ROOT).endsWith("-strong") || tokens.get(t).pos().equals("NNP") && t + 1 < first
                    && tokens.get(t + 1).pos().equals("POS"))) {
                t--;
            }
            int start = t + 1;
            while (start < first && tokens.get(start).pos().equals("POS")) {
                start++;
            }
            if (start < first && start > 0 && tokens.get(start - 1).pos().equals("DT")) {
                start--;
            }
            return start;
        }

        /** A head noun after an organisation's name that still names it: "MNLA forces", "SADI party". */
        private int organisationEnd(List<Token> tokens, int end) {
            if (end < tokens.size() && ORGANISATION_HEADS.contains(tokens.get(end).word().toLowerCase(
                    java.util.Locale.ROOT))) {
                return end + 1;
            }
            return end;
        }

        private String surface(List<Token> tokens, int first, int end) {
            return text(span(tokens, first, end));
        }

        private Span span(List<Token> tokens, int first, int end) {
            return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        }

        private String text(Span span) {
            return text.substring(span.start(), span.end());
        }
    }

    private static EntityType entityType(ActorKind kind) {
        return switch (kind) {
            case PERSON -> EntityType.PERSON;
            case STATE -> EntityType.LOCATION;
            default -> EntityType.ORGANIZATION;
        };
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (Token token : tokens) {
            if (token.span().start() <= offset && offset < token.span().end()) {
                return token.index();
            }
        }
        return -1;
    }

    private static boolean free(boolean[] taken, int first, int end) {
        for (int i = first; i < end && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int first, int end) {
        for (int i = first; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static boolean isQuote(String word) {
        return word.equals("'") || word.equals("\"") || word.equals("‘") || word.equals("’") || word.equals("“")
                || word.equals("”") || word.equals("``") || word.equals("''") || word.equals("`");
    }

    private static boolean isClosing(String word) {
        return word.equals(")") || word.equals("-RRB-");
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
