package io.activityplatform.service.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one polled batch into at most {@code parallelism} groups that can be written in concurrent
 * transactions. One PostgreSQL backend does all of a transaction's work on one core; the projection's database
 * work (index maintenance of the view and the history) is what bounds its throughput, so independent groups
 * on several connections use several cores.
 *
 * <p>Groups are independent by construction: a partition is never split (its records stay in log order in one
 * transaction, with its offset), and partitions whose records name the same activity or computer in this batch
 * are kept in one group, so no two concurrent transactions ever fold or write the same view row (an activity's
 * events normally share a partition, because the activity id is the key, but a producer with another key must
 * not cause a lost update). Components are spread over the groups largest first, each to the smallest group.
 */
final class PartitionGroups {

    private PartitionGroups() {
    }

    static List<List<PolledRecord>> split(List<PolledRecord> records, int parallelism) {
        if (parallelism <= 1 || records.size() < 2) {
            return List.of(records);
        }
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, String> partitionOfSubject = new HashMap<>();
        for (PolledRecord r : records) {
            String partition = ProjectionOffsets.key(r.topic(), r.partition());
            parent.putIfAbsent(partition, partition);
            sizes.merge(partition, 1, Integer::sum);
            String subject = subject(r);
            if (subject != null) {
                String first = partitionOfSubject.putIfAbsent(subject, partition);
                if (first != null) {
                    union(parent, first, partition);
                }
            }
        }
        Map<String, Integer> componentSizes = new LinkedHashMap<>();
        for (String partition : parent.keySet()) {
            componentSizes.merge(root(parent, partition), sizes.get(partition), Integer::sum);
        }
        if (componentSizes.size() == 1) {
            return List.of(records);
        }
        int groups = Math.min(parallelism, componentSizes.size());
        int[] load = new int[groups];
        Map<String, Integer> groupOfComponent = new HashMap<>();
        componentSizes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(component -> {
                    int smallest = 0;
                    for (int g = 1; g < groups; g++) {
                        smallest = load[g] < load[smallest] ? g : smallest;
                    }
                    load[smallest] += component.getValue();
                    groupOfComponent.put(component.getKey(), smallest);
                });
        List<List<PolledRecord>> split = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            split.add(new ArrayList<>(load[g]));
        }
        // In poll order, so each partition's records keep their log order within their group.
        for (PolledRecord r : records) {
            split.get(groupOfComponent.get(root(parent, ProjectionOffsets.key(r.topic(), r.partition())))).add(r);
        }
        return split;
    }

    /** The view row a record writes besides its own history row: its activity's or its computer's. */
    private static String subject(PolledRecord r) {
        if (r.computer() != null) {
            String computer = r.subject();
            return computer == null ? null : "computer:" + computer;
        }
        return r.activityId() == null ? null : "activity:" + r.activityId();
    }

    private static String root(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(key, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
