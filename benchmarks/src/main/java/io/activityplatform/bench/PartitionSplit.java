package io.activityplatform.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;

/**
 * Partitions split between replicas (issue 11 item 4): describes each service's consumer group (the service
 * name, service-core's ConsumerSettings) with Kafka's AdminClient and reports, per group, every member's client,
 * host and number of assigned partitions, and whether the group's partitions are split across the R replicas
 * (R members, each with at least one partition).
 */
public final class PartitionSplit {

    /** One consumer in a group and how many partitions it owns. */
    public record Member(String memberId, String clientId, String host, int partitions) {
    }

    /** One group as described: its state and members. */
    public record Group(String groupId, String state, List<Member> members) {

        public int partitions() {
            return members.stream().mapToInt(Member::partitions).sum();
        }

        /** R members, each owning at least one partition (for R = 1: the one member owns them all). */
        public boolean splitAcross(int replicas) {
            return members.size() == replicas && members.stream().allMatch(m -> m.partitions() > 0);
        }

        public String line(int replicas) {
            StringBuilder out = new StringBuilder(String.format("- group `%s` (%s): %d partitions, %d members", groupId,
                    state, partitions(), members.size()));
            for (Member m : members) {
                out.append(String.format("; %s %s %s: %d", m.clientId(), m.host(), shortId(m.memberId()), m.partitions()));
            }
            out.append(splitAcross(replicas) ? " — split across " + replicas + " replicas: yes"
                    : " — NOT split across " + replicas + " replicas");
            return out.toString();
        }

        private static String shortId(String memberId) {
            return memberId.length() <= 12 ? memberId : "…" + memberId.substring(memberId.length() - 8);
        }
    }

    private PartitionSplit() {
    }

    /**
     * Describes the groups, waiting up to {@code settle} until each is stable with {@code replicas} members that
     * all own partitions (a restart rebalances job-handler's group); answers the last description either way.
     */
    public static List<Group> describe(String bootstrapServers, Collection<String> groupIds, int replicas,
                                       Duration settle) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long deadline = System.nanoTime() + settle.toNanos();
            while (true) {
                List<Group> groups = new ArrayList<>();
                Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groupIds).all()
                        .get(30, TimeUnit.SECONDS);
                for (String id : groupIds) {
                    groups.add(of(described.get(id)));
                }
                boolean settled = groups.stream().allMatch(g -> g.splitAcross(replicas)
                        && g.state().equals(GroupState.STABLE.toString()));
                if (settled || System.nanoTime() > deadline) {
                    return groups;
                }
                Thread.sleep(500); // polling the coordinator until the rebalance is over
            }
        }
    }

    static Group of(ConsumerGroupDescription description) {
        List<Member> members = description.members().stream()
                .map(m -> new Member(m.consumerId(), m.clientId(), m.host(), m.assignment().topicPartitions().size()))
                .sorted(java.util.Comparator.comparing(Member::memberId)).toList();
        return new Group(description.groupId(), description.groupState().toString(), members);
    }
}
