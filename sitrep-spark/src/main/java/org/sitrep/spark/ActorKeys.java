package org.sitrep.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActor;
import org.sitrep.model.text.TextFold;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.pipeline.LocalActor;

/**
 * Blocking keys for linking actors across documents: folded name keys such that whenever {@code ActorLinker}
 * could tie a document's actor to a known one (dictionary id, same country, same folded name or acronym, a
 * spelling variant of a person's or an organisation's name, or a new actor's id taken by an earlier one), the
 * two share a key. Actors that share no key, directly or through others, cannot affect each other's linking,
 * so each connected group is linked on its own, in ingest order, with the result a serial ingest gives.
 * The keys may group more than needed (a shared given name, a surname one letter off), never less.
 */
final class ActorKeys {
    private final ActorDictionary dictionary;

    ActorKeys(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Set<String> of(LocalActor local) {
        List<String> names = new ArrayList<>();
        names.add(local.name());
        names.addAll(local.surfaceForms());
        Set<String> keys = forNames(local.kind(), local.name(), names);
        keys.add("id|" + baseId("actor-" + slug(local.name())));
        if (local.dictionaryId() != null) {
            keys.add("d|" + local.dictionaryId());
        }
        if (local.kind() == ActorKind.STATE) {
            dictionary.countryCode(local.name()).ifPresent(code -> keys.add("s|" + code));
        }
        return keys;
    }

    Set<String> of(DictionaryActor entry) {
        var actor = entry.toActor();
        List<String> names = new ArrayList<>();
        names.add(actor.name());
        names.addAll(actor.aliases());
        Set<String> keys = forNames(actor.kind(), actor.name(), names);
        keys.add("id|" + baseId(actor.id()));
        keys.add("d|" + actor.id());
        if (actor.kind() == ActorKind.STATE && actor.country() != null) {
            keys.add("s|" + actor.country());
        }
        return keys;
    }

    private Set<String> forNames(ActorKind kind, String name, List<String> names) {
        boolean person = kind == ActorKind.PERSON;
        String group = person ? "P" : "O";
        Set<String> keys = new LinkedHashSet<>();
        for (String form : names) {
            String folded = TextFold.name(form);
            if (folded.isEmpty()) {
                continue;
            }
            // The linker compares every non-generic form, and a known actor's name even when generic.
            if ((form.equals(name) || !dictionary.isGeneric(form)) && !(person && !folded.contains(" "))) {
                keys.add(group + "n|" + folded);
            }
            if (person) {
                personKeys(form, keys);
            } else {
                organisationKeys(folded, keys);
            }
        }
        return keys;
    }

    /**
     * Same given names and a surname at most two letters off (so lengths within two), or a lone surname one
     * letter off: a shared given name with a near length, or a shared one-deletion form of the surname.
     */
    private void personKeys(String form, Set<String> keys) {
        List<String> words = dictionary.personWords(form);
        if (words.isEmpty()) {
            return;
        }
        String surname = words.get(words.size() - 1);
        for (String given : words.subList(0, words.size() - 1)) {
            for (int length = surname.length() - 1; length <= surname.length() + 1; length++) {
                keys.add("pg|" + given + "|" + length);
            }
        }
        if (surname.length() >= 4) {
            keys.add("pd|" + surname);
            for (int i = 0; i < surname.length(); i++) {
                keys.add("pd|" + surname.substring(0, i) + surname.substring(i + 1));
            }
        }
    }

    /** Names of three or more words that differ in one word share that name with the word blanked. */
    private static void organisationKeys(String folded, Set<String> keys) {
        String[] words = folded.split(" ");
        if (words.length < 3) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            String[] blanked = words.clone();
            blanked[i] = "*";
            keys.add("ov|" + String.join(" ", blanked));
        }
    }

    /** A new actor's id is its slug, numbered when taken: "actor-x", "actor-x-2" share "actor-x". */
    private static String baseId(String id) {
        return id.replaceFirst("-\\d+$", "");
    }

    private static String slug(String name) {
        String slug = TextFold.name(name).replace(' ', '-');
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
