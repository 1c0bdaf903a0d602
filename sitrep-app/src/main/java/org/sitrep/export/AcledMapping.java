package org.sitrep.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.time.DatePrecision;

/**
 * The rules that turn an event into ACLED's categories: crisis class to disorder type, event type and
 * sub-event type, actors to inter codes, date precision to time precision. docs/acled-mapping.md gives the
 * same rules as tables; keep the two in step. Stateless.
 */
public final class AcledMapping {
    public static final String POLITICAL_VIOLENCE = "Political violence";
    public static final String DEMONSTRATIONS = "Demonstrations";
    public static final String STRATEGIC_DEVELOPMENTS = "Strategic developments";

    /** ACLED's inter codes. */
    public static final int STATE_FORCES = 1;
    public static final int REBEL_GROUPS = 2;
    public static final int POLITICAL_MILITIAS = 3;
    public static final int IDENTITY_MILITIAS = 4;
    public static final int RIOTERS = 5;
    public static final int PROTESTERS = 6;
    public static final int CIVILIANS = 7;
    public static final int EXTERNAL_OTHER_FORCES = 8;

    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    private static final Set<String> INTERNATIONAL_CODES = Set.of("IGO", "UNO", "EUR");
    private static final List<String> CIVILIAN_WORDS = List.of("civilian", "villager", "resident", "inhabitant",
            "people", "women", "children", "farmer", "herder", "worker", "passenger", "student", "journalist");
    private static final List<String> PROTESTER_WORDS = List.of("protester", "protestor", "demonstrator", "marcher");
    private static final List<String> RIOTER_WORDS = List.of("rioter", "mob");
    private static final List<String> STATE_WORDS = List.of("soldier", "troops", "army", "police", "gendarme",
            "security forces");

    private AcledMapping() {
    }

    /** ACLED's disorder type, event type and sub-event type of one event. */
    public record Category(String disorderType, String eventType, String subEventType) {
    }

    /**
     * The ACLED category of an event: from its crisis class, refined by its PLOVER modes (weapon, riot) and by
     * who acts on whom (state forces retaking a town, civilians as the target of a killing).
     */
    public static Category category(Event event, List<Integer> sourceInters, List<Integer> targetInters) {
        List<String> modes = event.plover() == null ? List.of() : event.plover().modes();
        String ploverEvent = event.plover() == null ? null : event.plover().event();
        CrisisClass crisisClass = event.crisisClass();
        return switch (crisisClass) {
            case ATTACK -> remoteViolence(modes).orElse(battle("Armed clash"));
            case KILL -> targetInters.contains(CIVILIANS)
                    ? civilianViolence("Attack") : remoteViolence(modes).orElse(battle("Armed clash"));
            case KIDNAP -> civilianViolence("Abduction/forced disappearance");
            case SEIZE_TERRITORY -> sourceInters.contains(STATE_FORCES)
                    ? battle("Government regains territory") : battle("Non-state actor overtakes territory");
            case COUP_ATTEMPT -> "ASSAULT".equals(ploverEvent) ? battle("Armed clash") : strategic("Other");
            case PROTEST -> modes.contains("riot")
                    ? new Category(DEMONSTRATIONS, "Riots", "Violent demonstration")
                    : new Category(DEMONSTRATIONS, "Protests", "Peaceful protest");
            case LOOT -> strategic("Looting/property destruction");
            case ARREST -> strategic("Arrests");
            case AGREEMENT -> strategic("Agreement");
            case RETREAT_TERRITORY -> strategic("Non-violent transfer of territory");
            case MUTINY -> strategic("Change to group/activity");
            case COUP, APPOINT, RESIGN, DISSOLVE, FLEE, DISPLACEMENT, DEPLOY, CONDEMN, SANCTION, SUSPEND_MEMBERSHIP,
                    AID_SUSPEND, BORDER_CLOSE, MEDIATE, THREATEN, DEMAND, AID, ELECTION, OTHER -> strategic("Other");
        };
    }

