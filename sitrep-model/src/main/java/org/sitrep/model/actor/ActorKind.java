package org.sitrep.model.actor;

/** Actor kinds exactly as EXPORT.md names them. */
public enum ActorKind {
    PERSON, STATE, IGO, ARMED_GROUP, MILITARY_UNIT, GOVERNMENT_BODY, PARTY, MOVEMENT, ORG
}
