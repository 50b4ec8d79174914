package io.activityplatform.service.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.activityplatform.events.codec.LegalText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies of every service refuse illegal text while they are read: each JSON string (map values
 * and typed map keys included) that becomes a Java string must be legal (docs/events.md, "Legal values"),
 * or the request fails with a 400 naming the field's path ({@link ProblemMappers#unreadableJson}). A field
 * whose text the service makes legal itself (agent output) opts out with {@link AnyText}.
 */
@Singleton
public class LegalTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("legal-text");
        module.addDeserializer(String.class, new LegalString());
        module.addKeyDeserializer(String.class, new LegalKey());
        mapper.registerModule(module);
    }

    /** A string that must be legal text. */
    public static final class LegalString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String why = LegalText.describe(value);
            if (why != null) {
                throw JsonMappingException.from(p, why);
            }
            return value;
        }
    }

    static final class LegalKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            String why = LegalText.describe(key);
            if (why != null) {
                throw JsonMappingException.from(ctxt, "key " + why);
            }
            return key;
        }
    }

    /**
     * For a field whose text may be anything, because the service makes it legal deterministically before it
     * becomes an event (agent output and results): {@code @JsonDeserialize(using = LegalTextModule.AnyText.class)}.
     */
    public static final class AnyText extends StringDeserializer {
    }
}
