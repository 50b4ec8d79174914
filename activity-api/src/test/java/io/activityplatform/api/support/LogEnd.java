package io.activityplatform.api.support;

import io.activityplatform.events.codec.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;

/** The end offset of a partition of activity-events, read from the broker (not from any view). */
public final class LogEnd {

    private LogEnd() {
    }

    public static long of(int partition) {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            TopicPartition tp = new TopicPartition(Topics.ACTIVITY_EVENTS, partition);
            return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp)
                    .get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot read the end of " + Topics.ACTIVITY_EVENTS + "-" + partition, e);
        }
    }
}
