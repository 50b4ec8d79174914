package io.activityplatform.service.projection;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.service.projection.ProjectionOffsets.PartitionProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Turns polled records into a {@link ProjectionBatch} with the common fold, given the current states of the
 * activities they touch and the offsets already applied. No I/O, so it is tested without a broker.
 */
final class RecordFolder {

    private static final Logger LOG = Logger.getLogger(RecordFolder.class);

    private final Map<String, Long> applied;
    private final Map<UUID, ActivityState> states;
    private final Map<String, PartitionProgress> progress = new LinkedHashMap<>();
    private final Map<UUID, ActivityState> changed = new HashMap<>();
    private final List<FoldedEvent> folded = new ArrayList<>();
    private final List<ComputerRecord> computers = new ArrayList<>();

    /**
     * @param applied offsets already in the view by {@code topic:partition}; records at or below are replays
     * @param states  current states of the batch's activities; updated in place as the batch folds
     */
    RecordFolder(Map<String, Long> applied, Map<UUID, ActivityState> states) {
        this.applied = applied;
        this.states = states;
    }

    /** Decodes and folds one record; a replayed record is skipped and false returned. */
    boolean add(ConsumerRecord<String, byte[]> record) {
        Long done = applied.get(ProjectionOffsets.key(record.topic(), record.partition()));
        if (done != null && record.offset() <= done) {
            return false;
        }
        PartitionProgress p = progress.computeIfAbsent(ProjectionOffsets.key(record.topic(), record.partition()),
                k -> new PartitionProgress(record.topic(), record.partition()));
        p.lastOffset = record.offset();
        p.events++;
        if (Topics.COMPUTER_EVENTS.equals(record.topic())) {
            addComputer(record, p);
        } else {
            addActivity(record, p);
        }
        return true;
    }

    private void addActivity(ConsumerRecord<String, byte[]> record, PartitionProgress p) {
        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(record.value());
        if (decoded instanceof Decoded.Malformed<ActivityEvent> bad) {
            p.malformed++;
            p.rejected++;
            LOG.warnf("Malformed record %s-%d@%d skipped: %s", record.topic(), record.partition(), record.offset(),
                    bad.reason());
            folded.add(new FoldedEvent(record.partition(), record.offset(), null, bad.reason(), null, null));
            return;
        }
        ActivityEvent event = ((Decoded.Event<ActivityEvent>) decoded).event();
        ActivityState before = states.get(event.activityId());
        FoldResult result = ActivityFold.apply(before, event);
        if (result.applied()) {
            states.put(event.activityId(), result.state());
            changed.put(event.activityId(), result.state());
        } else {
            p.rejected++;
        }
        folded.add(new FoldedEvent(record.partition(), record.offset(), event, null, before, result));
    }

    private void addComputer(ConsumerRecord<String, byte[]> record, PartitionProgress p) {
        var decoded = EventCodec.decodeComputerEvent(record.value());
        if (decoded instanceof Decoded.Malformed<?> bad) {
            p.malformed++;
            p.rejected++;
            LOG.warnf("Malformed record %s-%d@%d skipped: %s", record.topic(), record.partition(), record.offset(),
                    bad.reason());
            computers.add(new ComputerRecord(record.partition(), record.offset(), null, bad.reason()));
            return;
        }
        computers.add(new ComputerRecord(record.partition(), record.offset(),
                ((Decoded.Event<io.activityplatform.events.event.ComputerEvent>) decoded).event(), null));
    }

    ProjectionBatch batch() {
        return new ProjectionBatch(List.copyOf(folded), List.copyOf(computers), Map.copyOf(changed));
    }

    Map<String, PartitionProgress> progress() {
        return progress;
    }

    /** The activity ids a list of records touches, read cheaply from the record keys. */
    static List<UUID> activityIds(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<UUID> ids = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (Topics.ACTIVITY_EVENTS.equals(r.topic()) && r.key() != null) {
                try {
                    ids.add(UUID.fromString(r.key()));
                } catch (IllegalArgumentException ignored) {
                    // A bad key does not stop the batch; the fold judges the record by its value.
                }
            }
        }
        return ids;
    }
}
