package io.activityplatform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.EventSchemas;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Java records and the published schemas describe the same fields: a record component added without
 * its schema property (or a property without its component) fails here, naming both. To add a field,
 * add the component and the property in the schema named in the message.
 */
class SchemaRecordAlignmentTest {

    /** Fields the codec adds to every event beside the record's components. */
    private static final Set<String> ENVELOPE = Set.of("eventType", "schemaVersion");

    /** Every record on the wire and where its schema is: an event schema file, or a shared definition. */
    static final Map<Class<? extends Record>, String> SCHEMA_OF = new LinkedHashMap<>();

    static {
        SCHEMA_OF.put(ActivityCreated.class, "activity.created.json");
        SCHEMA_OF.put(StatusChanged.class, "activity.status-changed.json");
        SCHEMA_OF.put(ProgressReported.class, "activity.progress-reported.json");
        SCHEMA_OF.put(ResultRecorded.class, "activity.result-recorded.json");
        SCHEMA_OF.put(ActivityArchived.class, "activity.archived.json");
        SCHEMA_OF.put(ComputerEvent.Registered.class, "computer.registered.json");
        SCHEMA_OF.put(ComputerEvent.Accepted.class, "computer.accepted.json");
        SCHEMA_OF.put(ComputerEvent.Removed.class, "computer.removed.json");
        SCHEMA_OF.put(ActivityDefinition.class, "common.json#activityDefinition");
        SCHEMA_OF.put(Actor.class, "common.json#actor");
        SCHEMA_OF.put(ActivityResult.class, "common.json#activityResult");
        SCHEMA_OF.put(ActivityResult.Artifact.class, "common.json#artifact");
        SCHEMA_OF.put(ActivityError.class, "common.json#activityError");
        SCHEMA_OF.put(WaitCondition.class, "common.json#waitCondition");
        SCHEMA_OF.put(RetryPolicy.class, "common.json#retryPolicy");
    }

    @Test
    void everyRecordComponentIsASchemaPropertyAndTheReverse() {
        SCHEMA_OF.forEach((type, location) -> assertThat(mismatch(type, location))
                .as("record %s vs schema %s", type.getName(), location).isEmpty());
    }

    @Test
    void everyRecordReachableFromAnEventHasASchema() {
        Set<Class<?>> reachable = new HashSet<>();
        SCHEMA_OF.keySet().stream().filter(t -> !SCHEMA_OF.get(t).startsWith(EventSchemas.COMMON))
                .forEach(t -> collectRecords(t, reachable));
        assertThat(new HashSet<Class<?>>(SCHEMA_OF.keySet())).as("records that travel in events and need a schema entry")
                .containsAll(reachable);
    }

    @Test
    void aComponentAddedWithoutTheSchemaIsNamed() {
        record ActivityArchivedWithExtra(java.util.UUID eventId, java.util.UUID activityId,
                java.time.Instant occurredAt, Actor actor, String source, String archive, String accountId) {
        }
        assertThat(mismatch(ActivityArchivedWithExtra.class, "activity.archived.json"))
                .containsExactly("accountId: a record component without a schema property");
    }

    @Test
    void aSchemaPropertyWithoutAComponentIsNamed() {
        record ArchivedWithoutArchive(java.util.UUID eventId, java.util.UUID activityId,
                java.time.Instant occurredAt, Actor actor, String source) {
        }
        assertThat(mismatch(ArchivedWithoutArchive.class, "activity.archived.json"))
                .containsExactly("archive: a schema property without a record component");
    }

    /** The differences between a record's components and its schema's properties, one line per field. */
    static Set<String> mismatch(Class<? extends Record> type, String location) {
        Set<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).toList());
        if (!location.startsWith(EventSchemas.COMMON)) {
            components.addAll(ENVELOPE);
        }
        Set<String> properties = new TreeSet<>();
        schemaAt(location).path("properties").propertyNames().forEach(properties::add);
        Set<String> problems = new TreeSet<>();
        components.stream().filter(c -> !properties.contains(c))
                .forEach(c -> problems.add(c + ": a record component without a schema property"));
        properties.stream().filter(p -> !components.contains(p))
                .forEach(p -> problems.add(p + ": a schema property without a record component"));
        return problems;
    }

    private static JsonNode schemaAt(String location) {
        int hash = location.indexOf('#');
        if (hash < 0) {
            return Schemas.file(location);
        }
        JsonNode definition = Schemas.file(location.substring(0, hash)).path("$defs").path(location.substring(hash + 1));
        assertThat(definition.isMissingNode()).as("definition %s exists", location).isFalse();
        return definition;
    }

    private static void collectRecords(Class<?> type, Set<Class<?>> found) {
        for (RecordComponent component : type.getRecordComponents()) {
            for (Class<?> used : classesIn(component.getGenericType())) {
                if (used.isRecord() && found.add(used)) {
                    collectRecords(used, found);
                }
            }
        }
    }

    private static Set<Class<?>> classesIn(Type type) {
        Set<Class<?>> classes = new HashSet<>();
        if (type instanceof Class<?> c) {
            classes.add(c);
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(classesIn(p.getRawType()));
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> classes.addAll(classesIn(a)));
        }
        return classes;
    }
}
