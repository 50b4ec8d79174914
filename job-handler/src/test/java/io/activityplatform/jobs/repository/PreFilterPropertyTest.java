package io.activityplatform.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.DeadlineRule;
import io.activityplatform.events.rules.DependencyRule;
import io.activityplatform.events.rules.RecoveryRule;
import io.activityplatform.events.rules.ScheduleRule;
import io.activityplatform.events.rules.TimeoutRule;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.scan.IsolatedView;
import io.activityplatform.service.scan.KeysetPaging;
import io.activityplatform.service.scan.RandomStates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job-handler's SQL scans are only pre-filters of common-events' rules: for random populations of states
 * written to a real {@code activity_view} (a private copy, so the running service never sees them), every
 * server activity a rule would act on is returned by its scan, read page by page with a small page size.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class PreFilterPropertyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_AFTER = Duration.ofSeconds(2);
    private static final Actor SELF = Actor.service("job-handler");
    private static final int PAGE = 7;

    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private IsolatedView view;
    private ServerActivityQueries queries;

    @BeforeEach
    void isolate() {
        view = IsolatedView.create(vertx, url, user, password, List.of("activity_view", "job_executions"));
        queries = new ServerActivityQueries(view.pool());
    }

    @AfterEach
    void drop() {
        view.close();
    }

    @Test
    void noScanDropsAnActivityItsRuleWouldActOn() {
        Map<String, Integer> acted = new java.util.HashMap<>();
        for (long seed = 1; seed <= 12; seed++) {
            Instant now = Instant.parse("2031-05-01T12:00:00Z").plusSeconds(seed * 1000);
            List<ActivityState> population = new RandomStates(seed, now).population(150);
            Map<UUID, ActivityState> byId = population.stream()
                    .collect(Collectors.toMap(ActivityState::id, Function.identity()));
            view.clear("activity_view").await().atMost(WAIT);
            new ActivityViewStore(view.pool()).upsert(view.pool(), population).await().atMost(WAIT);

            check("schedule", acted, population, s -> ScheduleRule.evaluate(s, now).isPresent(),
                    ids((after, limit) -> queries.dueScheduled(now, after, limit), ActivityState::id));
            check("deadline", acted, population, s -> DeadlineRule.evaluate(s, now).isPresent(),
                    ids((after, limit) -> queries.deliveryOverdue(now, after, limit), ActivityState::id));
            check("timeout", acted, population, s -> TimeoutRule.evaluate(s, now).isPresent(),
                    ids((after, limit) -> queries.timedOut(now, after, limit), ActivityState::id));
            check("dependency", acted, population, s -> DependencyRule.evaluate(s, dependencyOf(s, byId)).isPresent(),
                    ids(queries::waitingWithNews, w -> w.waiting().id()));
            check("recovery", acted, population, s -> RecoveryRule.evaluate(s, null, false, true, SELF, now,
                            ORPHAN_AFTER).action() != RecoveryRule.Action.LEAVE,
                    ids((after, limit) -> queries.orphanCandidates(now.minus(ORPHAN_AFTER), after, limit),
                            r -> r.state().id()));
        }
        assertThat(acted).as("every rule acted on some random states, so the check is not vacuous")
                .allSatisfy((rule, count) -> assertThat(count).as(rule).isPositive());
    }

    @Test
    void theCheckCatchesAPreFilterThatDropsActivities() {
        Instant now = Instant.parse("2031-05-01T12:00:00Z");
        List<ActivityState> population = new RandomStates(99, now).population(150);
        new ActivityViewStore(view.pool()).upsert(view.pool(), population).await().atMost(WAIT);
        // a planted fault: the old exclusive deadline boundary (deliver_before < now)
        Set<UUID> exclusive = ids((after, limit) -> queries.deliveryOverdue(now.minusMillis(1), after, limit),
                ActivityState::id);

        Set<UUID> missing = population.stream().filter(s -> s.kind() == ActivityKind.SERVER)
                .filter(s -> DeadlineRule.evaluate(s, now).isPresent()).map(ActivityState::id)
                .filter(id -> !exclusive.contains(id)).collect(Collectors.toSet());

        assertThat(missing).as("states exactly on the boundary are dropped by the faulty pre-filter").isNotEmpty();
    }

    private static ActivityState dependencyOf(ActivityState waiting, Map<UUID, ActivityState> byId) {
        var condition = waiting.definition().waitFor();
        return condition == null || condition.activityId() == null ? null : byId.get(condition.activityId());
    }

    private static void check(String rule, Map<String, Integer> acted, List<ActivityState> population,
            Predicate<ActivityState> acts, Set<UUID> scanned) {
        List<UUID> expected = population.stream().filter(s -> s.kind() == ActivityKind.SERVER).filter(acts)
                .map(ActivityState::id).toList();
        acted.merge(rule, expected.size(), Integer::sum);
        assertThat(scanned).as("the %s scan returns every server activity the rule acts on", rule)
                .containsAll(expected);
    }

    private static <T> Set<UUID> ids(KeysetPaging.Fetch<T> fetch, Function<T, UUID> id) {
        Set<UUID> all = new HashSet<>();
        KeysetPaging.each(fetch, id, PAGE, page -> {
            page.forEach(item -> all.add(id.apply(item)));
            return Uni.createFrom().item(page.size());
        }).await().atMost(WAIT);
        return all;
    }
}
