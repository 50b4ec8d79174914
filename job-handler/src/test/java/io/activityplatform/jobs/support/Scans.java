package io.activityplatform.jobs.support;

import static org.awaitility.Awaitility.await;

import io.activityplatform.jobs.metrics.JobMetrics;
import jakarta.enterprise.context.ApplicationScoped;

/** Lets a test wait for the reactor to have looked at the view, to assert that it did nothing. */
@ApplicationScoped
public class Scans {

    private final JobMetrics metrics;

    public Scans(JobMetrics metrics) {
        this.metrics = metrics;
    }

    /** Returns once two complete scans started after this call (one may have been under way). */
    public void awaitTwoMore() {
        long target = metrics.scans() + 2;
        await().atMost(Activities.WAIT).until(() -> metrics.scans() >= target);
    }
}
