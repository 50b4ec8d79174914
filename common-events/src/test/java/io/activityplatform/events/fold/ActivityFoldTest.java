package io.activityplatform.events.fold;

import static io.activityplatform.events.fold.Events.change;
import static io.activityplatform.events.fold.Events.created;
import static io.activityplatform.events.fold.Events.finish;
import static io.activityplatform.events.fold.Events.fold;
import static io.activityplatform.events.fold.Events.lateResult;
import static io.activityplatform.events.fold.Events.progress;
import static io.activityplatform.events.status.ActivityStatus.BLOCKED;
import static io.activityplatform.events.status.ActivityStatus.CANCELED;
import static io.activityplatform.events.status.ActivityStatus.FAILED;
import static io.activityplatform.events.status.ActivityStatus.IN_PROGRESS;
import static io.activityplatform.events.status.ActivityStatus.QUEUED;
import static io.activityplatform.events.status.ActivityStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivityFoldTest {

    private final UUID id = UUID.randomUUID();

    private static Rejection reasonOf(FoldResult result) {
        assertThat(result.applied()).as("expected a rejection").isFalse();
        return ((FoldResult.Rejected) result).reason();
    }

    @Nested
    class Creation {
        @Test
        void createsAtVersionOneInTheInitialStatus() {
            ActivityState state = ActivityFold.apply(null, created(id, ActivityKind.CLIENT, BLOCKED)).state();

            assertThat(state.status()).isEqualTo(BLOCKED);
            assertThat(state.statusVersion()).isEqualTo(1);
            assertThat(state.kind()).isEqualTo(ActivityKind.CLIENT);
            assertThat(state.createdBy()).isEqualTo(Events.OPERATOR);
        }

        @Test
        void derivesTheKindFromTheTypeNotFromTheProducer() {
            ActivityState state = ActivityFold.apply(null, created(id, ActivityKind.SERVER, QUEUED)).state();

            assertThat(state.kind()).isEqualTo(ActivityKind.SERVER);
        }

        @Test
        void rejectsASecondCreateForTheSameIdAndKeepsTheFirst() {
            ActivityState first = ActivityFold.apply(null, created(id, ActivityKind.CLIENT, QUEUED)).state();

            FoldResult second = ActivityFold.apply(first, created(id, ActivityKind.CLIENT, BLOCKED));

            assertThat(reasonOf(second)).isEqualTo(Rejection.DUPLICATE_CREATE);
            assertThat(second.state()).isEqualTo(first);
        }

        @Test
        void rejectsANonInitialStatus() {
            assertThat(reasonOf(ActivityFold.apply(null, created(id, ActivityKind.CLIENT, IN_PROGRESS))))
                    .isEqualTo(Rejection.NOT_AN_INITIAL_STATUS);
        }

        @Test
        void rejectsAnUnknownType() {
            var event = new ActivityCreated(UUID.randomUUID(), id, Events.T0, Events.OPERATOR, "activity-api",
                    ActivityDefinition.of("FormatHardDiskRequest", "c1", Map.of()), QUEUED);

            assertThat(reasonOf(ActivityFold.apply(null, event))).isEqualTo(Rejection.UNKNOWN_TYPE);
        }

        @Test
        void rejectsAClientActivityWithoutComputer() {
            var event = new ActivityCreated(UUID.randomUUID(), id, Events.T0, Events.OPERATOR, "activity-api",
                    ActivityDefinition.of(Events.CLIENT_TYPE, " ", Map.of()), QUEUED);

            assertThat(reasonOf(ActivityFold.apply(null, event))).isEqualTo(Rejection.MISSING_COMPUTER);
        }

        @Test
        void rejectsEventsForAnActivityThatDoesNotExist() {
            assertThat(reasonOf(ActivityFold.apply(null, change(id, CANCELED, null))))
                    .isEqualTo(Rejection.UNKNOWN_ACTIVITY);
            assertThat(reasonOf(ActivityFold.apply(null, progress(id, 5, "x", 1))))
                    .isEqualTo(Rejection.UNKNOWN_ACTIVITY);
        }
    }

    @Nested
    class Versions {
        @Test
        void eachAppliedChangeAddsOne() {
            ActivityState state = fold(null, created(id, ActivityKind.SERVER, QUEUED), change(id, BLOCKED, 1),
                    change(id, QUEUED, 2), change(id, IN_PROGRESS, 3));

            assertThat(state.statusVersion()).isEqualTo(4);
            assertThat(state.status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void aStaleExpectedVersionIsRejected() {
            ActivityState state = fold(null, created(id, ActivityKind.SERVER, QUEUED), change(id, BLOCKED, 1));

            FoldResult stale = ActivityFold.apply(state, change(id, CANCELED, 1));

            assertThat(reasonOf(stale)).isEqualTo(Rejection.VERSION_CONFLICT);
            assertThat(stale.state()).isEqualTo(state);
        }

        @Test
        void anAbsentExpectedVersionAppliesToWhateverIsCurrent() {
            ActivityState state = fold(null, created(id, ActivityKind.SERVER, QUEUED), change(id, BLOCKED, 1));

            assertThat(ActivityFold.apply(state, change(id, CANCELED, null)).state().status()).isEqualTo(CANCELED);
        }

        @Test
        void twoClaimsAtTheSameVersionLetOnlyTheFirstWin() {
            ActivityState queued = fold(null, created(id, ActivityKind.SERVER, QUEUED));
            StatusChanged replicaA = change(id, IN_PROGRESS, 1);
            StatusChanged replicaB = change(id, IN_PROGRESS, 1);

            ActivityState afterA = ActivityFold.apply(queued, replicaA).state();
            FoldResult b = ActivityFold.apply(afterA, replicaB);

            assertThat(afterA.claimedBy(replicaA.eventId())).isTrue();
            assertThat(reasonOf(b)).isEqualTo(Rejection.VERSION_CONFLICT);
            assertThat(b.state().claimedBy(replicaB.eventId())).isFalse();
        }

        @Test
        void aCancelRacingAClaimIsSettledByLogOrder() {
            ActivityState queued = fold(null, created(id, ActivityKind.CLIENT, QUEUED));
            StatusChanged claim = change(id, IN_PROGRESS, 1);
            StatusChanged cancel = change(id, CANCELED, 1);

            ActivityState cancelFirst = fold(queued, cancel, claim);

            assertThat(cancelFirst.status()).isEqualTo(CANCELED);
            assertThat(cancelFirst.claimedBy(claim.eventId())).isFalse();
            assertThat(cancelFirst.canceledWhileRunning()).isFalse();
        }

        @Test
        void aFinalStatusNeverChanges() {
            ActivityState done = fold(null, created(id, ActivityKind.SERVER, QUEUED), change(id, IN_PROGRESS, 1),
                    finish(id, SUCCEEDED, 0, null));

            for (ActivityStatus to : ActivityStatus.values()) {
                FoldResult result = ActivityFold.apply(done, change(id, to, null));
                assertThat(reasonOf(result)).isEqualTo(Rejection.ALREADY_FINAL);
            }
        }

        @Test
        void aFinalChangeCarriesResultAndError() {
            ActivityState failed = fold(null, created(id, ActivityKind.CLIENT, QUEUED), change(id, IN_PROGRESS, 1),
                    finish(id, FAILED, 3, "EXECUTION_FAILED"));

            assertThat(failed.result().code()).isEqualTo(3);
            assertThat(failed.error().code()).isEqualTo("EXECUTION_FAILED");
            assertThat(failed.finishedAt()).isNotNull();
        }
    }

    @Nested
    class Progress {
        private ActivityState running() {
            return fold(null, created(id, ActivityKind.CLIENT, QUEUED), change(id, IN_PROGRESS, 1));
        }

        @Test
        void appendsOutputAndKeepsTheVersion() {
            ActivityState state = fold(running(), progress(id, 10, "line 1\n", 1), progress(id, 40, "line 2\n", 2));

            assertThat(state.output()).isEqualTo("line 1\nline 2\n");
            assertThat(state.progressPercent()).isEqualTo(40);
            assertThat(state.statusVersion()).isEqualTo(2);
        }

        @Test
        void isRejectedUnlessRunning() {
            ActivityState queued = fold(null, created(id, ActivityKind.CLIENT, QUEUED));

            assertThat(reasonOf(ActivityFold.apply(queued, progress(id, 10, "x", 1)))).isEqualTo(Rejection.NOT_RUNNING);
        }

        @Test
        void aRedeliveredChunkIsRejectedSoOutputIsNotDoubled() {
            ActivityState once = fold(running(), progress(id, 10, "a", 1));

            assertThat(reasonOf(ActivityFold.apply(once, progress(id, 10, "a", 1))))
                    .isEqualTo(Rejection.DUPLICATE_PROGRESS);
        }

        @Test
        void percentOutsideZeroToHundredIsRejected() {
            assertThat(reasonOf(ActivityFold.apply(running(), progress(id, 101, null, 1))))
                    .isEqualTo(Rejection.INVALID_PROGRESS);
            assertThat(reasonOf(ActivityFold.apply(running(), progress(id, -1, null, 1))))
                    .isEqualTo(Rejection.INVALID_PROGRESS);
        }

        @Test
        void percentNeverGoesBackSoAReachedThresholdStaysReached() {
            ActivityState state = fold(running(), progress(id, 60, null, 1), progress(id, 20, null, 2));

            assertThat(state.progressPercent()).isEqualTo(60);
        }

        @Test
        void outputBeyondTheCapIsCutAndFlagged() {
            String big = "x".repeat(ActivityState.MAX_OUTPUT_CHARS - 10);
            ActivityState state = fold(running(), progress(id, null, big, 1), progress(id, null, "y".repeat(50), 2));

            assertThat(state.output()).hasSize(ActivityState.MAX_OUTPUT_CHARS);
            assertThat(state.outputTruncated()).isTrue();
        }
    }

    @Nested
    class CanceledWhileRunning {
        @Test
        void aClientActivityCanceledWhileRunningRecordsTheLateResultAndStaysCanceled() {
            ActivityState canceled = fold(null, created(id, ActivityKind.CLIENT, QUEUED), change(id, IN_PROGRESS, 1),
                    change(id, CANCELED, 2));

            ActivityState after = fold(canceled, lateResult(id, SUCCEEDED, 0));

            assertThat(canceled.canceledWhileRunning()).isTrue();
            assertThat(after.status()).isEqualTo(CANCELED);
            assertThat(after.statusVersion()).isEqualTo(canceled.statusVersion());
            assertThat(after.result().text()).isEqualTo("late output");
            assertThat(after.lateResult()).isTrue();
        }

        @Test
        void theLateResultIsRecordedOnlyOnce() {
            ActivityState recorded = fold(null, created(id, ActivityKind.CLIENT, QUEUED), change(id, IN_PROGRESS, 1),
                    change(id, CANCELED, 2), lateResult(id, FAILED, 1));

            assertThat(reasonOf(ActivityFold.apply(recorded, lateResult(id, SUCCEEDED, 0))))
                    .isEqualTo(Rejection.DUPLICATE_RESULT);
        }

        @Test
        void aResultAfterACancelBeforeDeliveryIsNotRecorded() {
            ActivityState canceled = fold(null, created(id, ActivityKind.CLIENT, QUEUED), change(id, CANCELED, 1));

            assertThat(reasonOf(ActivityFold.apply(canceled, lateResult(id, SUCCEEDED, 0))))
                    .isEqualTo(Rejection.NOT_CANCELED_WHILE_RUNNING);
        }

        @Test
        void aServerActivityHasNoLateResult() {
            ActivityState canceled = fold(null, created(id, ActivityKind.SERVER, QUEUED), change(id, IN_PROGRESS, 1),
                    change(id, CANCELED, 2));

            assertThat(canceled.canceledWhileRunning()).isFalse();
            assertThat(reasonOf(ActivityFold.apply(canceled, lateResult(id, SUCCEEDED, 0))))
                    .isEqualTo(Rejection.NOT_CANCELED_WHILE_RUNNING);
        }
    }

    @Nested
    class Archiving {
        @Test
        void marksOnlyFinalActivitiesOnce() {
            ActivityState queued = fold(null, created(id, ActivityKind.SERVER, QUEUED));
            ActivityState done = fold(queued, change(id, CANCELED, 1));
            var archive = new ActivityArchived(UUID.randomUUID(), id, Events.T0, Actor.service("job-handler"),
                    "job-handler", "archive-1.jsonl.gz");

            assertThat(reasonOf(ActivityFold.apply(queued, archive))).isEqualTo(Rejection.NOT_FINAL);
            ActivityState archived = ActivityFold.apply(done, archive).state();
            assertThat(archived.archived()).isTrue();
            assertThat(archived.statusVersion()).isEqualTo(done.statusVersion());
            assertThat(reasonOf(ActivityFold.apply(archived, archive))).isEqualTo(Rejection.ALREADY_ARCHIVED);
        }
    }
}
