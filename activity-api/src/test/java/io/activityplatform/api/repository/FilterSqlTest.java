package io.activityplatform.api.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterSqlTest {

    @Test
    void noCriteriaNoCondition() {
        FilterSql sql = FilterSql.of(ActivityFilter.ALL, null);

        assertThat(sql.where()).isEmpty();
        assertThat(sql.tuple().size()).isZero();
    }

    @Test
    void everyCriterionIsAParameterNeverSqlText() {
        ActivityFilter f = new ActivityFilter(Set.of(ActivityStatus.QUEUED), "ExecuteScriptRequest",
                ActivityKind.CLIENT, "c1'; drop table activity_view; --", UUID.randomUUID(), "user:alice",
                Instant.EPOCH, Instant.EPOCH.plusSeconds(1), "50%_off");

        FilterSql sql = FilterSql.of(f, null);

        assertThat(sql.where()).doesNotContain("drop").contains("status = any($1)", "type = $2", "kind = $3",
                "computer_id = $4", "parent_id = $5", "created_by = $6", "created_at >= $7", "created_at < $8",
                "summary ilike $9");
        assertThat(sql.tuple().getValue(8)).isEqualTo("%50\\%\\_off%");
    }

    @Test
    void aCallersFilterIsRestrictedToItsAccountsFirst() {
        FilterSql sql = FilterSql.of(new ActivityFilter(Set.of(), "ExecuteScriptRequest", null, null, null, null,
                null, null, null).within(Set.of("acme")), null);

        assertThat(sql.where()).isEqualTo(" where account_id = any($1) and type = $2");
        assertThat((String[]) sql.tuple().getValue(0)).containsExactly("acme");
        // no account restriction only for the service's own work
        assertThat(FilterSql.of(ActivityFilter.ALL, null).where()).doesNotContain("account_id");
    }

    @Test
    void theKeysetFollowsTheOrder() {
        UUID id = UUID.randomUUID();
        assertThat(FilterSql.of(ActivityFilter.ALL, new PageCursor(Instant.EPOCH, id, SortOrder.ASC)).where())
                .isEqualTo(" where (created_at, id) > ($1, $2)");
        assertThat(FilterSql.of(ActivityFilter.ALL, new PageCursor(Instant.EPOCH, id, SortOrder.DESC)).where())
                .isEqualTo(" where (created_at, id) < ($1, $2)");
    }

    @Test
    void likeWildcardsAndTheEscapeAreEscaped() {
        assertThat(FilterSql.escapeLike("a\\b%c_d")).isEqualTo("a\\\\b\\%c\\_d");
    }
}
