package io.activityplatform.messages.landscape.support;

import io.activityplatform.messages.landscape.bpickle.BpickleLimits;
import io.activityplatform.messages.landscape.bpickle.BpickleReader;
import io.activityplatform.messages.landscape.bpickle.BpickleWriter;
import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.messages.landscape.mapping.ControlMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java stand-in for the stock landscape-client broker, written from its source and the captures: the same
 * headers in the same order, the same payload fields and types, the same numbering (its message sequence,
 * its count of received server messages), held messages until their type is accepted, the exchange token
 * handed back, and real script execution with the client's status and result codes.
 */
public final class StockClient {

    /** What the client with the ScriptExecution plugin handles (captured). */
    public static final List<String> CLIENT_TYPES = List.of("accepted-types", "add-group", "add-group-member",
            "add-user", "apt-sources-replace", "attach-pro", "change-package-locks", "change-packages",
            "custom-graph-add", "custom-graph-remove", "detach-pro", "edit-group", "edit-user", "execute-script",
            "fde-recovery-key", "hold-snaps", "install-snaps", "lock-user", "package-ids", "refresh-snaps",
            "registration", "release-upgrade", "remove-group", "remove-group-member", "remove-snaps", "remove-user",
            "restart-snap-service", "restart-snap-service-batch", "resynchronize", "set-id", "set-intervals",
            "set-snap-config", "signal-process", "start-snap-service", "start-snap-service-batch",
            "stop-snap-service", "stop-snap-service-batch", "unhold-snaps", "unknown-id", "unlock-user");

    public static final String USER_AGENT = "landscape-client/26.08~beta.4-0landscape0";

    private final String host;
    private final int port;
    private final String account;
    private final String key;
    private final String title;
    private final List<String> clientTypes;

    public String secureId;
    public Long insecureId;
    public String token;
    public long sequence;
    public long serverSequence;
    public String serverApi = "3.2";
    public List<String> acceptedTypes = List.of();
    public Bytes clientTypesHash;
    public String registrationInfo;
    public String cloneOf;
    public Map<Object, Object> intervals;
    public final List<Map<Object, Object>> received = new ArrayList<>();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final List<Map<String, Object>> held = new ArrayList<>();
    private boolean registerQueued;

    public StockClient(String host, int port, String account, String key, String title, List<String> clientTypes) {
        this.host = host;
        this.port = port;
        this.account = account;
        this.key = key;
        this.title = title;
        this.clientTypes = clientTypes;
    }

    /** {@code landscape-config --silent}: one bare register request, underscore spellings, machine_id. */
    public Map<Object, Object> registerLikeLandscapeConfig() throws IOException {
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("access_group", "");
        register.put("account_name", account);
        register.put("computer_title", title);
        register.put("container_info", "");
        register.put("hostname", "vm");
        register.put("machine_id", "5923867a-0025-546e-a90a-69220ddce45e");
        register.put("registration_password", key);
        register.put("type", "register");
        register.put("ubuntu_pro_info", "{}");
        register.put("vm_info", new Bytes(new byte[0]));
        Map<Object, Object> answer = decode(post("/message-system", "application/octet-stream", false, "3.3",
                BpickleWriter.write(Map.of("messages", List.of(register)))));
        for (Object m : (List<?>) answer.get("messages")) {
            Map<?, ?> message = (Map<?, ?>) m;
            if ("set-id".equals(message.get("type"))) {
                secureId = ((Bytes) message.get("id")).text();
                insecureId = (Long) message.get("insecure-id");
            } else if ("registration".equals(message.get("type"))) {
                registrationInfo = (String) message.get("info");
            }
        }
        return answer; // landscape-config keeps neither the token nor a message count
    }

    /** Queues a message as the client's plugins do; held until the server accepts its type. */
    public void send(Map<String, Object> message) {
        Map<String, Object> m = new LinkedHashMap<>(message);
        m.put("api", Bytes.ascii("3.3"));
        m.put("timestamp", System.currentTimeMillis() / 1000);
        (acceptedTypes.contains(m.get("type")) ? pending : held).add(m);
    }

    public int pendingCount() {
        return pending.size();
    }

    /** One exchange, handling the answer like the broker. */
    public Map<Object, Object> exchange() throws Exception {
        byte[] payload = payload();
        int sent = pending.size();
        Map<Object, Object> answer = decode(post("/message-system", "application/octet-stream", secureId != null,
                serverApi, payload));
        handle(answer, sent);
        return answer;
    }

    /** Sends the exchange but loses the answer on the way back: nothing changes on the client. */
    public RawHttp.Reply exchangeLosingTheAnswer() throws Exception {
        return post("/message-system", "application/octet-stream", secureId != null, serverApi, payload());
    }

    public RawHttp.Reply rawExchange(byte[] body) throws IOException {
        return post("/message-system", "application/octet-stream", secureId != null, serverApi, body);
    }

    public boolean ping() throws IOException {
        RawHttp.Reply reply = ping("insecure_id=" + insecureId);
        return (Boolean) ((Map<?, ?>) BpickleReader.read(reply.body(), BpickleLimits.EXCHANGE)).get("messages");
    }

