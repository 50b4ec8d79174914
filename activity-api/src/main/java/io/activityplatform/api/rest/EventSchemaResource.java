package io.activityplatform.api.rest;

import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.events.codec.EventSchemas;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The machine-readable event contract (JSON Schemas and the AsyncAPI document of common-events), served
 * so a consumer outside the JVM can fetch what {@code ce_dataschema} names. Role: public, the event contract
 * is no secret and a consumer may have no API account.
 */
@Path("/schemas/events/v1")
@PermitAll
@Tag(name = "Event contract", description = "JSON Schemas and AsyncAPI document of the Kafka events")
public class EventSchemaResource {

    @GET
    @Path("/{file}")
    @Operation(summary = "One published contract file: <eventType>.json, common.json or asyncapi.yaml")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such contract file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response file(@PathParam("file") String file) {
        try (InputStream in = EventSchemas.open(file).orElseThrow(
                () -> ProblemException.notFound("no contract file '" + file + "'; files: " + EventSchemas.files()))) {
            String type = file.endsWith(".yaml") ? "application/yaml" : "application/schema+json";
            return Response.ok(in.readAllBytes(), type).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
