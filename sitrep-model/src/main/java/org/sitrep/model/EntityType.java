package org.sitrep.model;

/** Coarse entity types sitrep keeps from NER and its own dictionaries. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC, DATE, NUMBER;

    /** Maps a CoreNLP or dictionary tag to a type, or null for tags sitrep does not keep. */
    public static EntityType fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC", "NATIONALITY" -> MISC;
            case "DATE", "TIME", "DURATION", "SET" -> DATE;
            case "NUMBER", "MONEY", "PERCENT", "ORDINAL" -> NUMBER;
            default -> null;
        };
    }
}
