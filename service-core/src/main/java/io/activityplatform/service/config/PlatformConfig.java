package io.activityplatform.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every service shares, under {@code activities.}. */
@ConfigMapping(prefix = "activities")
public interface PlatformConfig {

    /** This service's name: its Kafka consumer group, its {@code ce_source}, its actor for reactions. */
    String serviceName();

    Projection projection();

    /** How long a command waits for its own event to be projected before answering 202 instead. */
    @WithDefault("5s")
    Duration readYourWritesTimeout();

    /** Bounds of appending to the log (issue 10): no caller waits longer than these for a broker. */
    Publishing publishing();

    interface Publishing {
        /** Kafka {@code max.block.ms}: how long a send may wait for metadata or buffer space. */
        @WithDefault("3s")
        Duration maxBlock();

        @WithDefault("4s")
        Duration requestTimeout();

        /** Kafka {@code delivery.timeout.ms}: at least linger + request timeout. */
        @WithDefault("10s")
        Duration deliveryTimeout();

        /** Sends waiting for the publisher thread; more fail at once as unavailable. */
        @WithDefault("10000")
        int queueSize();

        /** Told to clients in {@code Retry-After} when the log is unavailable. */
        @WithDefault("5s")
        Duration retryAfter();
    }

    interface Projection {
        /** Start consuming at boot. Benchmarks turn it off to fill the topic first. */
        @WithDefault("true")
        boolean autostart();

        /** Records per poll and so per transaction: the batch size of the fold. */
        @WithDefault("5000")
        int maxPollRecords();

        /**
         * Concurrent transactions a batch is written in, each for a group of whole partitions
         * ({@code PartitionGroups}): one PostgreSQL backend works on one core, and the view's and history's
         * index maintenance bounds the projection. Worth more than 1 only where the database has cores to
         * spare; on the 2-core CI machine it measured no gain (docs/architecture.md, fourth round). At most the
         * pool's size; 1 writes every batch in one transaction.
         */
        @WithDefault("1")
        int writeParallelism();

        /**
         * Activity states kept in memory after their commit, so the next event of the same activity is folded
         * without reading its state back from the view (about 2 KB each); 0 reads every state from the view.
         */
        @WithDefault("10000")
        int recentStates();

        /** Also fold {@code computer-events} into the computer view. */
        @WithDefault("true")
        boolean computers();
    }
}
