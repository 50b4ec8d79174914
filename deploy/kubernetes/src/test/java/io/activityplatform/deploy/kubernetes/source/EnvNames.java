package io.activityplatform.deploy.kubernetes.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Quarkus' (SmallRye Config's) mapping from property names to environment variables: upper case, and
 * every character other than a letter or digit becomes '_' ({@code kafka.bootstrap.servers} is
 * {@code KAFKA_BOOTSTRAP_SERVERS}; a quoted map key {@code a."k".b} is {@code A__K__B}).
 */
public final class EnvNames {

    private EnvNames() {
    }

    public static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * A pattern matching the environment variables of a property pattern, where a {@code *} segment
     * stands for a map key (letters, digits and '_', which covers the quoted form too).
     */
    public static Pattern envPattern(String propertyPattern) {
        StringBuilder regex = new StringBuilder();
        String[] segments = propertyPattern.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                regex.append('_');
            }
            regex.append(segments[i].equals("*") ? "[A-Z0-9_]+" : Pattern.quote(toEnv(segments[i])));
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether {@code property} is an instance of {@code propertyPattern} ({@code *} = one map key). */
    public static boolean matchesProperty(String propertyPattern, String property) {
        String regex = Pattern.quote(propertyPattern).replace("*", "\\E(?:\"[^\"]+\"|[^.]+)\\Q");
        return Pattern.matches(regex, property);
    }
}
