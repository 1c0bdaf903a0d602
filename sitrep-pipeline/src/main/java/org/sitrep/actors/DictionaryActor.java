package org.sitrep.actors;

import java.util.List;
import java.util.Set;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.Role;

/**
 * One entry of the curated actor dictionary.
 *
 * @param tags words that generic nominals point at ("junta", "army"); see {@code nominals.yaml}
 */
public record DictionaryActor(String id, String name, ActorKind kind, String country, String sector,
                              String wikidataId, List<String> aliases, Set<String> tags, List<Role> roles) {
    public DictionaryActor {
        aliases = List.copyOf(aliases);
        tags = Set.copyOf(tags);
        roles = List.copyOf(roles);
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        aliases.stream().filter(alias -> !alias.equals(name)).forEach(all::add);
        return all;
    }

    public Actor toActor() {
        return new Actor(id, name, kind, country, sector, wikidataId, names(), roles, true);
    }
}
