package org.sitrep.model.actor;

import java.util.List;
import java.util.Objects;

/**
 * An actor of the situation picture.
 *
 * @param id stable identifier: the dictionary key for curated actors, a generated one for discovered ones
 * @param aliases every name reports use for it, the canonical name included
 * @param country ISO 3166 alpha-3 code, or a PLOVER non-state code (IGO, UNO, ...), or null
 * @param sector PLOVER sector code (GOV, MIL, REB, ...), or null
 * @param curated true when the actor comes from the actor dictionary rather than from the reports alone
 */
public record Actor(String id, String name, ActorKind kind, String country, String sector, String wikidataId,
                    List<String> aliases, List<Role> roles, boolean curated) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    public Actor withAliases(List<String> newAliases) {
        return new Actor(id, name, kind, country, sector, wikidataId, newAliases, roles, curated);
    }
}
