package org.sitrep.spark;

import org.sitrep.app.CodedDocument;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.pipeline.LocalActor;

/**
 * The model's records as JSON between the job's stages and in its cache. The records are not
 * {@link java.io.Serializable} (the model depends on the JDK only), so Spark moves them as strings. Only record
 * components are written (fields, not helper methods such as {@code Document.title()}), so a record reads back
 * equal to what was written.
 */
final class Codec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);

    static final TypeReference<List<Event>> EVENTS = new TypeReference<>() { };
    static final TypeReference<List<LocalActor>> LOCAL_ACTORS = new TypeReference<>() { };
    static final TypeReference<List<ActorMention>> ACTOR_MENTIONS = new TypeReference<>() { };

    private Codec() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getType() + " from JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static CodedDocument coded(String json) {
        return read(json, CodedDocument.class);
    }

    static Event event(String json) {
        return read(json, Event.class);
    }

    static Actor actor(String json) {
        return read(json, Actor.class);
    }
}
