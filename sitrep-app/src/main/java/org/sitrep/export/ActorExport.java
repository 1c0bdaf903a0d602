package org.sitrep.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.Role;
import org.sitrep.store.ActorSummary;

/** Actors exactly as EXPORT.md gives them: one object per actor, aliases with the canonical name first. */
public final class ActorExport {
    private ActorExport() {
    }

    public static Map<String, Object> toMap(ActorSummary summary) {
        Actor actor = summary.actor();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", actor.id());
        out.put("name", actor.name());
        out.put("kind", actor.kind().name());
        List<String> aliases = new ArrayList<>();
        aliases.add(actor.name());
        actor.aliases().stream().filter(alias -> !alias.equals(actor.name())).forEach(aliases::add);
        out.put("aliases", aliases);
        out.put("country", actor.country());
        out.put("sector", actor.sector());
        out.put("wikidata_id", actor.wikidataId());
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role role : actor.roles()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("role", role.role());
            item.put("of", role.of());
            item.put("from", role.from() == null ? null : role.from().toString());
            item.put("to", role.to() == null ? null : role.to().toString());
            // Roles come from the curated dictionary; roles read from reports will carry their sentences.
            item.put("evidence", List.of());
            roles.add(item);
        }
        out.put("roles", roles);
        out.put("mentions", summary.mentions());
        return out;
    }
}
