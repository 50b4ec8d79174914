package io.activityplatform.api.retry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the automatic retry reaction, under {@code activities.retries.}. */
@ConfigMapping(prefix = "activities.retries")
public interface RetryConfig {

    /** React to FAILED activities on this replica (the reaction after each batch and the catch-up scan). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the catch-up scan looks for FAILED activities whose next attempt is missing: it covers a crash
     * between the failure's projection and the reaction.
     */
    @WithDefault("5s")
    Duration scanInterval();

    /** FAILED activities handled per scan. */
    @WithDefault("200")
    int scanBatchSize();

    /**
     * While the projection is further behind the log than this many records (a rebuild, a restart), do not
     * react: the view does not yet show attempts that already exist, and every reaction would only add a
     * duplicate create for the fold to reject. The scan catches up once the projection has.
     */
    @WithDefault("1000")
    long maxProjectionLag();
}
