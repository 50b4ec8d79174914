package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.local.ServiceLauncher.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberAssignment;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** bench.replicas: the option, the replicas' names and ports, the partition split lines and the report. */
class ReplicasTest {

    @Test
    void replicasDefaultToOneAndMustBePositive() {
        assertThat(BenchOptions.from(Map.of()).replicas()).isEqualTo(1);
        assertThat(BenchOptions.from(Map.of("bench.replicas", " 2 ")).replicas()).isEqualTo(2);
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.replicas", "0")))
                .hasMessageContaining("bench.replicas");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.replicas", "two")))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void replicaOneKeepsTheServiceNameAndEveryReplicaRunsTheSameModuleOnTheSameDatabaseOnItsOwnPort() {
        List<Service> replicas = BenchStack.replicas("job-handler", "job_handler", 3);

        assertThat(replicas).extracting(Service::name).containsExactly("job-handler", "job-handler-2", "job-handler-3");
        assertThat(replicas).extracting(Service::directory).containsOnly("job-handler");
        assertThat(replicas).extracting(Service::database).containsOnly("job_handler");
        assertThat(replicas.stream().map(Service::port).distinct()).hasSize(3);
        assertThat(BenchStack.replicas("activity-api", "activity_api", 1)).extracting(Service::name)
                .containsExactly("activity-api");
    }

    @Test
    void aGroupIsSplitWhenEachOfTheReplicasOwnsPartitions() {
        PartitionSplit.Group group = new PartitionSplit.Group("job-handler", "Stable", List.of(
                new PartitionSplit.Member("job-handler-projection-1111", "job-handler-projection", "/127.0.0.1", 6),
                new PartitionSplit.Member("job-handler-projection-2222", "job-handler-projection", "/127.0.0.1", 6)));

        assertThat(group.partitions()).isEqualTo(12);
        assertThat(group.splitAcross(2)).isTrue();
        assertThat(group.line(2)).isEqualTo("- group `job-handler` (Stable): 12 partitions, 2 members; "
                + "job-handler-projection /127.0.0.1 …ion-1111: 6; job-handler-projection /127.0.0.1 …ion-2222: 6"
                + " — split across 2 replicas: yes");
    }

    @Test
    void plantedFaultOneReplicaOwningEverythingIsNotASplit() {
        PartitionSplit.Group idle = new PartitionSplit.Group("activity-api", "Stable", List.of(
                new PartitionSplit.Member("a", "activity-api-projection", "/127.0.0.1", 12),
                new PartitionSplit.Member("b", "activity-api-projection", "/127.0.0.1", 0)));
        PartitionSplit.Group missing = new PartitionSplit.Group("activity-api", "Stable", List.of(
                new PartitionSplit.Member("a", "activity-api-projection", "/127.0.0.1", 12)));

        assertThat(idle.splitAcross(2)).isFalse();
        assertThat(idle.line(2)).endsWith(" — NOT split across 2 replicas");
        assertThat(missing.splitAcross(2)).isFalse();
        assertThat(missing.splitAcross(1)).isTrue();
    }

    @Test
    void aDescribedGroupCountsEachMembersAssignedPartitions() {
        MemberDescription first = new MemberDescription("m-1", Optional.empty(), "message-system-projection",
                "/10.0.0.1", new MemberAssignment(Set.of(new TopicPartition("activity-events", 0),
                        new TopicPartition("activity-events", 1))));
        MemberDescription second = new MemberDescription("m-2", Optional.empty(), "message-system-projection",
                "/10.0.0.2", new MemberAssignment(Set.of(new TopicPartition("activity-events", 2))));
        ConsumerGroupDescription described = new ConsumerGroupDescription("message-system", false,
                List.of(second, first), "range", GroupType.CLASSIC, GroupState.STABLE, Node.noNode(), Set.of(),
                Optional.empty(), Optional.empty());

        PartitionSplit.Group group = PartitionSplit.of(described);

        assertThat(group.groupId()).isEqualTo("message-system");
        assertThat(group.state()).isEqualTo(GroupState.STABLE.toString());
        assertThat(group.members()).extracting(PartitionSplit.Member::host, PartitionSplit.Member::partitions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/10.0.0.1", 2),
                        org.assertj.core.groups.Tuple.tuple("/10.0.0.2", 1));
        assertThat(group.splitAcross(2)).isTrue();
    }

    @Test
    void theReportSaysHowManyReplicasRanAndListsTheChecks() {
        BenchOptions two = new BenchOptions(1000, 1, 10, true, BenchOptions.PHASES, Path.of("x"), Path.of("."), 1, 1,
                32, 0, 2);
        String report = Report.render(two, List.of(), List.of("- started once: no-op: 3 handler starts",
                "- group `job-handler` (Stable): 12 partitions, 2 members — split across 2 replicas: yes"));

        assertThat(report).contains("Services: 2 replicas of each (creates through activity-api replica 1")
                .contains("\nChecks:\n- started once: no-op: 3 handler starts\n- group `job-handler`");
        BenchOptions one = new BenchOptions(1000, 1, 10, true, BenchOptions.PHASES, Path.of("x"), Path.of("."), 1, 1,
                32, 0, 1);
        assertThat(Report.render(one, List.of())).contains("Services: 1 replica of each").doesNotContain("Checks:");
    }
}
