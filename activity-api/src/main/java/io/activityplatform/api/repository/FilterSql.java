package io.activityplatform.api.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ActivityFilter} (plus a keyset position) as a SQL condition on {@code activity_view} with
 * numbered parameters. Values always travel as parameters, never inside the SQL text.
 */
final class FilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private FilterSql() {
    }

    static FilterSql of(ActivityFilter f, PageCursor after) {
        FilterSql sql = new FilterSql();
        if (f.accounts() != null) {
            sql.add("account_id = any($%d)", f.accounts().toArray(String[]::new));
        }
        if (!f.statuses().isEmpty()) {
            sql.add("status = any($%d)", f.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        sql.addIf(f.type(), "type = $%d");
        sql.addIf(f.kind() == null ? null : f.kind().name(), "kind = $%d");
        sql.addIf(f.computerId(), "computer_id = $%d");
        sql.addIf(f.parentId(), "parent_id = $%d");
        sql.addIf(f.creator(), "created_by = $%d");
        sql.addIf(utc(f.createdAfter()), "created_at >= $%d");
        sql.addIf(utc(f.createdBefore()), "created_at < $%d");
        if (f.text() != null) {
            sql.add("summary ilike $%d escape '\\'", "%" + escapeLike(f.text()) + "%");
        }
        if (after != null) {
            int at = sql.param(utc(after.createdAt()));
            int id = sql.param(after.id());
            String op = after.order() == SortOrder.ASC ? ">" : "<";
            sql.conditions.add("(created_at, id) " + op + " ($" + at + ", $" + id + ")");
        }
        return sql;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Adds a parameter and returns its number. */
    int param(Object value) {
        params.add(value);
        return params.size();
    }

    Tuple tuple() {
        return Tuple.from(params);
    }

    private void addIf(Object value, String condition) {
        if (value != null) {
            add(condition, value);
        }
    }

    private void add(String condition, Object value) {
        conditions.add(String.format(condition, param(value)));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
