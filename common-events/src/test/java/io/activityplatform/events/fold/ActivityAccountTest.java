package io.activityplatform.events.fold;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The owning account (tenant) travels in activity.created's definition and is kept by the fold; events written
 * before tenancy carry none, still decode and fold, and leave the activity without an account.
 */
class ActivityAccountTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theAccountSurvivesEncodingAndEveryLaterEvent() {
        UUID id = UUID.randomUUID();
        ActivityCreated created = new ActivityCreated(UUID.randomUUID(), id, AT, Actor.user("alice"), "test",
                ActivityDefinition.of("ExecuteScriptRequest", "c1", Map.of("interpreter", "/bin/sh", "code", "id"),
                        "acme"), ActivityStatus.QUEUED);

        ActivityEvent decoded = decoded(EventCodec.encode(created));
        assertThat(((ActivityCreated) decoded).definition().accountId()).isEqualTo("acme");
        ActivityState state = Events.fold(null, decoded, Events.change(id, ActivityStatus.IN_PROGRESS, 1),
                Events.finish(id, ActivityStatus.SUCCEEDED, 0, null));
        assertThat(state.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(state.accountId()).isEqualTo("acme");
    }

    @Test
    void anEventWrittenBeforeTenancyFoldsWithoutAnAccount() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden-events/v1/activity.created.json")) {
            golden = in.readAllBytes();
        }
        assertThat(new String(golden, StandardCharsets.UTF_8)).doesNotContain("accountId");

        ActivityEvent old = decoded(golden);
        FoldResult result = ActivityFold.apply(null, old);

        assertThat(result).isInstanceOf(FoldResult.Applied.class);
        assertThat(((FoldResult.Applied) result).state().accountId()).isNull();
        // Re-encoding adds nothing: the default is "no account", not an invented one.
        assertThat(new String(EventCodec.encode(old), StandardCharsets.UTF_8)).doesNotContain("accountId");
    }

    @Test
    void anAccountIdBreakingTheNameRulesIsMalformed() {
        String json = new String(EventCodec.encode(new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(), AT,
                Actor.user("alice"), "test", ActivityDefinition.of("ArchiveRequest", null, Map.of(), "ACCOUNT"),
                ActivityStatus.QUEUED)), StandardCharsets.UTF_8);

        assertThat(EventCodec.decodeActivityEvent(json.replace("\"ACCOUNT\"", "\"" + "a".repeat(257) + "\"")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(Decoded.Malformed.class);
        assertThat(EventCodec.decodeActivityEvent(json.replace("\"ACCOUNT\"", "\"a\\u0000b\"")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(Decoded.Malformed.class);
        assertThat(EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Event.class);
    }

    private static ActivityEvent decoded(byte[] json) {
        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(json);
        assertThat(decoded).isInstanceOf(Decoded.Event.class);
        return ((Decoded.Event<ActivityEvent>) decoded).event();
    }
}
