package io.activityplatform.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The metric names the dashboards and docs/architecture.md ("Metrics") promise: every name in the code is
 * documented under its Prometheus form, and no two constants name the same series.
 */
class MetricNamesTest {

    private static List<String> metricNames() {
        return Arrays.stream(MetricNames.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(MetricNamesTest::value)
                .filter(name -> name.startsWith("activities."))
                .toList();
    }

    @Test
    void everyMetricIsDocumentedUnderItsPrometheusName() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "architecture.md"));

        assertThat(metricNames()).isNotEmpty().allSatisfy(name -> {
            String prometheus = name.replace('.', '_');
            assertThat(Pattern.compile("`" + Pattern.quote(prometheus) + "(_total|_seconds)?`").matcher(docs).find())
                    .as("%s documented as `%s`", name, prometheus).isTrue();
        });
    }

    @Test
    void noTwoConstantsNameTheSameSeries() {
        assertThat(metricNames()).doesNotHaveDuplicates();
    }

    @Test
    void namesAndTagsAreInTheFormPrometheusKeeps() {
        assertThat(metricNames()).allMatch(name -> name.matches("activities(\\.[a-z]+)+"));
        List<String> tags = Arrays.stream(MetricNames.class.getFields()).filter(f -> f.getName().startsWith("TAG_"))
                .map(MetricNamesTest::value).toList();
        assertThat(tags).isNotEmpty().allMatch(tag -> tag.matches("[a-z]+(_[a-z]+)*")).doesNotHaveDuplicates();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
