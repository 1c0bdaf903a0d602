package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.DictionaryName;

/**
 * Collects the names one document uses, sentence by sentence, before they are clustered: dictionary names
 * (which override the tagger's reading of the same words), a country's forces ("Nigerian troops",
 * {@link NationalForces}), generic nominals, the tagger's people and
 * organisations, country names as states, and acronyms ({@link Acronyms}). Single-word "people" that are known
 * places become locations unless they are the surname of someone named in full; a tagged name is the same name
 * where the tagger missed it ({@link RepeatedNames}). It also gives the entity
 * mentions as the dictionary and the place list correct them. Stateless and thread-safe.
 */
final class CandidateFinder {
    private final ActorDictionary dictionary;
    private final PlaceNames places;
    private final AliasIndex<String> nominals;
    private final NameBounds bounds;
    private final NationalForces forces;
    private final Followers followers;
    private final Acronyms acronyms = new Acronyms();
    private final RepeatedNames repeated;

    /**
     * The names of one document.
     *
     * @param candidates every candidate but the nominals, in text order per sentence and source
     * @param nominals the generic nominals, in text order
     * @param entities the entity mentions: the dictionary's names, then the tagger's it kept or corrected
     */
    record Found(List<Candidate> candidates, List<Candidate> nominals, List<EntityMention> entities) {
    }

    CandidateFinder(ActorDictionary dictionary, PlaceNames places, NameBounds bounds, NationalForces forces,
                    Followers followers) {
        this.dictionary = dictionary;
        this.followers = followers;
        this.places = places;
        this.bounds = bounds;
        this.forces = forces;
        this.repeated = new RepeatedNames(places, dictionary);
        this.nominals = new AliasIndex<>();
        dictionary.tagByNominal().forEach((phrase, tag) -> nominals.add(phrase, tag));
    }

