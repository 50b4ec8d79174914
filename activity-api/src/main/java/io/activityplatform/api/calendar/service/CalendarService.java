package io.activityplatform.api.calendar.service;

import io.activityplatform.api.calendar.model.Calendar;
import io.activityplatform.api.calendar.repository.CalendarRepository;
import io.activityplatform.api.calendar.rest.CalendarRequest;
import io.activityplatform.api.rest.RequestHeaders;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Creating, replacing and deleting holiday calendars; a calendar in use by a schedule cannot be deleted. */
@ApplicationScoped
public class CalendarService {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final CalendarRepository repository;
    private final Clock clock;

    public CalendarService(CalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Uni<Calendar> create(CalendarRequest request) {
        CalendarValidator.ValidCalendar valid = CalendarValidator.validate(request.name(), request.description(),
                request.dates());
        Instant now = clock.instant();
        Calendar calendar = new Calendar(valid.name(), valid.description(), valid.dates(), now, now, 1);
        return repository.insert(calendar).map(inserted -> {
            if (!inserted) {
                throw new ProblemException(Problem.of(409, "Conflict", "a calendar named " + valid.name()
                        + " exists; replace it with PUT /calendars/" + valid.name()).with("name", valid.name()));
            }
            return calendar;
        });
    }

    /** With {@code ifMatch} (the version read) a calendar changed since is a 412; without, the last writer wins. */
    public Uni<Calendar> replace(String name, CalendarRequest request, Integer ifMatch) {
        if (request.name() != null && !request.name().equals(name)) {
            throw ProblemException.invalid("name", "must equal the name in the path (" + name + ")");
        }
        CalendarValidator.ValidCalendar valid = CalendarValidator.validate(name, request.description(),
                request.dates());
        return repository.update(name, valid.description(), valid.dates(), clock.instant(), ifMatch)
                .flatMap(updated -> updated.isPresent() ? Uni.createFrom().item(updated.get())
                        : get(name).map(current -> {
                            throw RequestHeaders.stale("calendar " + name, ifMatch, current.version());
                        }));
    }

    public Uni<Calendar> get(String name) {
        return repository.find(name).map(found -> found.orElseThrow(() -> notFound(name)));
    }

    public Uni<List<Calendar>> page(String after, int limit) {
        return repository.page(after, limit);
    }

    public Uni<Void> delete(String name) {
        return repository.usedBy(name)
                .flatMap(schedules -> schedules.isEmpty() ? repository.delete(name) : Uni.createFrom().failure(
                        inUse(name, schedules)))
                .onFailure(PgException.class).transform(e -> isForeignKeyViolation(e) ? inUse(name, List.of()) : e)
                .map(deleted -> {
                    if (!deleted) {
                        throw notFound(name);
                    }
                    return null;
                });
    }

    private static boolean isForeignKeyViolation(Throwable e) {
        return e instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState());
    }

    private static ProblemException inUse(String name, List<?> schedules) {
        return new ProblemException(Problem.of(409, "Conflict", "calendar " + name
                + " is used by schedules; change or delete them first").with("schedules", schedules));
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("no calendar named " + name);
    }
}
