package io.activityplatform.service.projection;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.service.projection.ProjectionOffsets.PartitionProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns decoded records into a {@link ProjectionBatch} with the common fold, given the current states of the
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
    private final List<SetAside> setAside = new ArrayList<>();

    /** A malformed record and why: listed in the quarantine so operators find it in one place. */
    record SetAside(PolledRecord record, String reason) {
    }

    /**
     * @param applied offsets already in the view by {@code topic:partition}; records at or below are replays
     * @param states  current states of the batch's activities; updated in place as the batch folds
     */
    RecordFolder(Map<String, Long> applied, Map<UUID, ActivityState> states) {
        this.applied = applied;
        this.states = states;
    }

    /** Folds one decoded record; a replayed record is skipped and false returned. */
    boolean add(PolledRecord record) {
        String key = ProjectionOffsets.key(record.topic(), record.partition());
        Long done = applied.get(key);
        if (done != null && record.offset() <= done) {
            return false;
        }
        PartitionProgress p = progress.computeIfAbsent(key,
                k -> new PartitionProgress(record.topic(), record.partition()));
        p.lastOffset = record.offset();
        p.events++;
        if (record.computer() != null) {
            addComputer(record, p);
        } else {
            addActivity(record, p);
        }
        return true;
    }

    private void addActivity(PolledRecord record, PartitionProgress p) {
        if (record.activity() instanceof Decoded.Malformed<ActivityEvent> bad) {
            malformed(record, p, bad.reason());
            ActivityState current = bad.activityId() == null ? null : states.get(bad.activityId());
            folded.add(new FoldedEvent(record.partition(), record.offset(), null, bad.reason(), current, null,
                    bad.activityId(), bad.eventId(), record.loggedAt()));
            return;
        }
        ActivityEvent event = ((Decoded.Event<ActivityEvent>) record.activity()).event();
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

    private void addComputer(PolledRecord record, PartitionProgress p) {
        if (record.computer() instanceof Decoded.Malformed<ComputerEvent> bad) {
            malformed(record, p, bad.reason());
            computers.add(new ComputerRecord(record.partition(), record.offset(), null, bad.reason()));
            return;
        }
        computers.add(new ComputerRecord(record.partition(), record.offset(),
                ((Decoded.Event<ComputerEvent>) record.computer()).event(), null));
    }

    private void malformed(PolledRecord record, PartitionProgress p, String reason) {
        setAside.add(new SetAside(record, LegalText.truncate(LegalText.sanitize("malformed: " + reason), 1000)));
        p.malformed++;
        p.rejected++;
        LOG.warnf("Malformed record %s-%d@%d skipped: %s", record.topic(), record.partition(), record.offset(),
                reason);
    }

    ProjectionBatch batch() {
        return new ProjectionBatch(List.copyOf(folded), List.copyOf(computers), Map.copyOf(changed));
    }

    /** The batch's malformed records, to list in the quarantine with the batch. */
    List<SetAside> malformed() {
        return setAside;
    }

    Map<String, PartitionProgress> progress() {
        return progress;
    }

    /**
     * The activities a list of records touches, each once, to load their states in one query: an activity
     * usually has several events in a batch (created, claimed, progress, finished), and every duplicate would
     * be encoded, sent and looked up again.
     */
    static List<UUID> activityIds(Iterable<PolledRecord> records) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (PolledRecord r : records) {
            UUID id = r.activityId();
            if (id != null) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
