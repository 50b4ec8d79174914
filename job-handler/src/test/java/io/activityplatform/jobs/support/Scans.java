package io.activityplatform.jobs.support;

import static org.awaitility.Awaitility.await;

import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.metrics.JobMetrics;
import jakarta.enterprise.context.ApplicationScoped;

/** Lets a test wait for the reactor to have looked at the view, to assert that it did nothing. */
@ApplicationScoped
public class Scans {

    private final JobMetrics metrics;
    private final RunningJobs running;

    public Scans(JobMetrics metrics, RunningJobs running) {
        this.metrics = metrics;
        this.running = running;
    }

    /**
     * Returns once two complete scans started after this call (one may have been under way) and no claim a
     * scan published is still undecided: scans do not wait for their claims (issue 11), so a claim they made
     * is seen acted on, or lost, before a test concludes that nothing happened.
     */
    public void awaitTwoMore() {
        long target = metrics.scans() + 2;
        await().atMost(Activities.WAIT).until(() -> metrics.scans() >= target && running.claiming() == 0);
    }
}
