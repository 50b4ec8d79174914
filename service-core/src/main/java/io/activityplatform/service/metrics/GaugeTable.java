package io.activityplatform.service.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A gauge per tag combination whose values come from one periodic query (counts by status and kind, agents
 * by state): a scrape reads the last values and never queries the database itself. A combination absent
 * from a refresh drops to 0 rather than keeping a stale count.
 */
public final class GaugeTable {

    private final MeterRegistry registry;
    private final String name;
    private final List<String> tagKeys;
    private final Map<List<String>, AtomicLong> values = new ConcurrentHashMap<>();

    public GaugeTable(MeterRegistry registry, String name, String... tagKeys) {
        this.registry = registry;
        this.name = name;
        this.tagKeys = List.of(tagKeys);
    }

    /** Makes a combination visible (at 0) before the first refresh, so dashboards see every series. */
    public void declare(String... tagValues) {
        gauge(List.of(tagValues));
    }

    /** Replaces every value: combinations not in {@code counts} become 0. */
    public void refresh(Map<List<String>, Long> counts) {
        counts.forEach((tags, count) -> gauge(tags).set(count));
        values.forEach((tags, value) -> {
            if (!counts.containsKey(tags)) {
                value.set(0);
            }
        });
    }

    public long value(String... tagValues) {
        AtomicLong value = values.get(List.of(tagValues));
        return value == null ? 0 : value.get();
    }

    private AtomicLong gauge(List<String> tagValues) {
        if (tagValues.size() != tagKeys.size()) {
            throw new IllegalArgumentException(name + " needs tags " + tagKeys + ", got " + tagValues);
        }
        return values.computeIfAbsent(List.copyOf(tagValues), tags -> {
            Tags meterTags = Tags.empty();
            for (int i = 0; i < tagKeys.size(); i++) {
                meterTags = meterTags.and(tagKeys.get(i), tags.get(i));
            }
            return registry.gauge(name, meterTags, new AtomicLong());
        });
    }
}
