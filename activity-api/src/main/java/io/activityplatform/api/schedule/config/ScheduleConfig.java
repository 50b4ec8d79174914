package io.activityplatform.api.schedule.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the recurring-schedule firing loop, under {@code activities.schedules.}. */
@ConfigMapping(prefix = "activities.schedules")
public interface ScheduleConfig {

    /** Run the firing loop on this replica. */
    @WithDefault("true")
    boolean enabled();

    /** How often the loop looks for due schedules (real time; the fire instants come from the clock). */
    @WithDefault("1s")
    Duration tickInterval();

    /**
     * How late a firing may still happen. Fire times older than this (the service was down, the loop stuck)
     * are counted as missed instead of fired, so an outage never releases a burst of stale runs.
     */
    @WithDefault("15m")
    Duration misfireGrace();

    /** Schedules evaluated per tick and replica. */
    @WithDefault("100")
    int batchSize();
}
