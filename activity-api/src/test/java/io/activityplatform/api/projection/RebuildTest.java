package io.activityplatform.api.projection;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Dropping the view and refolding the log from offset 0 reproduces it exactly, the history included. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class RebuildTest {

    @Inject
    LogDriver log;
    @Inject
    Pool pool;

    @Test
    void rebuildingFromTheLogReproducesTheIdenticalViewAndHistory() {
        String computer = log.computer();
        UUID canceled = createScript("alice", computer);
        as("bob").post("/activities/" + canceled + "/cancel").then().statusCode(200);
        log.move(canceled, ActivityStatus.IN_PROGRESS, null);
        UUID finished = createScript("alice", computer);
        log.move(finished, ActivityStatus.IN_PROGRESS, 1);
        log.progress(finished, 50, "working\n", 1);
        log.progress(finished, 50, "working\n", 1);
        log.move(finished, ActivityStatus.SUCCEEDED, 2);
        UUID approved = createWith("alice", with(script(computer), "requireApproval", true));
        as("carol").post("/activities/" + approved + "/approve").then().statusCode(200);
        List<UUID> mine = List.of(canceled, finished, approved);
        String view = view();
        String history = history(mine);
        assertThat(history).contains("DUPLICATE_PROGRESS").contains("ALREADY_FINAL");

        given().post("/admin/projection/rebuild").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> view().equals(view));
        assertThat(history(mine)).isEqualTo(history);
        given().get("/activities/" + finished + "/output").then().statusCode(200);
    }

    /** The whole view: other services' reactions during the rebuild can add rejected events, never rows. */
    private String view() {
        return dump(pool.query("select id, status, status_version, created_at, state::text from activity_view"
                + " order by id").execute().await().atMost(Duration.ofSeconds(10)));
    }

    private String history(List<UUID> ids) {
        return dump(pool.preparedQuery("select partition_id, log_offset, activity_id, event_id, event_type,"
                        + " occurred_at, actor_kind, actor_id, source, applied, rejection, rejection_detail,"
                        + " status_before, status_after, version_after, details::text from activity_history"
                        + " where activity_id = any($1) order by partition_id, log_offset")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10)));
    }

    private static String dump(Iterable<Row> rows) {
        StringBuilder all = new StringBuilder();
        for (Row row : rows) {
            for (int i = 0; i < row.size(); i++) {
                all.append(row.getValue(i)).append('|');
            }
            all.append('\n');
        }
        return all.toString();
    }
}
