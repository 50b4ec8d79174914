package io.activityplatform.api.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FiringActivitiesTest {

    private static final UUID SCHEDULE = UUID.fromString("00000000-0000-0000-0000-00000000005c");
    private static final Instant FIRE = Instant.parse("2026-03-29T01:30:00Z");
    private static final Instant NOW = FIRE.plusSeconds(2);
    private static final Actor ACTOR = Actor.service("activity-api");

    private static List<ActivityCreated> fire(ActivityTemplate template, Instant now) {
        return FiringActivities.creates(SCHEDULE, template, "acme", Set.of(), FIRE, now, ACTOR, "activity-api");
    }

    @Test
    void oneComputerGivesOneQueuedActivityWhoseIdDerivesFromScheduleAndFireTime() {
        List<ActivityCreated> creates = fire(ScheduleValidatorTest.SCRIPT, NOW);

        assertThat(creates).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo(DeterministicIds.scheduleFiring(SCHEDULE, FIRE));
            assertThat(c.initialStatus()).isEqualTo(ActivityStatus.QUEUED);
            assertThat(c.definition().scheduleId()).isEqualTo(SCHEDULE);
            assertThat(c.definition().computerId()).isEqualTo("production-server-1");
            assertThat(c.definition().parentId()).isNull();
            assertThat(c.definition().retry()).isEqualTo(ScheduleValidatorTest.SCRIPT.retry());
            assertThat(c.definition().timeoutSeconds()).isEqualTo(300);
            assertThat(c.definition().attempt()).isEqualTo(1);
            assertThat(c.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void severalComputersGiveOneChildPerComputerUnderTheFiringAsParent() {
        ActivityTemplate fleet = new ActivityTemplate("RestartRequest", Map.of(), List.of("a", "b", "c"), null, null,
                null);
        UUID parent = DeterministicIds.scheduleFiring(SCHEDULE, FIRE);

        List<ActivityCreated> creates = fire(fleet, NOW);

        assertThat(creates).extracting(ActivityCreated::activityId).containsExactly(
                DeterministicIds.childActivity(parent, "a"), DeterministicIds.childActivity(parent, "b"),
                DeterministicIds.childActivity(parent, "c"));
        assertThat(creates).allSatisfy(c -> assertThat(c.definition().parentId()).isEqualTo(parent));
    }

    @Test
    void aServerTemplateHasNoComputer() {
        ActivityTemplate report = new ActivityTemplate("GenerateUsgReportActivity", Map.of("format", "csv"), null,
                null, null, null);

        assertThat(fire(report, NOW)).singleElement()
                .satisfies(c -> assertThat(c.definition().computerId()).isNull());
    }

    @Test
    void twoReplicasFiringTheSameInstantProduceTheSameIdsAndEventIds() {
        List<ActivityCreated> first = fire(ScheduleValidatorTest.SCRIPT, NOW);
        List<ActivityCreated> second = fire(ScheduleValidatorTest.SCRIPT, NOW.plusSeconds(30));

        assertThat(second).extracting(ActivityCreated::activityId)
                .isEqualTo(first.stream().map(ActivityCreated::activityId).toList());
        assertThat(second).extracting(ActivityCreated::eventId)
                .isEqualTo(first.stream().map(ActivityCreated::eventId).toList());
    }

    @Test
    void everyCreateBelongsToTheSchedulesAccountAndForeignComputersGetNothing() {
        ActivityTemplate fleet = new ActivityTemplate("ExecuteScriptRequest", Map.of("interpreter", "/bin/sh",
                "code", "id"), List.of("a", "theirs", "c"), null, null, null);

        List<ActivityCreated> creates = FiringActivities.creates(SCHEDULE, fleet, "acme", Set.of("theirs"), FIRE,
                NOW, ACTOR, "activity-api");

        assertThat(creates).extracting(c -> c.definition().computerId()).containsExactly("a", "c");
        assertThat(creates).allSatisfy(c -> assertThat(c.definition().accountId()).isEqualTo("acme"));
        assertThat(FiringActivities.creates(SCHEDULE, ScheduleValidatorTest.SCRIPT, "acme",
                Set.copyOf(ScheduleValidatorTest.SCRIPT.computerIds()), FIRE, NOW, ACTOR, "activity-api")).isEmpty();
    }
}
