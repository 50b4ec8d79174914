package io.activityplatform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Child main: a single-node KRaft Kafka (broker and controller in one process).
 * Args: {@code --data=DIR --port=N --controller-port=N [--topics=a,b] [--partitions=12]}.
 * Formats the storage on first use only, so a restart on the same directory keeps all records.
 */
public final class KafkaServerMain {

    private static final int NODE_ID = 1;

    private KafkaServerMain() {
    }

    public static void main(String[] argv) {
        ChildMain.exitOnStdinEof();
        Map<String, String> args = ChildMain.args(argv);
        AtomicReference<KafkaRaftServer> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KafkaRaftServer server = running.getAndSet(null);
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
                System.out.println("kafka stopped");
            }
        }, "kafka-stop"));
        try {
            Path data = Path.of(args.get("data")).toAbsolutePath();
            int port = Integer.parseInt(args.get("port"));
            KafkaConfig config = new KafkaConfig(properties(data, port, Integer.parseInt(args.get("controller-port")),
                    Integer.parseInt(args.getOrDefault("partitions", "12"))), false);
            formatIfNeeded(data);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            running.set(server);
            server.startup();
            String bootstrap = "localhost:" + port;
            KafkaTopics.ensure(bootstrap, ChildMain.list(args.get("topics")),
                    Integer.parseInt(args.getOrDefault("partitions", "12")));
            ChildMain.signalReady(Map.of("bootstrap", bootstrap));
        } catch (Throwable e) {
            ChildMain.fail("kafka", e);
        }
    }

    /** meta.properties marks a formatted log dir; formatting again would fail (and must not wipe data). */
    private static void formatIfNeeded(Path data) throws Exception {
        if (Files.exists(data.resolve("meta.properties"))) {
            System.out.println("reusing formatted storage in " + data);
            return;
        }
        Files.createDirectories(data);
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(data.toString())
                .setDirectories(List.of(data.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    /** Test-friendly single-node settings: replication 1 everywhere, no rebalance delay, no auto-creation. */
    static Properties properties(Path data, int port, int controllerPort, int partitions) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", data.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10"); // 50 by default: slow first consumer on 2 cores
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024)); // 128 MB default vs -Xmx512m
        return p;
    }
}
