package io.activityplatform.agent.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * How simulated agents answer, per activity type: {@code succeed}, {@code fail}, {@code slow=<ms>} (succeed
 * after a delay), {@code hang} (finish only when canceled) or {@code noisy} (print control bytes, then
 * succeed). Parsed from e.g. {@code ExecuteScriptRequest:slow=2000,RestartRequest:fail,default:succeed}. An
 * activity's own parameter {@code simulate}, or a {@value #CODE_MARKER} marker in its script {@code code}
 * (same syntax, up to the end of the line), overrides it, so a test can make one activity behave differently
 * also for types whose parameters are validated.
 */
public final class Behaviour {

    /** Marks a script's own mode, e.g. {@code printf 'a\000b'  #simulate=noisy}. */
    public static final String CODE_MARKER = "#simulate=";

    public enum Kind { SUCCEED, FAIL, SLOW, HANG, NOISY }

    public record Mode(Kind kind, long delayMillis) {

        static Mode parse(String text) {
            String[] parts = text.trim().split("=", 2);
            Kind kind = Kind.valueOf(parts[0].trim().toUpperCase());
            long delay = parts.length > 1 ? Long.parseLong(parts[1].trim()) : 0;
            return new Mode(kind, delay);
        }
    }

    private final Map<String, Mode> byType;
    private final Mode fallback;

    private Behaviour(Map<String, Mode> byType, Mode fallback) {
        this.byType = byType;
        this.fallback = fallback;
    }

    public static Behaviour parse(String spec) {
        Map<String, Mode> byType = new HashMap<>();
        Mode fallback = new Mode(Kind.SUCCEED, 0);
        if (spec != null && !spec.isBlank()) {
            for (String entry : spec.split(",")) {
                String[] typeAndMode = entry.split(":", 2);
                if (typeAndMode.length != 2) {
                    throw new IllegalArgumentException("behaviour entry '" + entry + "' is not type:mode");
                }
                Mode mode = Mode.parse(typeAndMode[1]);
                if ("default".equals(typeAndMode[0].trim())) {
                    fallback = mode;
                } else {
                    byType.put(typeAndMode[0].trim(), mode);
                }
            }
        }
        return new Behaviour(byType, fallback);
    }

    public Mode modeFor(String type, Map<String, Object> parameters) {
        Object own = parameters.get("simulate");
        if (own != null) {
            return Mode.parse(own.toString());
        }
        Object code = parameters.get("code");
        int marker = code == null ? -1 : code.toString().indexOf(CODE_MARKER);
        if (marker >= 0) {
            String rest = code.toString().substring(marker + CODE_MARKER.length());
            int end = rest.indexOf('\n');
            return Mode.parse(end < 0 ? rest : rest.substring(0, end));
        }
        return byType.getOrDefault(type, fallback);
    }
}
