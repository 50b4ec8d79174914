package io.activityplatform.api.schedule.repository;

import static io.activityplatform.service.time.Timestamps.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import io.activityplatform.events.codec.EventCodec;
import io.vertx.mutiny.sqlclient.Row;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/** Row mapping of {@code schedules} (joined with its calendar's dates). */
final class ScheduleRows {

    /** Every column a {@link LoadedSchedule} needs; {@code s} is schedules, {@code c} the calendar. */
    static final String SELECT = "select s.id, s.name, s.description, s.template::text as template, s.day_of_week,"
            + " s.trigger_times, s.timezone, s.calendar, s.active, s.created_at, s.updated_at, s.evaluated_until,"
            + " s.last_fired_at, s.fired_count, s.missed_count, s.last_missed_at, s.version, s.account_id,"
            + " c.dates as holidays,"
            // Template computers of another account: never targeted by this schedule's firings.
            + " array(select cv.id from computer_view cv where cv.id in"
            + " (select jsonb_array_elements_text(s.template -> 'computerIds'))"
            + " and cv.account_id is distinct from s.account_id) as foreign_computers"
            + " from schedules s left join calendars c on c.account_id = s.account_id and c.name = s.calendar";

    private ScheduleRows() {
    }

    static LoadedSchedule fromRow(Row row) {
        Schedule schedule = new Schedule(row.getUUID("id"), row.getString("name"), row.getString("description"),
                template(row.getString("template")), row.getString("day_of_week"),
                Arrays.asList(row.getArrayOfStrings("trigger_times")), row.getString("timezone"),
                row.getString("calendar"), row.getBoolean("active"), instant(row, "created_at"),
                instant(row, "updated_at"), instant(row, "evaluated_until"), instant(row, "last_fired_at"),
                row.getLong("fired_count"), row.getLong("missed_count"), instant(row, "last_missed_at"),
                row.getInteger("version"), row.getString("account_id"));
        LocalDate[] holidays = row.getArrayOfLocalDates("holidays");
        String[] foreign = row.getArrayOfStrings("foreign_computers");
        return new LoadedSchedule(schedule, holidays == null ? Set.of() : Set.of(holidays),
                foreign == null ? Set.of() : Set.of(foreign));
    }

    static String json(ActivityTemplate template) {
        try {
            return EventCodec.mapper().writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActivityTemplate template(String json) {
        try {
            return EventCodec.mapper().readValue(json, ActivityTemplate.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable schedules.template", e);
        }
    }
}