    Found find(AnalysedDocument document) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<Integer, List<EntityMention>> nerBySentence = new HashMap<>();
        // Surnames of people named in full; "Keita" alone is then a person, though a town bears the name.
        Set<String> personSurnames = new HashSet<>();
        for (EntityMention mention : document.entities()) {
            nerBySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
            List<String> words = TextFold.nameWords(mention.text());
            if (mention.type() == EntityType.PERSON && words.size() > 1) {
                personSurnames.add(words.get(words.size() - 1));
            }
        }
        Map<Integer, List<DictionaryName>> namesBySentence = new HashMap<>();
        for (DictionaryName name : document.dictionaryNames()) {
            namesBySentence.computeIfAbsent(name.sentence(), k -> new ArrayList<>()).add(name);
        }
        for (int s = 0; s < document.sentences().size(); s++) {
            found.candidates().addAll(sentenceCandidates(document, s, namesBySentence.getOrDefault(s, List.of()),
                    nerBySentence.getOrDefault(s, List.of()), personSurnames, found));
        }
        repeated.add(document, found);
        return found;
    }

    private List<Candidate> sentenceCandidates(AnalysedDocument document, int s, List<DictionaryName> names,
                                               List<EntityMention> ner, Set<String> personSurnames, Found found) {
        String text = document.text();
        List<Token> tokens = document.tokens(s);
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        boolean[] dictionaryTaken = new boolean[tokens.size()];
        List<NationalForces.Phrase> forcePhrases = forcePhrases(tokens, names);
        boolean[] forceTaken = new boolean[tokens.size()];
        forcePhrases.forEach(phrase -> mark(forceTaken, phrase.first(), phrase.end()));
        for (DictionaryName match : names) {
            DictionaryActor actor = dictionary.actor(match.actorId()).orElseThrow();
            if (!free(forceTaken, match.firstToken(), match.endToken())) {
                // "Nigeria's military": the state's name is part of the name of its force.
                found.entities().add(new EntityMention(s, Candidate.span(tokens, match.firstToken(),
                        match.endToken()), Candidate.surface(text, tokens, match.firstToken(), match.endToken()),
                        entityType(actor.kind()), "dictionary"));
                mark(dictionaryTaken, match.firstToken(), match.endToken());
                continue;
            }
            if (actor.kind() == ActorKind.PERSON && anotherOfTheFamily(actor, match, tokens, ner)) {
                continue;
            }
            boolean person = actor.kind() == ActorKind.PERSON;
            // "northern Mali" is a region of the state, not one of its names: a state's name takes no adjective.
            int first = person ? bounds.descriptorStart(tokens, match.firstToken())
                    : actor.kind() == ActorKind.STATE ? match.firstToken()
                    : bounds.organisationStart(tokens, match.firstToken());
            int surfaceEnd = person ? match.endToken() : bounds.organisationEnd(tokens, match.endToken());
            out.add(Candidate.of(text, s, tokens, first, match.firstToken(), match.endToken(), surfaceEnd,
                    Source.DICTIONARY, actor.id(), null));
            mark(taken, match.firstToken(), match.endToken());
            mark(dictionaryTaken, match.firstToken(), match.endToken());
            found.entities().add(new EntityMention(s, Candidate.span(tokens, match.firstToken(), match.endToken()),
                    Candidate.surface(text, tokens, match.firstToken(), match.endToken()), entityType(actor.kind()),
                    "dictionary"));
        }
        for (NationalForces.Phrase phrase : forcePhrases) {
            Span span = Candidate.span(tokens, phrase.first(), phrase.end());
            out.add(new Candidate(s, phrase.first(), phrase.end(), span, span, text.substring(span.start(), span.end()),
                    forces.name(phrase.country(), phrase.branch()), Source.FORCE, phrase.country(),
                    phrase.branch().key()));
            mark(taken, phrase.first(), phrase.end());
        }
        for (Followers.Phrase phrase : followers.find(tokens, people(tokens, names, ner))) {
            // "Tandy's forces", "troops loyal to Tandy": the person stays a name of their own, the words
            // around it are no nominal of the country's army.
            int headFirst = phrase.first() < phrase.nameFirst() ? phrase.first() : phrase.nameEnd();
            int headEnd = phrase.first() < phrase.nameFirst() ? phrase.nameFirst() : phrase.end();
            if (free(taken, headFirst, headEnd)) {
                Span span = Candidate.span(tokens, phrase.first(), phrase.end());
                String surface = text.substring(span.start(), span.end());
                out.add(new Candidate(s, phrase.first(), phrase.end(), span,
                        Candidate.span(tokens, phrase.nameFirst(), phrase.nameEnd()), surface, surface,
                        Source.FOLLOWERS, null, phrase.group().name()));
                mark(taken, headFirst, headEnd);
            }
        }
        int sentenceNominals = found.nominals().size();
        for (AliasIndex.Match<String> match : nominals.find(tokens, false)) {
            if (dictionary.nominalTag(match.entry().value()).byKind()
                    && Descriptions.misread(tokens, match.firstToken(), match.endToken())) {
                continue;
            }
            // "a police vehicle", "the army chief": a nominal that modifies the noun after it names no actor.
            boolean modifier = match.endToken() < tokens.size()
                    && List.of("NN", "NNS").contains(tokens.get(match.endToken()).pos())
                    && tokens.get(match.endToken() - 1).isNoun();
            if (free(taken, match.firstToken(), match.endToken()) && !modifier) {
                int start = match.firstToken();
                while (start > 0 && match.firstToken() - start < 2 && tokens.get(start - 1).pos().equals("JJ")
                        && !taken[start - 1]) {
                    start--;
                }
                found.nominals().add(Candidate.of(text, s, tokens, start, match.firstToken(), match.endToken(),
                        match.endToken(), Source.NOMINAL, null, match.entry().value()));
                mark(taken, match.firstToken(), match.endToken());
            }
        }
        sizedDescriptions(text, s, tokens, taken, found.nominals());
        found.nominals().subList(sentenceNominals, found.nominals().size())
                .sort(java.util.Comparator.comparingInt(Candidate::firstToken));
        for (EntityMention mention : ner) {
            int first = tokenAt(tokens, mention.span().start());
            int lastToken = tokenAt(tokens, mention.span().end() - 1) + 1;
            final int end = first >= 0 && lastToken > first && mention.type() == EntityType.ORGANIZATION
                    ? bounds.extendName(tokens, lastToken) : lastToken;
            if (first < 0 || end <= first || !free(taken, first, end)) {
                // The dictionary's reading of these words wins over the tagger's; a nominal does not.
                if (first < 0 || end <= first || free(dictionaryTaken, first, end)) {
                    found.entities().add(mention);
                }
                continue;
            }
            String name = Candidate.surface(text, tokens, first, end);
            String normalised = TextFold.name(name);
            Optional<String> country = dictionary.countryCode(name);
            if (mention.type() == EntityType.LOCATION || country.isPresent() && mention.type() != EntityType.PERSON) {
                found.entities().add(mention);
                country.ifPresent(code -> out.add(Candidate.of(text, s, tokens, first, first, end, end, Source.STATE,
                        code, null)));
                continue;
            }
            if (mention.type() == EntityType.PERSON && TextFold.nameWords(name).size() == 1
                    && places.isPlace(normalised) && !personSurnames.contains(normalised)) {
                found.entities().add(new EntityMention(s, mention.span(), mention.text(), EntityType.LOCATION,
                        "gazetteer"));
                continue;
            }
            found.entities().add(mention);
            if (mention.type() == EntityType.PERSON) {
                out.add(withFamilyName(tokens, first, end, Candidate.of(text, s, tokens,
                        bounds.descriptorStart(tokens, first), first, end, end, Source.PERSON, null, null)));
            } else if (mention.type() == EntityType.ORGANIZATION
                    && (end == lastToken ? Acronyms.trailingAcronym(text, tokens, first, end) : -1) > 0) {
                // "the National Transitional Council NTC": the name, and its acronym as another name of it.
                int acronymAt = end - 1;
                Candidate longForm = Candidate.of(text, s, tokens, bounds.organisationStart(tokens, first), first,
                        acronymAt, acronymAt, Source.ORGANIZATION, null, null);
                out.add(longForm);
                out.add(Candidate.of(text, s, tokens, acronymAt, acronymAt, end, end, Source.ACRONYM, null,
                        longForm.name()));
            } else if (mention.type() == EntityType.ORGANIZATION) {
                boolean acronym = Names.isAcronym(name);
                out.add(Candidate.of(text, s, tokens, bounds.organisationStart(tokens, first), first, end,
                        bounds.organisationEnd(tokens, end), acronym ? Source.ACRONYM : Source.ORGANIZATION, null,
                        null));
            } else {
                continue;
            }
            mark(taken, first, end);
        }
        out.addAll(acronyms.definitions(text, s, tokens, taken, out));
        out.addAll(acronyms.untagged(s, tokens, taken));
        return out;
    }

    /**
     * "Tandy's son Ruben": a given name alone after a surname's possessive and a noun of kin ({@code kin} in
     * followers.yaml) is named with that surname, "Ruben Tandy", so the full name later in the report is the same
     * person.
     */
    private Candidate withFamilyName(List<Token> tokens, int first, int end, Candidate person) {
        if (end - first != 1 || first < 3 || !followers.isKin(tokens.get(first - 1).word())
                || !tokens.get(first - 2).pos().equals("POS") || !tokens.get(first - 3).pos().startsWith("NNP")
                || !Character.isUpperCase(tokens.get(first - 3).word().codePointAt(0))) {
            return person;
        }
        return new Candidate(person.sentence(), person.firstToken(), person.endToken(), person.span(),
                person.nameSpan(), person.surface(), person.name() + " " + tokens.get(first - 3).word(),
                person.source(), person.dictionaryId(), person.tag());
    }

    /**
     * "Ruben Tandy" where the dictionary knows the surname "Tandy" of another person: the tagger's longer name,
     * whose words before the surname are none of the dictionary person's names, is someone else of that family.
     */
    private boolean anotherOfTheFamily(DictionaryActor actor, DictionaryName match, List<Token> tokens,
                                              List<EntityMention> ner) {
        Set<String> known = new HashSet<>();
        actor.names().forEach(name -> known.addAll(TextFold.nameWords(name)));
        for (EntityMention mention : ner) {
            int first = tokenAt(tokens, mention.span().start());
            int end = tokenAt(tokens, mention.span().end() - 1) + 1;
            if (mention.type() != EntityType.PERSON || first < 0 || first >= match.firstToken()
                    || end != match.endToken()) {
                continue;
            }
            boolean strangers = true;
            for (int t = first; t < match.firstToken() && strangers; t++) {
                Token token = tokens.get(t);
                strangers = token.pos().startsWith("NNP") && Character.isUpperCase(token.word().codePointAt(0))
                        && !dictionary.isTitle(TextFold.name(token.word()))
                        && TextFold.nameWords(token.word()).stream().noneMatch(known::contains);
            }
            if (strangers) {
                return true;
            }
        }
        return false;
    }

    /**
     * A definite description with a count or size between its article and its head ("the 15-member council",
     * "the two groups" is no such phrase: the head must be a description's): the description the article and head
     * make, written with the size.
     */
    private void sizedDescriptions(String text, int s, List<Token> tokens, boolean[] taken, List<Candidate> out) {
        for (int t = 0; t + 2 < tokens.size(); t++) {
            if (!tokens.get(t).word().equalsIgnoreCase("the") || !SurfaceForms.isCount(tokens.get(t + 1))) {
                continue;
            }
            int head = t + 2;
            String tag = dictionary.tagByNominal().get("the " + tokens.get(head).word().toLowerCase(
                    java.util.Locale.ROOT));
            boolean modifier = head + 1 < tokens.size() && tokens.get(head + 1).pos().startsWith("NN");
            if (tag != null && dictionary.nominalTag(tag).byKind() && free(taken, t, head + 1) && !modifier
                    && !Descriptions.misread(tokens, head, head + 1)) {
                out.add(Candidate.of(text, s, tokens, t, t, head + 1, head + 1, Source.NOMINAL, null, tag));
                mark(taken, t, head + 1);
            }
        }
    }

    /**
     * Token ranges {first, end, descriptorStart} of the people a sentence names: the dictionary's and the
     * tagger's.
     */
    private List<int[]> people(List<Token> tokens, List<DictionaryName> names, List<EntityMention> ner) {
        List<int[]> out = new ArrayList<>();
        for (DictionaryName name : names) {
            if (dictionary.actor(name.actorId()).map(a -> a.kind() == ActorKind.PERSON).orElse(false)) {
                out.add(new int[] {name.firstToken(), name.endToken(),
                        bounds.descriptorStart(tokens, name.firstToken())});
            }
        }
        for (EntityMention mention : ner) {
            int first = tokenAt(tokens, mention.span().start());
            int last = tokenAt(tokens, mention.span().end() - 1);
            if (mention.type() == EntityType.PERSON && first >= 0 && last >= first) {
                out.add(new int[] {first, last + 1, bounds.descriptorStart(tokens, first)});
            }
        }
        return out;
    }

    /**
     * The forces a sentence names ({@link NationalForces}), but for those the dictionary names itself ("Malian
     * troops") or that overlap a dictionary name other than a state's.
     */
    private List<NationalForces.Phrase> forcePhrases(List<Token> tokens, List<DictionaryName> names) {
        List<NationalForces.Phrase> out = new ArrayList<>();
        for (NationalForces.Phrase phrase : forces.find(tokens, dictionary, names)) {
            boolean kept = true;
            for (DictionaryName name : names) {
                boolean overlaps = name.firstToken() < phrase.end() && phrase.first() < name.endToken();
                boolean stateInside = name.firstToken() >= phrase.first() && name.endToken() <= phrase.countryEnd()
                        && dictionary.actor(name.actorId()).map(a -> a.kind() == ActorKind.STATE).orElse(false);
                if (overlaps && !stateInside) {
                    kept = false;
                }
            }
            if (kept) {
                out.add(phrase);
            }
        }
        return out;
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

    static boolean free(boolean[] taken, int first, int end) {
        for (int i = first; i < end && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int first, int end) {
        for (int i = first; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
