package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The split of a batch into concurrent transactions: whole partitions in log order, and no activity (or
 * computer) written by two groups, whatever keys the producers used.
 */
class PartitionGroupsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final Map<Integer, Long> nextOffset = new HashMap<>();

    private PolledRecord record(int partition, ActivityEvent event) {
        long offset = nextOffset.merge(partition, 1L, Long::sum);
        return PolledRecord.decode(new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, partition, offset,
                event.activityId().toString(), EventCodec.encode(event)));
    }

    private static ActivityCreated created(UUID id) {
        return new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("alice"), "activity-api",
                ActivityDefinition.of("ArchiveRequest", null, Map.of()), ActivityStatus.QUEUED);
    }

    private static StatusChanged claimed(UUID id) {
        return new StatusChanged(UUID.randomUUID(), id, T0, Actor.service("job-handler"), "job-handler", null,
                ActivityStatus.IN_PROGRESS, 1, "test", null, null);
    }

    /** Activities (or computers) that two groups would write: must always be empty. */
    private static Set<String> writtenByTwoGroups(List<List<PolledRecord>> groups) {
        Map<String, Integer> groupOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            for (PolledRecord r : groups.get(g)) {
                String subject = r.subject();
                if (subject != null && groupOf.getOrDefault(subject, g) != g) {
                    shared.add(subject);
                }
                if (subject != null) {
                    groupOf.putIfAbsent(subject, g);
                }
            }
        }
        return shared;
    }

    private static Set<Integer> partitionsIn(List<PolledRecord> group) {
        return group.stream().map(PolledRecord::partition).collect(Collectors.toSet());
    }

    private static void assertLogOrder(List<PolledRecord> group) {
        for (int p : partitionsIn(group)) {
            assertThat(group.stream().filter(r -> r.partition() == p).map(PolledRecord::offset).toList()).isSorted();
        }
    }

    @Test
    void parallelismOneWritesTheBatchInOneTransaction() {
        List<PolledRecord> batch = List.of(record(0, created(UUID.randomUUID())), record(1, created(UUID.randomUUID())));

        assertThat(PartitionGroups.split(batch, 1)).containsExactly(batch);
    }

    @Test
    void partitionsAreSpreadOverTheGroupsWholeAndInLogOrder() {
        List<PolledRecord> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            batch.add(record(i % 4, created(id)));
            batch.add(record(i % 4, claimed(id)));
        }

        List<List<PolledRecord>> groups = PartitionGroups.split(batch, 2);

        assertThat(groups).hasSize(2);
        assertThat(groups).allSatisfy(g -> assertThat(g).hasSize(40));
        assertThat(partitionsIn(groups.get(0))).doesNotContainAnyElementsOf(partitionsIn(groups.get(1)));
        groups.forEach(PartitionGroupsTest::assertLogOrder);
        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void partitionsThatShareAnActivityAreWrittenByOneTransaction() {
        UUID straddling = UUID.randomUUID();
        List<PolledRecord> batch = new ArrayList<>();
        batch.add(record(0, created(straddling)));
        for (int p = 0; p < 4; p++) {
            batch.add(record(p, created(UUID.randomUUID())));
        }
        // Published with another key: the same activity's next event sits in partition 3.
        batch.add(record(3, claimed(straddling)));

        List<List<PolledRecord>> groups = PartitionGroups.split(batch, 2);

        assertThat(writtenByTwoGroups(groups)).isEmpty();
        assertThat(groups).anySatisfy(g -> assertThat(partitionsIn(g)).contains(0, 3));
        // Planted fault: one group per partition, as if the shared activity were ignored, is caught by the check.
        List<List<PolledRecord>> byPartitionOnly = new ArrayList<>(batch.stream()
                .collect(Collectors.groupingBy(PolledRecord::partition)).values());
        assertThat(writtenByTwoGroups(byPartitionOnly)).containsExactly(straddling.toString());
    }

    @Test
    void whenEveryPartitionIsLinkedTheBatchStaysOneTransaction() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<PolledRecord> batch = List.of(record(0, created(a)), record(1, claimed(a)), record(1, created(b)),
                record(2, claimed(b)));

        assertThat(PartitionGroups.split(batch, 4)).containsExactly(batch);
    }

    @Test
    void malformedRecordsAndComputerRecordsAreGroupedWithTheirPartitions() {
        UUID id = UUID.randomUUID();
        PolledRecord unreadable = PolledRecord.decode(new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, 5, 0L,
                id.toString(), "{bad".getBytes(StandardCharsets.UTF_8)));
        PolledRecord computer = PolledRecord.decode(new ConsumerRecord<>(Topics.COMPUTER_EVENTS, 0, 0L, "c-1",
                "{bad".getBytes(StandardCharsets.UTF_8)));
        List<PolledRecord> batch = List.of(record(0, created(id)), unreadable, computer, record(1, claimed(id)));

        List<List<PolledRecord>> groups = PartitionGroups.split(batch, 3);

        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(writtenByTwoGroups(groups)).isEmpty();
        assertThat(groups).anySatisfy(g -> assertThat(g).contains(batch.get(0), batch.get(3)));
    }

    @Test
    void randomBatchesNeverSplitAPartitionOrAnActivity() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            nextOffset.clear();
            List<UUID> activities = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                activities.add(UUID.randomUUID());
            }
            List<PolledRecord> batch = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(80); i++) {
                UUID id = activities.get(random.nextInt(activities.size()));
                // Mostly the key's partition, sometimes another one (a producer with a different key).
                int partition = random.nextInt(10) == 0 ? random.nextInt(12) : Math.floorMod(id.hashCode(), 12);
                batch.add(record(partition, random.nextBoolean() ? created(id) : claimed(id)));
            }
            int parallelism = 1 + random.nextInt(4);

            List<List<PolledRecord>> groups = PartitionGroups.split(batch, parallelism);

            assertThat(groups).hasSizeLessThanOrEqualTo(parallelism).allSatisfy(g -> assertThat(g).isNotEmpty());
            assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(batch);
            assertThat(writtenByTwoGroups(groups)).isEmpty();
            Map<Integer, Integer> groupOfPartition = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                for (PolledRecord r : groups.get(g)) {
                    assertThat(groupOfPartition.putIfAbsent(r.partition(), g)).isIn(null, g);
                }
                assertLogOrder(groups.get(g));
            }
        }
    }
}
