package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A parameter that does not convert names itself; a page size outside 1..ceiling is refused. */
class ParameterConvertersTest {

    @SuppressWarnings("unused")
    void resource(@PathParam("id") UUID id, @QueryParam("after") Instant after, @QueryParam("limit") int limit,
            @QueryParam("active") Boolean active, @QueryParam("count") Integer count) {
    }

    private final ParameterConverters converters = new ParameterConverters();

    private <T> ParamConverter<T> converterOf(Class<T> type, int parameter) throws NoSuchMethodException {
        Method method = getClass().getDeclaredMethod("resource", UUID.class, Instant.class, int.class,
                Boolean.class, Integer.class);
        Annotation[] annotations = method.getParameterAnnotations()[parameter];
        return converters.getConverter(type, type, annotations);
    }

    private static Problem refusal(ParamConverter<?> converter, String value) {
        try {
            converter.fromString(value);
        } catch (InvalidParameterException e) {
            assertThat(e.getResponse().getStatus()).isEqualTo(400);
            return e.problem();
        }
        throw new AssertionError(value + " was accepted");
    }

    @Test
    void aMalformedUuidNamesThePathParameter() throws Exception {
        ParamConverter<UUID> id = converterOf(UUID.class, 0);
        UUID good = UUID.randomUUID();

        assertThat(id.fromString(good.toString())).isEqualTo(good);
        assertThat(refusal(id, "not-a-uuid").errors()).extracting(Problem.FieldError::field).containsExactly("id");
    }

    @Test
    void aMalformedInstantNamesTheQueryParameterWithoutJavaNames() throws Exception {
        ParamConverter<Instant> after = converterOf(Instant.class, 1);

        assertThat(after.fromString("2026-01-31T12:00:00Z")).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
        Problem problem = refusal(after, "garbage");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("after");
        assertThat(problem.detail()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void limitIsAPageSizeFromOneToTheCeiling() throws Exception {
        ParamConverter<Integer> limit = converterOf(int.class, 2);

        assertThat(limit.fromString("1")).isEqualTo(1);
        assertThat(limit.fromString(String.valueOf(PageLimits.CEILING))).isEqualTo(PageLimits.CEILING);
        for (String bad : new String[] {"0", "-1", "1000000000", "99999999999", "ten", "", "1.5"}) {
            assertThat(refusal(limit, bad).errors()).as(bad).extracting(Problem.FieldError::field)
                    .containsExactly("limit");
        }
    }

    @Test
    void otherNumbersAndBooleansAreParsedStrictly() throws Exception {
        ParamConverter<Boolean> active = converterOf(Boolean.class, 3);
        ParamConverter<Integer> count = converterOf(Integer.class, 4);

        assertThat(active.fromString("TRUE")).isTrue();
        assertThat(refusal(active, "maybe").errors()).extracting(Problem.FieldError::field).containsExactly("active");
        assertThat(count.fromString("0")).isZero();
        assertThat(refusal(count, "many").errors()).extracting(Problem.FieldError::field).containsExactly("count");
    }

    @Test
    void typesItDoesNotKnowAreLeftToTheFramework() throws Exception {
        assertThat(converters.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }

    @Test
    void anEndpointMaximumBelowTheCeilingIsCheckedByName() {
        assertThat(PageLimits.check(100, 100)).isEqualTo(100);
        assertThatThrownBy(() -> PageLimits.check(101, 100)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("limit");
    }
}
