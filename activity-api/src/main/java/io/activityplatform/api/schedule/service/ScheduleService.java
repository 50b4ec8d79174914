package io.activityplatform.api.schedule.service;

import io.activityplatform.api.calendar.repository.CalendarRepository;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import io.activityplatform.api.schedule.model.ScheduleDefinition;
import io.activityplatform.api.rest.RequestHeaders;
import io.activityplatform.api.schedule.repository.ScheduleRepository;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.Problem.FieldError;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creating and changing schedules. Every change of the recurrence or of the active flag re-bases the schedule at
 * "now": it fires for fire times after the change only, never for times before it was (re)configured. Every
 * schedule belongs to one account, fixed at creation; reads and changes see only the caller's accounts', and a
 * schedule uses only calendars of its own account.
 */
@ApplicationScoped
public class ScheduleService {

    private final ScheduleRepository schedules;
    private final CalendarRepository calendars;
    private final Clock clock;

    public ScheduleService(ScheduleRepository schedules, CalendarRepository calendars, Clock clock) {
        this.schedules = schedules;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Uni<LoadedSchedule> create(String account, ScheduleDefinition definition) {
        return validate(account, definition).flatMap(valid -> {
            Instant now = clock.instant();
            Schedule schedule = new Schedule(UUID.randomUUID(), valid.name(), valid.description(), valid.template(),
                    valid.dayOfWeek(), valid.triggerTimes(), valid.timezone(), valid.calendar(),
                    valid.active() == null || valid.active(), now, now, now, null, 0, 0, null, 1, account);
            return save(schedule, null, Set.of(account));
        });
    }

    /**
     * Replaces the configuration; the active flag stays as it is when the request leaves it out. With
     * {@code ifMatch} (the version the caller read) a schedule changed since is a 412; without, the last writer wins.
     */
    public Uni<LoadedSchedule> replace(UUID id, ScheduleDefinition definition, Integer ifMatch,
            Set<String> accounts) {
        return get(id, accounts).flatMap(current -> validate(current.schedule().accountId(), definition)
                .flatMap(valid -> {
            Schedule old = current.schedule();
            RequestHeaders.checkVersion(ifMatch, "schedule " + id, old.version());
            Instant now = clock.instant();
            Schedule schedule = new Schedule(id, valid.name(), valid.description(), valid.template(),
                    valid.dayOfWeek(), valid.triggerTimes(), valid.timezone(), valid.calendar(),
                    valid.active() == null ? old.active() : valid.active(), old.createdAt(), now, now,
                    old.lastFiredAt(), old.firedCount(), old.missedCount(), old.lastMissedAt(), old.version(),
                    old.accountId());
            return save(schedule, ifMatch, accounts);
        }));
    }

    /** Activating an inactive schedule re-bases it; activating an active one changes nothing. */
    public Uni<LoadedSchedule> setActive(UUID id, boolean active, Set<String> accounts) {
        return get(id, accounts).flatMap(current -> {
            Schedule s = current.schedule();
            if (s.active() == active) {
                return Uni.createFrom().item(current);
            }
            Instant now = clock.instant();
            return save(new Schedule(s.id(), s.name(), s.description(), s.template(), s.dayOfWeek(),
                    s.triggerTimes(), s.timezone(), s.calendar(), active, s.createdAt(), now, now, s.lastFiredAt(),
                    s.firedCount(), s.missedCount(), s.lastMissedAt(), s.version(), s.accountId()), null, accounts);
        });
    }

    public Uni<LoadedSchedule> get(UUID id, Set<String> accounts) {
        return schedules.find(id, accounts).map(found -> found.orElseThrow(
                () -> ProblemException.notFound("no schedule " + id)));
    }

    public Uni<List<LoadedSchedule>> page(Boolean active, UUID after, int limit, Set<String> accounts) {
        return schedules.page(active, after, limit, accounts);
    }

    public Uni<Void> delete(UUID id, Set<String> accounts) {
        return schedules.delete(id, accounts).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("no schedule " + id);
            }
            return null;
        });
    }

    /** Saves, conditionally on {@code expectedVersion}; a write that lost the race to another is a 412. */
    private Uni<LoadedSchedule> save(Schedule schedule, Integer expectedVersion, Set<String> accounts) {
        Instant nextCheck = ScheduleClock.nextCheck(schedule.recurrence(), schedule.evaluatedUntil());
        return schedules.save(schedule, nextCheck, expectedVersion).flatMap(saved -> saved ? get(schedule.id(),
                accounts) : get(schedule.id(), accounts).map(now -> {
                    throw RequestHeaders.stale("schedule " + schedule.id(), expectedVersion,
                            now.schedule().version());
                }));
    }

    /** Every problem at once: the pure checks, then whether the named calendar exists in the account. */
    private Uni<ScheduleDefinition> validate(String account, ScheduleDefinition definition) {
        List<FieldError> errors = new ArrayList<>(ScheduleValidator.validate(definition));
        boolean checkCalendar = definition.calendar() != null
                && errors.stream().noneMatch(e -> e.field().equals("calendar"));
        Uni<Boolean> calendarKnown = checkCalendar
                ? calendars.find(account, definition.calendar()).map(found -> found.isPresent())
                : Uni.createFrom().item(true);
        return calendarKnown.map(known -> {
            if (!known) {
                errors.add(new FieldError("calendar", "no calendar named " + definition.calendar()
                        + "; create it with POST /calendars"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(Problem.invalid(String.join("; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors));
            }
            return definition;
        });
    }
}
