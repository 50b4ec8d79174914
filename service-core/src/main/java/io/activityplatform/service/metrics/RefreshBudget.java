package io.activityplatform.service.metrics;

/**
 * Keeps a periodic query's cost a bounded share of the time, however large the table it reads grows: after a
 * refresh that took {@code d}, the next is due no sooner than {@code d × (1 / share − 1)} after it ended. The
 * view gauges' grouped count reads every row of the view (200–500 ms a call over 90,000 rows in a benchmark
 * run, every 15 s in each service); with a budget a larger view makes the gauges staler, not the service busier.
 */
final class RefreshBudget {

    private final double share;
    private boolean spentOnce;
    private long notBefore;

    /** @param share the most of the time refreshing may take, in (0, 1] */
    RefreshBudget(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], not " + share);
        }
        this.share = share;
    }

    /** Whether a refresh may start at {@code nowNanos} (System.nanoTime()). */
    synchronized boolean due(long nowNanos) {
        return !spentOnce || nowNanos - notBefore >= 0;
    }

    /** Records a refresh that ran from {@code startNanos} to {@code endNanos}. */
    synchronized void spent(long startNanos, long endNanos) {
        spentOnce = true;
        notBefore = endNanos + (long) ((endNanos - startNanos) * (1 / share - 1));
    }
}
