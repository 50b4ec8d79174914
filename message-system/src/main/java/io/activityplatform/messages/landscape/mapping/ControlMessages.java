package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.messages.landscape.bpickle.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server messages of the Landscape protocol itself (not activities): registration answers, the
 * accepted-types negotiation and intervals. Type names are text, ids and hashes bytes, as the client expects.
 */
public final class ControlMessages {

    /** Before registration the client may send only this. */
    public static final List<String> UNREGISTERED_TYPES = List.of("register");

    /**
     * What a registered client may send: everything it sends on its own and the operation answers; not
     * {@code register} (the client then reports itself as registered) nor the package-database messages
     * (they need a package hash database this server does not keep).
     */
    public static final List<String> REGISTERED_TYPES = List.of("active-process-info", "apt-preferences",
            "cloud-init", "computer-info", "computer-tags", "cpu-usage", "custom-graph", "distribution-info",
            "fde-recovery-key", "free-space", "hardware-info", "livepatch", "load-average", "memory-info",
            "mount-info", "network-activity", "network-device", "operation-result", "processor-info",
            "reboot-required-info", "resynchronize", "snaps", "swift-usage", "temperature", "ubuntu-pro-info",
            "ubuntu-pro-reboot-required", "update-manager-info", "users");

    /** The client ignores intervals below about 10 seconds or misbehaves with them. */
    public static final long MIN_INTERVAL_SECONDS = 10;

    private ControlMessages() {
    }

    /** md5 of the sorted names joined by ';', as the client computes it for both type lists. */
    public static Bytes typesHash(List<String> types) {
        List<String> sorted = new ArrayList<>(types);
        sorted.sort(null);
        try {
            return new Bytes(MessageDigest.getInstance("MD5")
                    .digest(String.join(";", sorted).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }

    public static Map<String, Object> acceptedTypes(List<String> types) {
        List<String> sorted = new ArrayList<>(types);
        sorted.sort(null);
        return message("accepted-types", "types", sorted);
    }

    public static Map<String, Object> setId(String secureId, long insecureId) {
        Map<String, Object> m = message("set-id", "id", Bytes.ascii(secureId));
        m.put("insecure-id", insecureId);
        return m;
    }

    /** The client's only registration failure it reports as "invalid account name or registration key". */
    public static Map<String, Object> unknownAccount() {
        return message("registration", "info", "unknown-account");
    }

    /** Makes the client forget its ids and register again; {@code cloneOf} marks it as a copy of that computer. */
    public static Map<String, Object> unknownId(String cloneOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "unknown-id");
        if (cloneOf != null) {
            m.put("clone-of", cloneOf);
        }
        return m;
    }

    public static Map<String, Object> setIntervals(Duration exchange, Duration urgent, Duration ping) {
        Map<String, Object> m = message("set-intervals", "exchange", seconds(exchange));
        m.put("urgent-exchange", seconds(urgent));
        m.put("ping", seconds(ping));
        return m;
    }

    /** The intervals as stored to notice a change ("exchange/urgent/ping" seconds, after the floor). */
    public static String intervalsKey(Duration exchange, Duration urgent, Duration ping) {
        return seconds(exchange) + "/" + seconds(urgent) + "/" + seconds(ping);
    }

    private static long seconds(Duration d) {
        return Math.max(MIN_INTERVAL_SECONDS, d.toSeconds());
    }

    private static Map<String, Object> message(String type, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put(key, value);
        return m;
    }
}
