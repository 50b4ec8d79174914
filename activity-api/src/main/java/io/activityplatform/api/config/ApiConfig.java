package io.activityplatform.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the REST front door, under {@code activity-api.}. */
@ConfigMapping(prefix = "activity-api")
public interface ApiConfig {

    /** Page size of {@code GET /activities} when the client gives none. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest page a client may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /** Most activities one bulk command may touch (ids or filter matches); a filter reports the rest. */
    @WithDefault("1000")
    int maxBulkItems();

    /** Most target computers of one create request (one activity each, one event each). */
    @WithDefault("1000")
    int maxComputersPerRequest();

    /** Events buffered per SSE client; a client that falls further behind is disconnected. */
    @WithDefault("1024")
    int streamBuffer();

    /** How often the remote stream feed reads what other replicas committed, while some stream is open. */
    @WithDefault("200ms")
    java.time.Duration streamRemoteInterval();

    /**
     * How long the remote stream feed stays armed after the last stream closed: a stream opened meanwhile
     * starts without waiting for an arming read (a client following activities one after another).
     */
    @WithDefault("10s")
    java.time.Duration streamRemoteLinger();

    /** At most this many history rows per partition per read of the remote stream feed. */
    @WithDefault("500")
    int streamRemotePage();
}
