package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.messages.landscape.bpickle.Bytes;
import java.util.List;
import java.util.Map;

/**
 * One exchange payload of the client, checked for shape. Fields the client leaves out are null: its
 * registration by {@code landscape-config} sends nothing but {@code messages}.
 *
 * @param sequence             the client's sequence number of the first message
 * @param nextExpectedSequence how many server messages the client has received so far
 * @param acceptedTypesHash    md5 of the server-bound types the client was last told
 * @param clientAcceptedTypes  the types the client handles, when it thinks the server does not know them
 */
public record LandscapeRequest(Long sequence, Long nextExpectedSequence, Bytes acceptedTypesHash,
        List<String> clientAcceptedTypes, List<Map<Object, Object>> messages) {

    public LandscapeRequest {
        messages = List.copyOf(messages);
    }

    /** The first message of the type, if any. */
    public Map<Object, Object> first(String type) {
        return messages.stream().filter(m -> type.equals(Fields.text(m, "type"))).findFirst().orElse(null);
    }
}
