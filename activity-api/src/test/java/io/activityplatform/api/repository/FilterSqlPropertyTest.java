package io.activityplatform.api.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Any combination of criteria, with any text in them: the placeholders are numbered 1..n in order, one per
 * parameter, each condition is joined with {@code and}, and no criterion's text ever reaches the SQL.
 */
class FilterSqlPropertyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");
    /** What the SQL may consist of besides placeholders: column names, operators and the fixed keywords. */
    private static final Pattern SQL_ALPHABET = Pattern.compile("[a-z_ ()=<>,$0-9'\\\\]*");

    @Property(tries = 500)
    void placeholdersAreNumberedInOrderAndNoCriterionTextReachesTheSql(@ForAll boolean withStatuses,
            @ForAll boolean withType, @ForAll boolean withKind, @ForAll String computer, @ForAll boolean withComputer,
            @ForAll boolean withParent, @ForAll String creator, @ForAll boolean withCreator,
            @ForAll boolean withAfter, @ForAll boolean withBefore, @ForAll String text, @ForAll boolean withText,
            @ForAll boolean withAccounts, @ForAll boolean withCursor, @ForAll boolean ascending) {
        Set<ActivityStatus> statuses = withStatuses ? EnumSet.of(ActivityStatus.QUEUED, ActivityStatus.FAILED)
                : Set.of();
        ActivityFilter filter = new ActivityFilter(statuses, withType ? "ExecuteScriptRequest" : null,
                withKind ? ActivityKind.SERVER : null, withComputer ? "Z" + computer : null,
                withParent ? UUID.randomUUID() : null, withCreator ? "Z" + creator : null,
                withAfter ? Instant.EPOCH : null, withBefore ? Instant.EPOCH.plusSeconds(60) : null,
                withText ? "Z" + text : null);
        if (withAccounts) {
            filter = filter.within(Set.of("acme", "globex"));
        }
        PageCursor cursor = withCursor
                ? new PageCursor(Instant.EPOCH, UUID.randomUUID(), ascending ? SortOrder.ASC : SortOrder.DESC)
                : null;

        FilterSql sql = FilterSql.of(filter, cursor);
        String where = sql.where();

        List<Integer> numbers = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(where);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        int expected = (withAccounts ? 1 : 0) + (withStatuses ? 1 : 0) + (withType ? 1 : 0) + (withKind ? 1 : 0)
                + (withComputer ? 1 : 0) + (withParent ? 1 : 0) + (withCreator ? 1 : 0) + (withAfter ? 1 : 0)
                + (withBefore ? 1 : 0) + (withText ? 1 : 0) + (withCursor ? 2 : 0);
        assertThat(sql.tuple().size()).isEqualTo(expected);
        assertThat(numbers).hasSize(expected);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        // criterion values start with 'Z', which no column or keyword has: only parameters may hold them
        assertThat(where).doesNotContain("Z").matches(SQL_ALPHABET);
        if (expected == 0) {
            assertThat(where).isEmpty();
        } else {
            assertThat(where).startsWith(" where ");
            int conditions = expected - (withCursor ? 1 : 0);
            assertThat(where.split(" and ")).hasSize(conditions);
        }
    }
}
