package io.activityplatform.api.console.rest;

import io.activityplatform.api.console.config.ConsoleConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /console/config.json}: what the web console needs to know before signing in (so it is public, like
 * the console's static files, and holds nothing secret).
 */
@PermitAll // the console needs its settings before anyone signs in; they hold no secret
@Path("/console/config.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console", description = "The web console's settings")
public class ConsoleConfigResource {

    /** The console's settings as the browser reads them. */
    public record ConsoleSettings(String messageSystemUrl) {
    }

    private final ConsoleSettings settings;

    public ConsoleConfigResource(ConsoleConfig config) {
        this.settings = new ConsoleSettings(config.messageSystemUrl().map(ConsoleConfigResource::trimSlash)
                .orElse(null));
    }

    @GET
    @Operation(summary = "The console's settings (public: nothing secret)")
    public ConsoleSettings get() {
        return settings;
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