    public RawHttp.Reply ping(String form) throws IOException {
        return post("/ping", "application/x-www-form-urlencoded", false, null,
                form.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] payload() {
        if (secureId == null && acceptedTypes.contains("register") && !registerQueued) {
            Map<String, Object> register = new LinkedHashMap<>();
            register.put("account_name", account);
            register.put("computer_title", title);
            register.put("container-info", "");
            register.put("hostname", "vm");
            register.put("registration_password", key);
            register.put("tags", null);
            register.put("type", "register");
            register.put("ubuntu_pro_info", "{}");
            register.put("vm-info", new Bytes(new byte[0]));
            send(register);
            registerQueued = true;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("server-api", Bytes.ascii(serverApi));
        payload.put("client-api", Bytes.ascii("3.8"));
        payload.put("sequence", sequence);
        payload.put("accepted-types", ControlMessages.typesHash(acceptedTypes));
        payload.put("messages", new ArrayList<>(pending));
        payload.put("total-messages", (long) pending.size());
        payload.put("next-expected-sequence", serverSequence);
        List<String> sorted = clientTypes.stream().sorted().toList();
        if (!ControlMessages.typesHash(sorted).equals(clientTypesHash)) {
            payload.put("client-accepted-types", sorted);
        }
        return BpickleWriter.write(payload);
    }

    private void handle(Map<Object, Object> answer, int sent) throws Exception {
        clientTypesHash = (Bytes) answer.get("client-accepted-types-hash");
        Long nextExpected = (Long) answer.get("next-expected-sequence");
        long expected = nextExpected != null ? nextExpected : sequence + sent;
        if (expected - sequence > pending.size()) {
            pending.clear(); // "Server asked for ancient data": jump and resynchronise
            sequence = expected;
            send(Map.of("type", "resynchronize"));
        } else if (expected > sequence) {
            pending.subList(0, (int) (expected - sequence)).clear();
            sequence = expected;
        }
        token = answer.get("next-exchange-token") instanceof Bytes b ? b.text() : null;
        if (answer.get("server-api") instanceof Bytes api && api.text().compareTo(serverApi) > 0) {
            serverApi = api.text();
        }
        for (Object m : (List<?>) answer.get("messages")) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> message = (Map<Object, Object>) m;
            received.add(message);
            handleMessage(message);
            serverSequence++;
        }
    }

    private void handleMessage(Map<Object, Object> message) throws Exception {
        switch ((String) message.get("type")) {
            case "accepted-types" -> {
                acceptedTypes = ((List<?>) message.get("types")).stream().map(String.class::cast).toList();
                List<Map<String, Object>> release = held.stream()
                        .filter(h -> acceptedTypes.contains(h.get("type"))).toList();
                held.removeAll(release);
                pending.addAll(release);
            }
            case "set-id" -> {
                secureId = ((Bytes) message.get("id")).text();
                insecureId = (Long) message.get("insecure-id");
            }
            case "registration" -> registrationInfo = (String) message.get("info");
            case "unknown-id" -> {
                secureId = null;
                insecureId = null;
                registerQueued = false;
                cloneOf = (String) message.get("clone-of");
            }
            case "set-intervals" -> intervals = message;
            case "execute-script" -> send(runScript(message));
            case "resynchronize" -> send(Map.of("type", "resynchronize", "operation-id", message.get("operation-id")));
            default -> { }
        }
    }

    /** As manager/scriptexecution.py: status 6 with the output, or 5 with 103 (non-zero exit) / 102 (time limit). */
    private static Map<String, Object> runScript(Map<Object, Object> message) throws Exception {
        Path script = Files.createTempFile("landscape-script", ".sh");
        Path output = Files.createTempFile("landscape-output", ".txt");
        try {
            Files.writeString(script, (String) message.get("code"));
            Process process = new ProcessBuilder((String) message.get("interpreter"), script.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor((Long) message.get("time-limit"), TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("type", "operation-result");
            result.put("operation-id", message.get("operation-id"));
            result.put("result-text", Files.readString(output));
            if (ended && process.exitValue() == 0) {
                result.put("status", 6L);
            } else {
                result.put("status", 5L);
                result.put("result-code", ended ? 103L : 102L);
            }
            return result;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(output);
        }
    }

    private RawHttp.Reply post(String path, String contentType, boolean withId, String messageApi, byte[] body)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        headers.put("Accept-Encoding", "gzip,deflate");
        headers.put("Content-Type", contentType);
        headers.put("User-Agent", USER_AGENT);
        if (withId) {
            headers.put("X-Computer-ID", secureId);
        }
        if (messageApi != null && token != null) {
            headers.put("X-Exchange-Token", token);
        }
        if (messageApi != null) {
            headers.put("X-Message-API", messageApi);
        }
        return RawHttp.post(host, port, path, headers, body);
    }

    private static Map<Object, Object> decode(RawHttp.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("exchange answered " + reply.status() + ": "
                    + new String(reply.body(), StandardCharsets.UTF_8));
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> answer = (Map<Object, Object>) BpickleReader.read(reply.body(), BpickleLimits.EXCHANGE);
        return answer;
    }
}
