package io.activityplatform.jobs.handler.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 fields: quoted when they contain a comma, quote or line break; quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String row(String... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
