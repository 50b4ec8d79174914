package io.activityplatform.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The delay before a retry attempt: fixed or doubling from the initial delay, never negative, never above
 * the cap, never shrinking from one attempt to the next, and bounded even for absurd attempt numbers.
 */
class RetryPolicyPropertyTest {

    @Example
    void exponentialBackoffDoublesFromTheSecondAttemptAndStopsAtTheCap() {
        RetryPolicy policy = new RetryPolicy(10, RetryPolicy.Backoff.EXPONENTIAL, 5, 60);

        assertThat(policy.delayBefore(2)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayBefore(5)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayBefore(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayBefore(7)).isEqualTo(Duration.ofSeconds(60));
    }

    @Example
    void fixedBackoffWaitsTheSameEveryTime() {
        RetryPolicy policy = new RetryPolicy(3, RetryPolicy.Backoff.FIXED, 30, null);

        assertThat(policy.delayBefore(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayBefore(100)).isEqualTo(Duration.ofSeconds(30));
    }

    @Example
    void withoutACapTheDoublingStopsAfterThirtyStepsInsteadOfOverflowing() {
        RetryPolicy policy = new RetryPolicy(100, RetryPolicy.Backoff.EXPONENTIAL, Integer.MAX_VALUE, null);

        assertThat(policy.delayBefore(32)).isEqualTo(Duration.ofSeconds((long) Integer.MAX_VALUE << 30));
        assertThat(policy.delayBefore(Integer.MAX_VALUE)).isEqualTo(policy.delayBefore(32));
    }

    @Property(tries = 1000)
    void theDelayIsBoundedAndNeverShrinks(@ForAll boolean exponential,
            @ForAll @IntRange(min = 0, max = 86_400) int initial, @ForAll @IntRange(min = 0, max = 604_800) int cap,
            @ForAll boolean capped, @ForAll @IntRange(min = -5, max = 200) int attempt) {
        RetryPolicy policy = new RetryPolicy(100, exponential ? RetryPolicy.Backoff.EXPONENTIAL
                : RetryPolicy.Backoff.FIXED, initial, capped ? cap : null);

        Duration delay = policy.delayBefore(attempt);
        Duration next = policy.delayBefore(attempt + 1);

        assertThat(delay.isNegative()).isFalse();
        assertThat(next).isGreaterThanOrEqualTo(delay);
        if (capped) {
            assertThat(delay.toSeconds()).isLessThanOrEqualTo(cap);
        }
        if (!exponential || attempt <= 2) {
            assertThat(delay.toSeconds()).isEqualTo(capped ? Math.min(initial, cap) : initial);
        }
    }

    @Property(tries = 200)
    void aNegativeInitialDelayNeverBecomesANegativeWait(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1)
            int initial, @ForAll boolean exponential, @ForAll @IntRange(min = 2, max = 40) int attempt) {
        RetryPolicy policy = new RetryPolicy(5, exponential ? RetryPolicy.Backoff.EXPONENTIAL
                : RetryPolicy.Backoff.FIXED, initial, null);

        assertThat(policy.delayBefore(attempt)).isEqualTo(Duration.ZERO);
    }
}
