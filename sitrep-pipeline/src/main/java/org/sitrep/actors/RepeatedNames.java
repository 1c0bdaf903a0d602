package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * One name, one reading per document: a name the tagger read as a person or an organisation in one sentence is
 * the same name where the tagger missed it in another ("What is X?" after "X claimed the attack"), as a
 * gazetteer-less tagger reads the same proper nouns differently in different contexts. Only proper nouns
 * written exactly as the tagged name, on words no other name, nominal or entity covers. Stateless.
 */
final class RepeatedNames {
    /** The entity source of a name found again ({@link EntityMention#source()}). */
    static final String SOURCE = "repeated";

    private record Name(List<String> words, Source source, EntityType type) {
    }

    private final PlaceNames places;
    private final ActorDictionary dictionary;

    RepeatedNames(PlaceNames places, ActorDictionary dictionary) {
        this.places = places;
        this.dictionary = dictionary;
    }

    /**
     * Adds to {@code found} the names of its tagged people and organisations where the tagger missed them; not
     * a name that is also a place's (the tagger's or the place list's): "the Chibok girls" once read as a body
     * does not make the town one.
     */
    void add(AnalysedDocument document, CandidateFinder.Found found) {
        Set<String> placeNames = new HashSet<>();
        found.entities().stream().filter(e -> e.type() == EntityType.LOCATION)
                .forEach(e -> placeNames.add(TextFold.name(e.text())));
        Map<List<String>, Name> names = new LinkedHashMap<>();
        for (Candidate candidate : found.candidates()) {
            if (candidate.source() != Source.PERSON && candidate.source() != Source.ORGANIZATION
                    || placeNames.contains(TextFold.name(candidate.name()))
                    || places.isPlace(TextFold.name(candidate.name()))) {
                continue;
            }
            List<String> words = nameWords(document.tokens(candidate.sentence()), candidate.nameSpan());
            if (!words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                names.putIfAbsent(words, new Name(words, candidate.source(),
                        candidate.source() == Source.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION));
            }
        }
        shortNames(document, found, placeNames).forEach(names::putIfAbsent);
        if (names.isEmpty()) {
            return;
        }
        Map<Integer, List<Span>> covered = new HashMap<>();
        found.candidates().forEach(c -> covered.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c.span()));
        found.nominals().forEach(c -> covered.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c.span()));
        found.entities().forEach(e -> covered.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e.span()));
        String text = document.text();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<Token> tokens = document.tokens(s);
            List<Span> taken = covered.computeIfAbsent(s, k -> new ArrayList<>());
            for (int first = 0; first < tokens.size(); first++) {
                Name name = at(names, tokens, first, taken);
                if (name == null) {
                    continue;
                }
                int end = first + name.words().size();
                Candidate candidate = Candidate.of(text, s, tokens, first, first, end, end, name.source(), null, null);
                found.candidates().add(candidate);
                found.entities().add(new EntityMention(s, candidate.span(), candidate.surface(), name.type(), SOURCE));
                taken.add(candidate.span());
                first = end - 1;
            }
        }
    }

    /**
     * The first and the last word of each person the tagger named in full ("Ana" and "Vero" of "Ana Vero"), as
     * person names of one word: a later "for Vero" or "Ana said" the tagger missed is that person. Only a word of
     * exactly one person (by first and last word: "Ana Vero" and "Ana Maria Vero" are one), and no place's,
     * country's, organisation's or title's word.
     */
    private Map<List<String>, Name> shortNames(AnalysedDocument document, CandidateFinder.Found found,
                                               Set<String> placeNames) {
        Set<String> otherWords = new HashSet<>();
        found.entities().stream().filter(e -> e.type() != EntityType.PERSON)
                .forEach(e -> otherWords.addAll(TextFold.nameWords(e.text())));
        found.candidates().stream().filter(c -> c.source() != Source.PERSON)
                .forEach(c -> otherWords.addAll(TextFold.nameWords(c.name())));
        Map<String, Set<String>> peopleByWord = new HashMap<>();
        for (Candidate candidate : found.candidates()) {
            if (candidate.source() != Source.PERSON) {
                continue;
            }
            List<String> words = nameWords(document.tokens(candidate.sentence()), candidate.nameSpan());
            if (words.size() < 2) {
                continue;
            }
            String person = TextFold.name(words.get(0)) + "|" + TextFold.name(words.get(words.size() - 1));
            for (String word : List.of(words.get(0), words.get(words.size() - 1))) {
                peopleByWord.computeIfAbsent(word, k -> new HashSet<>()).add(person);
            }
        }
        Map<List<String>, Name> out = new LinkedHashMap<>();
        peopleByWord.forEach((word, people) -> {
            String folded = TextFold.name(word);
            boolean nameLike = word.matches("\\p{Lu}\\p{Ll}[\\p{L}’'-]+");
            if (people.size() == 1 && nameLike && !placeNames.contains(folded) && !places.isPlace(folded)
                    && !otherWords.contains(folded) && dictionary.countryCode(word).isEmpty()
                    && !dictionary.isTitle(folded)) {
                out.put(List.of(word), new Name(List.of(word), Source.PERSON, EntityType.PERSON));
            }
        });
        return out;
    }

    /** The longest known name written at {@code first} on free proper nouns, or null. */
    private static Name at(Map<List<String>, Name> names, List<Token> tokens, int first, List<Span> taken) {
        Name best = null;
        for (Name name : names.values()) {
            int end = first + name.words().size();
            if (end > tokens.size() || best != null && best.words().size() >= name.words().size()) {
                continue;
            }
            boolean same = true;
            for (int i = first; i < end && same; i++) {
                Token token = tokens.get(i);
                same = token.word().equals(name.words().get(i - first)) && token.pos().startsWith("NNP")
                        && "O".equals(token.ner()) && taken.stream().noneMatch(span -> span.overlaps(token.span()));
            }
            // Not a part of a longer proper name: "X" inside "X Province".
            boolean bounded = same && (first == 0 || !tokens.get(first - 1).pos().startsWith("NNP"))
                    && (end == tokens.size() || !tokens.get(end).pos().startsWith("NNP"));
            if (bounded) {
                best = name;
            }
        }
        return best;
    }

    private static List<String> nameWords(List<Token> tokens, Span name) {
        List<String> words = new ArrayList<>();
        for (Token token : tokens) {
            if (name.contains(token.span())) {
                words.add(token.word());
            }
        }
        return words;
    }
}
