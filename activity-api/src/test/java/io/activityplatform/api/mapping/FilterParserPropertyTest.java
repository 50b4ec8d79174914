package io.activityplatform.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Filter criteria arrive as query parameters, so any text: parsing gives a filter or a 400 whose every error
 * names one of the criteria that can be wrong (with the caller's prefix), never another exception; and any
 * spelling of any set of statuses parses to exactly that set.
 */
class FilterParserPropertyTest {

    private static final Set<String> CHECKED = Set.of("status", "type", "kind", "parent", "createdAfter",
            "createdBefore");

    @Provide
    Arbitrary<String> criterion() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("", " ", "QUEUED", "queued,failed", "CLIENT", "server", "ExecuteScriptRequest",
                        "2026-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "00000000-0000-0000-0000-000000000000",
                        ",", "null"));
    }

    @Property(tries = 1000)
    void anyCriteriaGiveAFilterOrA400NamingOnlyCheckedFields(@ForAll("criterion") String status,
            @ForAll("criterion") String type, @ForAll("criterion") String kind, @ForAll("criterion") String computer,
            @ForAll("criterion") String parent, @ForAll("criterion") String creator,
            @ForAll("criterion") String after, @ForAll("criterion") String before, @ForAll("criterion") String q) {
        FilterParams params = new FilterParams(List.of(status), type, kind, computer, parent, creator, after, before,
                q);

        Throwable thrown = catchThrowable(() -> FilterParser.parse(params, "filter."));

        if (thrown != null) {
            assertThat(thrown).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors()).isNotEmpty().extracting(Problem.FieldError::field)
                        .allMatch(f -> f.startsWith("filter.") && CHECKED.contains(f.substring("filter.".length())));
            });
        }
    }

    @Property(tries = 300)
    void anySpellingOfAnySetOfStatusesParsesToThatSet(@ForAll Set<ActivityStatus> statuses,
            @ForAll boolean lowerCase, @ForAll boolean oneValue) {
        List<String> names = statuses.stream()
                .map(s -> lowerCase ? s.name().toLowerCase(Locale.ROOT) : s.name()).toList();
        List<String> values = oneValue ? List.of(" " + String.join(" , ", names) + ",") : names;

        ActivityFilter filter = FilterParser.parse(new FilterParams(values, null, null, null, null, null, null,
                null, null), "");

        assertThat(filter.statuses()).isEqualTo(statuses.isEmpty() ? EnumSet.noneOf(ActivityStatus.class)
                : EnumSet.copyOf(statuses));
    }

    @Property(tries = 200)
    void aWindowIsValidOnlyWhenAfterIsStrictlyBeforeBefore(@ForAll("seconds") long a, @ForAll("seconds") long b) {
        String after = Instant.ofEpochSecond(a).toString();
        String before = Instant.ofEpochSecond(b).toString();
        FilterParams params = new FilterParams(null, null, null, null, null, null, after, before, null);

        Throwable thrown = catchThrowable(() -> FilterParser.parse(params, ""));

        if (a < b) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                    .extracting(Problem.FieldError::field).containsExactly("createdBefore"));
        }
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(1_700_000_000L, 1_700_000_010L);
    }

    /** Listed separately so a reader sees which criteria are free text and never refused. */
    @Property(tries = 200)
    void freeTextCriteriaAreNeverRefused(@ForAll String computer, @ForAll String creator, @ForAll String q) {
        FilterParams params = new FilterParams(null, null, null, computer, null, creator, null, null, q);

        ActivityFilter filter = FilterParser.parse(params, "");

        assertThat(filter.computerId()).isEqualTo(computer.isBlank() ? null : computer.trim());
        assertThat(filter.text()).isEqualTo(q.isBlank() ? null : q.trim());
        String trimmed = creator.trim();
        assertThat(filter.creator()).isEqualTo(creator.isBlank() ? null
                : trimmed.contains(":") ? trimmed : "user:" + trimmed);
    }
}
