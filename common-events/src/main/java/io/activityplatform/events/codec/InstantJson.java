package io.activityplatform.events.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Instants in the event and state JSON through {@link InstantText}. Only a string in the canonical form is
 * read here; every other token (numbers, other text, null) goes to jackson-datatype-jsr310's reader exactly as
 * before, so its strictness and coercion settings still decide. Registered after the {@code JavaTimeModule},
 * which it overrides for {@link Instant} only.
 */
final class InstantJson {

    private InstantJson() {
    }

    /** Reading only: for a mapper that never writes. */
    static SimpleModule reading() {
        return new SimpleModule("contract-instants-read").addDeserializer(Instant.class, new Reader());
    }

    /** Reading, and writing as text (the mapper must not write dates as timestamps). */
    static SimpleModule readingAndWriting() {
        return reading().addSerializer(Instant.class, new Writer());
    }

    static final class Reader extends StdScalarDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Instant fast = p.hasToken(JsonToken.VALUE_STRING) ? InstantText.parseCanonical(p.getText()) : null;
            // anything else, a bad date included, is read and reported by the jsr310 reader as before
            return fast != null ? fast : InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }

    static final class Writer extends StdSerializer<Instant> {

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(InstantText.format(value));
        }
    }
}