    /**
     * ACLED's inter code for one participant, or null when nothing tells.
     *
     * @param actor the resolved actor, empty when the words name no known actor
     * @param entityText the words the text used, read only when the actor is not known
     * @param protestSource true when the participant is a source of a PROTEST event
     * @param riot true when that protest is coded as a riot
     */
    public static Integer inter(Optional<Actor> actor, String entityText, boolean protestSource, boolean riot) {
        if (actor.isPresent()) {
            Actor known = actor.get();
            String sector = known.sector() == null ? "" : known.sector();
            String country = known.country() == null ? "" : known.country();
            if (known.kind() == ActorKind.IGO || INTERNATIONAL_CODES.contains(country)) {
                return EXTERNAL_OTHER_FORCES;
            }
            if (known.kind() == ActorKind.STATE || known.kind() == ActorKind.GOVERNMENT_BODY
                    || known.kind() == ActorKind.MILITARY_UNIT || STATE_SECTORS.contains(sector)) {
                return STATE_FORCES;
            }
            if ("REB".equals(sector)) {
                return REBEL_GROUPS;
            }
            if ("UAF".equals(sector)) {
                return POLITICAL_MILITIAS;
            }
            if (known.kind() == ActorKind.ARMED_GROUP) {
                return REBEL_GROUPS;
            }
            if (protestSource) {
                return riot ? RIOTERS : PROTESTERS;
            }
            return CIVILIANS;
        }
        String words = entityText == null ? "" : entityText.toLowerCase(Locale.ROOT);
        if (containsAny(words, RIOTER_WORDS)) {
            return RIOTERS;
        }
        if (containsAny(words, PROTESTER_WORDS)) {
            return PROTESTERS;
        }
        if (containsAny(words, STATE_WORDS)) {
            return STATE_FORCES;
        }
        if (protestSource) {
            return riot ? RIOTERS : PROTESTERS;
        }
        if (containsAny(words, CIVILIAN_WORDS)) {
            return CIVILIANS;
        }
        return null;
    }

    /** ACLED's two-digit interaction: both inter codes, the lower first; one code times ten; else null. */
    public static Integer interaction(Integer inter1, Integer inter2) {
        if (inter1 != null && inter2 != null) {
            return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
        }
        Integer only = inter1 != null ? inter1 : inter2;
        return only == null ? null : only * 10;
    }

    /** 1 day, 2 week, 3 month or coarser. */
    public static int timePrecision(DatePrecision precision) {
        return switch (precision) {
            case DAY, DAYS -> 1;
            case WEEK -> 2;
            case MONTH, SEASON, YEAR, UNKNOWN -> 3;
        };
    }

    /** 1 town or finer, 2 district (near a town or small area), 3 province, region or country; null unresolved. */
    public static Integer geoPrecision(Integer resolution) {
        if (resolution == null) {
            return null;
        }
        if (resolution >= 4) {
            return 1;
        }
        return resolution == 3 ? 2 : 3;
    }

    private static boolean containsAny(String words, List<String> needles) {
        return needles.stream().anyMatch(words::contains);
    }

    private static Optional<Category> remoteViolence(List<String> modes) {
        String sub = null;
        if (modes.contains("aerial") || modes.contains("drone")) {
            sub = "Air/drone strike";
        } else if (modes.contains("suicide-attack")) {
            sub = "Suicide bomb";
        } else if (modes.contains("heavy-weapons")) {
            sub = "Shelling/artillery/missile attack";
        } else if (modes.contains("explosives")) {
            sub = "Remote explosive/landmine/IED";
        }
        return Optional.ofNullable(sub).map(s -> new Category(POLITICAL_VIOLENCE, "Explosions/Remote violence", s));
    }

    private static Category battle(String sub) {
        return new Category(POLITICAL_VIOLENCE, "Battles", sub);
    }

    private static Category civilianViolence(String sub) {
        return new Category(POLITICAL_VIOLENCE, "Violence against civilians", sub);
    }

    private static Category strategic(String sub) {
        return new Category(STRATEGIC_DEVELOPMENTS, "Strategic developments", sub);
    }
}
