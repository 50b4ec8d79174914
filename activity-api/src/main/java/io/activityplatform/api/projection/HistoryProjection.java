package io.activityplatform.api.projection;

import io.activityplatform.api.mapping.HistoryRecords;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Files every activity event of a batch, applied or rejected, into the history, inside the projection's
 * transaction: the history is exactly-once with the view and is rebuilt with it.
 */
@ApplicationScoped
public class HistoryProjection implements ProjectionListener {

    private final HistoryRepository history;

    public HistoryProjection(HistoryRepository history) {
        this.history = history;
    }

    @Override
    public Uni<Void> inTransaction(SqlConnection tx, ProjectionBatch batch) {
        List<HistoryRecord> records = new ArrayList<>(batch.activityEvents().size());
        for (FoldedEvent folded : batch.activityEvents()) {
            HistoryRecord record = HistoryRecords.of(folded);
            if (record != null) {
                records.add(record);
            }
        }
        return history.insert(tx, records);
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return history.truncate(tx);
    }
}
