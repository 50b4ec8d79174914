package io.activityplatform.messages.landscape.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The captured wire data: the copies in test resources, and the complete shared folder
 * ({@code shared/landscape-captures}, found by walking up from the module) when it is there.
 */
public final class Captures {

    private Captures() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/landscape-captures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> resourceNames(String suffix) {
        return Stream.of("config-path/01-register-by-landscape-config", "config-path/02-exchange-empty",
                        "config-path/10-exchange-active-process-info",
                        "config-path/14-exchange-operation-result+active-process-info",
                        "daemon-path/01-exchange-before-registration", "daemon-path/02-register",
                        "daemon-path/04-exchange-empty", "daemon-path/11-exchange-operation-result+active-process-info",
                        "daemon-path/16-exchange-operation-result+active-process-info")
                .map(n -> n + suffix).toList();
    }

    /** The shared folder, if this checkout sits beside one. */
    public static Optional<Path> sharedFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("landscape-captures");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
