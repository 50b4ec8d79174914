package io.activityplatform.api.console.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.status.ActivityKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One activity type: its wire name, kind and the schema of its parameters. */
@Schema(name = "ActivityType")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityTypeDescription(
        @Schema(examples = "ExecuteScriptRequest") String name,
        @Schema(description = "CLIENT types run on computers (computerId or computerIds required); SERVER types "
                + "run in the job-handler") ActivityKind kind,
        String description,
        List<FieldDescription> parameters,
        @Schema(description = "Groups of parameters of which at least one must be given") List<List<String>>
                atLeastOneOf) {

    /** One parameter; constraint members are absent when the field has no such constraint. */
    @Schema(name = "ParameterFieldDescription")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldDescription(
            String name,
            @Schema(description = "STRING, INTEGER, BOOLEAN, ENUM, STRING_LIST, STRING_MAP, OBJECT, OBJECT_LIST")
            String type,
            @Schema(description = "The JSON shape in words") String json,
            boolean required,
            String description,
            @Schema(description = "Smallest integer allowed") Long minimum,
            @Schema(description = "Largest integer allowed") Long maximum,
            @Schema(description = "Fewest characters, elements or entries") Integer minSize,
            @Schema(description = "Most characters, elements or entries") Integer maxSize,
            @Schema(description = "The allowed values (of the value or of every element)") List<String> oneOf,
            @Schema(description = "Regular expression the whole value (every element) must match") String pattern,
            String patternDescription,
            String example,
            boolean notBlank,
            @Schema(description = "Fields of an OBJECT or of each OBJECT_LIST element") List<FieldDescription>
                    fields,
            List<List<String>> atLeastOneOf) {
    }
}
