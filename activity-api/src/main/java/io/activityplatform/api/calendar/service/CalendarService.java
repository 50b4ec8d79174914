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
import java.util.Set;

/**
 * Creating, replacing and deleting holiday calendars; a calendar in use by a schedule cannot be deleted. Every
 * calendar belongs to one account; each operation works in the one account its caller resolved.
 */
@ApplicationScoped
public class CalendarService {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final CalendarRepository repository;
    private final Clock clock;

    public CalendarService(CalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Uni<Calendar> create(String account, CalendarRequest request) {
        CalendarValidator.ValidCalendar valid = CalendarValidator.validate(request.name(), request.description(),
                request.dates());
        Instant now = clock.instant();
        Calendar calendar = new Calendar(valid.name(), valid.description(), valid.dates(), now, now, 1, account);
        return repository.insert(calendar).map(inserted -> {
            if (!inserted) {
                throw new ProblemException(Problem.of(409, "Conflict", "a calendar named " + valid.name()
                        + " exists; replace it with PUT /calendars/" + valid.name()).with("name", valid.name()));
            }
            return calendar;
        });
    }

    /** With {@code ifMatch} (the version read) a calendar changed since is a 412; without, the last writer wins. */
    public Uni<Calendar> replace(String account, String name, CalendarRequest request, Integer ifMatch) {
        if (request.name() != null && !request.name().equals(name)) {
            throw ProblemException.invalid("name", "must equal the name in the path (" + name + ")");
        }
        CalendarValidator.ValidCalendar valid = CalendarValidator.validate(name, request.description(),
                request.dates());
        return repository.update(account, name, valid.description(), valid.dates(), clock.instant(), ifMatch)
                .flatMap(updated -> updated.isPresent() ? Uni.createFrom().item(updated.get())
                        : get(account, name).map(current -> {
                            throw RequestHeaders.stale("calendar " + name, ifMatch, current.version());
                        }));
    }

    public Uni<Calendar> get(String account, String name) {
        return repository.find(account, name).map(found -> found.orElseThrow(() -> notFound(name)));
    }

    public Uni<List<Calendar>> page(List<String> after, int limit, Set<String> accounts) {
        return repository.page(after, limit, accounts);
    }

    public Uni<Void> delete(String account, String name) {
        return repository.usedBy(account, name)
                .flatMap(schedules -> schedules.isEmpty() ? repository.delete(account, name) : Uni.createFrom().failure(
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
