package io.activityplatform.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    @Test
    void noCriteriaMatchEverything() {
        assertThat(FilterParser.parse(null, "")).isEqualTo(ActivityFilter.ALL);
        assertThat(FilterParser.parse(FilterParams.NONE, "")).isEqualTo(ActivityFilter.ALL);
    }

    @Test
    void criteriaAreParsedLeniently() {
        UUID parent = UUID.randomUUID();
        ActivityFilter f = FilterParser.parse(new FilterParams(List.of("queued, Blocked", "QUEUED"),
                "ExecuteScriptRequest", "client", " c1 ", parent.toString(), "alice", "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z", " backup "), "");

        assertThat(f.statuses()).containsExactlyInAnyOrder(ActivityStatus.QUEUED, ActivityStatus.BLOCKED);
        assertThat(f.kind()).isEqualTo(ActivityKind.CLIENT);
        assertThat(f.computerId()).isEqualTo("c1");
        assertThat(f.parentId()).isEqualTo(parent);
        assertThat(f.creator()).isEqualTo("user:alice");
        assertThat(f.createdAfter()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(f.text()).isEqualTo("backup");
    }

    @Test
    void aCreatorWithAKindIsKeptAsIs() {
        assertThat(FilterParser.creator("service:activity-api")).isEqualTo("service:activity-api");
        assertThat(FilterParser.creator("bob")).isEqualTo("user:bob");
    }

    @Test
    void everyBadCriterionIsNamedWithThePrefix() {
        FilterParams bad = new FilterParams(List.of("LOST"), "Teleport", "MIDDLE", null, "42", null, "then",
                "2026-01-01T00:00:00Z", null);

        assertThatThrownBy(() -> FilterParser.parse(bad, "filter."))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("filter.status", "filter.type",
                                "filter.kind", "filter.parent", "filter.createdAfter"));
    }
}
