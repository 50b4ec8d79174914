package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.messages.landscape.bpickle.Encoded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exchange answer dict: always {@code server-api}, {@code server-uuid} and {@code messages}. */
public final class Answers {

    /** The message API this server speaks; the client moves up to it from its first 3.2 exchange. */
    public static final Bytes SERVER_API = Bytes.ascii("3.3");

    /** Constant: the client resynchronises all its state whenever the server uuid changes. */
    public static final Bytes SERVER_UUID = Bytes.ascii("activity-platform-message-system");

    private Answers() {
    }

    /**
     * @param messages             server messages: maps, or {@link Encoded} stored ones
     * @param nextExpectedSequence omitted when null (the client then assumes all its messages arrived)
     * @param nextExchangeToken    omitted when null (the client then sends no token next time)
     * @param clientTypesHash      omitted when null (the client then re-sends its type list)
     */
    public static Map<String, Object> answer(List<?> messages, Long nextExpectedSequence, String nextExchangeToken,
            Bytes clientTypesHash) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("server-api", SERVER_API);
        answer.put("server-uuid", SERVER_UUID);
        answer.put("messages", messages);
        if (nextExpectedSequence != null) {
            answer.put("next-expected-sequence", nextExpectedSequence);
        }
        if (nextExchangeToken != null) {
            answer.put("next-exchange-token", Bytes.ascii(nextExchangeToken));
        }
        if (clientTypesHash != null) {
            answer.put("client-accepted-types-hash", clientTypesHash);
        }
        return answer;
    }

    /** The answer to a client without a (valid) id: register, after forgetting the old id if told to. */
    public static Map<String, Object> unregistered(LandscapeRequest request, Map<String, Object> first) {
        List<Object> messages = new java.util.ArrayList<>();
        if (first != null) {
            messages.add(first);
        }
        if (!ControlMessages.typesHash(ControlMessages.UNREGISTERED_TYPES).equals(request.acceptedTypesHash())) {
            messages.add(ControlMessages.acceptedTypes(ControlMessages.UNREGISTERED_TYPES));
        }
        return answer(messages, null, null, null);
    }
}
