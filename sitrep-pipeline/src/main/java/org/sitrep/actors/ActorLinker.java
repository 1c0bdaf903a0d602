package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.text.EditDistance;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.LocalActor;

/**
 * Ties the actors one document names to the actors already known: the store's, and the dictionary's. A local
 * actor joins a known one when the dictionary matched it, when they share a name or an acronym, or when its
 * name is a spelling variant of the known name (same given names, a surname one or two letters apart:
 * "Amadou Sango" and "Amadou Haya Sanogo"; an organisation name one word apart: "Azaouad" and "Azawad").
 * People whose given names differ stay apart however alike their surnames ("Moussa Traoré", "Dioncounda
 * Traoré"). Everything else becomes a new actor. Stateless and thread-safe.
 */
public final class ActorLinker {
    private static final double SURNAME_SIMILARITY = 0.85;
    private static final double ORG_WORD_SIMILARITY = 0.85;

    private final ActorDictionary dictionary;

    public ActorLinker(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * What linking one document decided.
     *
     * @param storeIds the store actor id of each document-local actor key
     */
    public record Linked(List<Actor> actors, List<ActorMention> mentions, List<MergeReason> reasons,
                         Map<String, String> storeIds) {
        public Linked {
            storeIds = Map.copyOf(storeIds);
        }
    }

    /**
     * @param docId the document the local actors come from
     * @param locals its actors
     * @param mentions its actor mentions, keyed by local key
     * @param known every actor the store holds now
     */
    public Linked link(String docId, List<LocalActor> locals, List<ActorMention> mentions, Collection<Actor> known) {
        Map<String, Actor> candidates = new LinkedHashMap<>();
        for (DictionaryActor entry : dictionary.actors()) {
            candidates.put(entry.id(), entry.toActor());
        }
        known.forEach(actor -> candidates.put(actor.id(), actor));
        Map<String, Actor> changed = new LinkedHashMap<>();
        Map<String, String> idByLocalKey = new HashMap<>();
        List<MergeReason> reasons = new ArrayList<>();
        Set<String> context = new java.util.HashSet<>();
        for (LocalActor local : locals) {
            local.surfaceForms().forEach(form -> context.add(TextFold.name(form)));
            context.add(TextFold.name(local.name()));
        }
        for (LocalActor local : locals) {
            Match match = match(local, candidates.values(), context);
            Actor target;
            if (match == null) {
                target = newActor(local, candidates.keySet());
            } else {
                target = changed.getOrDefault(match.actor().id(), match.actor());
                if (match.reason() != null) {
                    reasons.add(new MergeReason(target.id(), local.name(), match.rule(), match.reason(), docId,
                            firstSentence(local, mentions)));
                }
            }
            target = withForms(target, local.surfaceForms());
            changed.put(target.id(), target);
            candidates.put(target.id(), target);
            idByLocalKey.put(local.key(), target.id());
            for (MergeReason reason : local.reasons()) {
                reasons.add(new MergeReason(target.id(), reason.alias(), reason.rule(), reason.detail(), reason.docId(),
                        reason.sentence()));
            }
        }
        List<ActorMention> linked = new ArrayList<>();
        for (ActorMention mention : mentions) {
            String id = idByLocalKey.get(mention.actorKey());
            if (id != null) {
                linked.add(new ActorMention(mention.sentence(), mention.span(), mention.text(), id, mention.method()));
            }
        }
        return new Linked(new ArrayList<>(changed.values()), linked, reasons, idByLocalKey);
    }

    private record Match(Actor actor, String rule, String reason) {
    }

    private Match match(LocalActor local, Collection<Actor> candidates, Set<String> context) {
        if (local.dictionaryId() != null) {
            for (Actor candidate : candidates) {
                if (candidate.id().equals(local.dictionaryId())) {
                    return new Match(candidate, null, null);
                }
            }
        }
        if (local.kind() == ActorKind.STATE) {
            Optional<String> code = dictionary.countryCode(local.name());
            if (code.isPresent()) {
                for (Actor candidate : candidates) {
                    if (candidate.kind() == ActorKind.STATE && code.get().equals(candidate.country())) {
                        return new Match(candidate, "same_country", "'" + local.name() + "' names the country "
                                + code.get() + ", as " + candidate.name() + " does");
                    }
                }
            }
        }
        List<Match> found = new ArrayList<>();
        for (Actor candidate : candidates) {
            if (compatible(local.kind(), candidate.kind())) {
                Match match = sameName(local, candidate);
                if (match == null) {
                    match = local.kind() == ActorKind.PERSON ? personVariant(local, candidate, context)
                            : organisationVariant(local, candidate);
                }
                if (match != null) {
                    found.add(match);
                }
            }
        }
        // Two candidates for one name is ambiguity, not evidence: keep the actor apart.
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean compatible(ActorKind a, ActorKind b) {
        return (a == ActorKind.PERSON) == (b == ActorKind.PERSON);
    }

    private Match sameName(LocalActor local, Actor candidate) {
        Set<String> names = new LinkedHashSet<>();
        candidate.aliases().stream().filter(alias -> !dictionary.isGeneric(alias))
                .forEach(alias -> names.add(TextFold.name(alias)));
        names.add(TextFold.name(candidate.name()));
        Set<String> genericForms = new java.util.HashSet<>();
        local.reasons().stream().filter(reason -> "generic_nominal".equals(reason.rule())
                        || "definite_description".equals(reason.rule()))
                .forEach(reason -> genericForms.add(reason.alias()));
        for (String form : local.surfaceForms()) {
            if (genericForms.contains(form) || dictionary.isGeneric(form)) {
                // "the junta" names whichever junta the report is about: it is evidence within a report only.
                continue;
            }
            String normalised = TextFold.name(form);
            boolean singleWordPerson = local.kind() == ActorKind.PERSON && !normalised.contains(" ");
            if (!singleWordPerson && names.contains(normalised)) {
                boolean acronym = Names.isAcronym(form);
                return new Match(candidate, acronym ? "shared_acronym" : "same_name", "'" + form + "' is "
                        + (acronym ? "an acronym" : "a name") + " already known for " + candidate.name());
            }
        }
        return null;
    }

    /**
     * Same given names and surnames within spelling distance. A surname alone ("Sanago") needs more: one letter
     * apart, and the same title as a known name ("Captain") or a body the known actor has a role in named in
     * the same document.
     */
    private Match personVariant(LocalActor local, Actor candidate, Set<String> context) {
        List<String> localWords = dictionary.personWords(local.name());
        if (localWords.isEmpty()) {
            return null;
        }
        String localSurname = localWords.get(localWords.size() - 1);
        if (localSurname.length() < 4) {
            return null;
        }
        for (String alias : candidate.aliases()) {
            List<String> words = dictionary.personWords(alias);
            if (words.size() < 2) {
                continue;
            }
            String surname = words.get(words.size() - 1);
            if (!similarSurname(localSurname, surname)) {
                continue;
            }
            List<String> localGiven = localWords.subList(0, localWords.size() - 1);
            List<String> given = words.subList(0, words.size() - 1);
            if (!localGiven.isEmpty() && (given.containsAll(localGiven) || localGiven.containsAll(given))) {
                return new Match(candidate, "spelling_variant", "'" + local.name() + "' and '" + alias
                        + "' share given names and their surnames differ by "
                        + EditDistance.levenshtein(localSurname, surname) + " letter(s)");
            }
            if (localGiven.isEmpty() && localSurname.length() >= 5
                    && EditDistance.levenshtein(localSurname, surname) <= 1) {
                Optional<String> evidence = surnameEvidence(local, candidate, context);
                if (evidence.isPresent()) {
                    return new Match(candidate, "surname_variant", "'" + local.name() + "' is one letter from '"
                            + surname + "' (" + candidate.name() + "), and " + evidence.get());
                }
            }
        }
        return null;
    }

    private Optional<String> surnameEvidence(LocalActor local, Actor candidate, Set<String> context) {
        for (org.sitrep.model.actor.Role role : candidate.roles()) {
            if (role.of() != null && context.contains(TextFold.name(role.of()))) {
                return Optional.of("the document also names " + role.of() + ", where " + candidate.name()
                        + " was " + role.role());
            }
        }
        Set<String> candidateTitles = new java.util.HashSet<>();
        for (String alias : candidate.aliases()) {
            List<String> words = TextFold.nameWords(alias);
            if (words.size() > 1 && dictionary.isTitle(words.get(0))) {
                candidateTitles.add(words.get(0));
            }
        }
        for (String form : local.surfaceForms()) {
            List<String> words = TextFold.nameWords(form);
            if (words.size() > 1 && candidateTitles.contains(words.get(0))) {
                return Optional.of("both are called '" + words.get(0) + "'");
            }
        }
        return Optional.empty();
    }

    private static boolean similarSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int distance = EditDistance.levenshtein(a, b);
        return distance <= (Math.min(a.length(), b.length()) >= 6 ? 2 : 1)
                && EditDistance.jaroWinkler(a, b) >= SURNAME_SIMILARITY;
    }

    /** Names of the same length that differ in one long word, spelt alike ("Azaouad", "Azawad"). */
    private static Match organisationVariant(LocalActor local, Actor candidate) {
        if (Names.isAcronym(local.name())) {
            return null;
        }
        List<String> localWords = TextFold.nameWords(local.name());
        if (localWords.size() < 3) {
            return null;
        }
        for (String alias : candidate.aliases()) {
            List<String> words = TextFold.nameWords(alias);
            if (words.size() != localWords.size()) {
                continue;
            }
            int differing = 0;
            String pair = null;
            for (int i = 0; i < words.size() && differing <= 1; i++) {
                if (!words.get(i).equals(localWords.get(i))) {
                    differing++;
                    boolean alike = words.get(i).length() >= 5
                            && EditDistance.jaroWinkler(words.get(i), localWords.get(i)) >= ORG_WORD_SIMILARITY;
                    pair = alike ? localWords.get(i) + "/" + words.get(i) : null;
                }
            }
            if (differing == 1 && pair != null) {
                return new Match(candidate, "spelling_variant", "'" + local.name() + "' and '" + alias
                        + "' differ only in the spelling " + pair);
            }
        }
        return null;
    }

    private static Actor withForms(Actor actor, List<String> forms) {
        Set<String> aliases = new LinkedHashSet<>(actor.aliases());
        Set<String> normalised = new LinkedHashSet<>();
        aliases.forEach(alias -> normalised.add(alias.toLowerCase(Locale.ROOT)));
        for (String form : forms) {
            if (normalised.add(form.toLowerCase(Locale.ROOT))) {
                aliases.add(form);
            }
        }
        return actor.withAliases(new ArrayList<>(aliases));
    }

    private Actor newActor(LocalActor local, Set<String> takenIds) {
        String base = "actor-" + slug(local.name());
        String id = base;
        for (int n = 2; takenIds.contains(id); n++) {
            id = base + "-" + n;
        }
        String country = local.kind() == ActorKind.STATE ? dictionary.countryCode(local.name()).orElse(null) : null;
        String sector = local.kind() == ActorKind.STATE ? "GOV" : null;
        return new Actor(id, local.name(), local.kind(), country, sector, null, List.of(local.name()), List.of(),
                false);
    }

    private static int firstSentence(LocalActor local, List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.actorKey().equals(local.key())).mapToInt(ActorMention::sentence)
                .min().orElse(-1);
    }

    static String slug(String name) {
        String slug = TextFold.name(name).replace(' ', '-');
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
