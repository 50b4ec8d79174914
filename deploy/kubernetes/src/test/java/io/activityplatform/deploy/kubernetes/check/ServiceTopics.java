package io.activityplatform.deploy.kubernetes.check;

import io.activityplatform.deploy.kubernetes.source.ServiceModule;
import io.activityplatform.events.codec.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service does with the log, read from its code: its consumer group ({@code activities.service-name},
 * the group service-core's projection joins), the topics its projection folds (activity-events, and
 * computer-events unless {@code activities.projection.computers=false}), and the topics it publishes to
 * (activity-events when it calls the EventPublisher, computer-events when it also creates ComputerEvents).
 */
record ServiceTopics(String group, Set<String> reads, Set<String> writes) {

    private static final Pattern PUBLISHES = Pattern.compile("\\.publish(All)?\\(");
    private static final Pattern CREATES_COMPUTER_EVENT = Pattern.compile("new\\s+ComputerEvent\\.\\w+\\(");

    static ServiceTopics of(ServiceModule module) {
        String group = module.properties().getProperty("activities.service-name", module.name());
        Set<String> reads = new TreeSet<>(Set.of(Topics.ACTIVITY_EVENTS));
        if (!module.properties().getProperty("activities.projection.computers", "true").equals("false")) {
            reads.add(Topics.COMPUTER_EVENTS);
        }
        String code = sources(module.sources());
        Set<String> writes = new TreeSet<>();
        if (PUBLISHES.matcher(code).find()) {
            writes.add(Topics.ACTIVITY_EVENTS);
        }
        if (CREATES_COMPUTER_EVENT.matcher(code).find()) {
            writes.add(Topics.COMPUTER_EVENTS);
        }
        return new ServiceTopics(group, reads, writes);
    }

    private static String sources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            StringBuilder all = new StringBuilder();
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
