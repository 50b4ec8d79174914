package io.activityplatform.jobs.handler.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compliance report from finished {@code UsgActivity} runs: one CSV row per run, and a JSON document with,
 * per computer, the number of runs and the latest one. A run is compliant when it SUCCEEDED with result code
 * 0 (the audit passed). Pure: built from states, no I/O.
 */
final class UsgReport {

    static final String CSV_HEADER =
            "computer_id,activity_id,profile,mode,status,result_code,compliant,finished_at,result_summary";
    private static final int SUMMARY_CHARS = 200;

    /** One finished audit or fix run. */
    record Run(String computerId, String activityId, String profile, String mode, String status, Integer resultCode,
            boolean compliant, Instant finishedAt, String resultSummary) {
    }

    record Computer(String computerId, int runs, int compliantRuns, boolean compliant, Run latest) {
    }

    record Summary(int computers, int compliant, int nonCompliant, int runs) {
    }

    record Document(Instant generatedAt, String profile, List<String> computerIds, Summary summary,
            List<Computer> computers) {
    }

    private final List<Run> runs;
    private final Document document;

    private UsgReport(List<Run> runs, Document document) {
        this.runs = runs;
        this.document = document;
    }

    /**
     * @param profile only runs of this profile (null: all); runs with only a tailoring file count as "tailored"
     */
    static UsgReport build(List<ActivityState> finished, String profile, List<String> computerIds,
            Instant generatedAt) {
        List<Run> runs = finished.stream().map(UsgReport::run)
                .filter(run -> profile == null || profile.equals(run.profile()))
                .sorted(Comparator.comparing(Run::computerId).thenComparing(Run::finishedAt)
                        .thenComparing(Run::activityId))
                .toList();
        Map<String, List<Run>> byComputer = new TreeMap<>();
        runs.forEach(run -> byComputer.computeIfAbsent(run.computerId(), c -> new ArrayList<>()).add(run));
        List<Computer> computers = byComputer.entrySet().stream().map(e -> computer(e.getKey(), e.getValue())).toList();
        int compliant = (int) computers.stream().filter(Computer::compliant).count();
        Summary summary = new Summary(computers.size(), compliant, computers.size() - compliant, runs.size());
        return new UsgReport(runs, new Document(generatedAt, profile, computerIds, summary, computers));
    }

    Document document() {
        return document;
    }

    String json() throws JsonProcessingException {
        return EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Run run : runs) {
            csv.append(Csv.row(run.computerId(), run.activityId(), run.profile(), run.mode(), run.status(),
                    run.resultCode() == null ? "" : run.resultCode().toString(), String.valueOf(run.compliant()),
                    String.valueOf(run.finishedAt()), run.resultSummary())).append('\n');
        }
        return csv.toString();
    }

    private static Computer computer(String computerId, List<Run> runs) {
        Run latest = runs.get(runs.size() - 1);
        int compliantRuns = (int) runs.stream().filter(Run::compliant).count();
        return new Computer(computerId, runs.size(), compliantRuns, latest.compliant(), latest);
    }

    private static Run run(ActivityState state) {
        Map<String, Object> parameters = state.definition().parameters();
        Object profile = parameters.get("profile");
        Integer code = state.result() == null ? null : state.result().code();
        boolean compliant = state.status() == ActivityStatus.SUCCEEDED && code != null && code == 0;
        return new Run(state.computerId(), state.id().toString(), profile == null ? "tailored" : profile.toString(),
                String.valueOf(parameters.get("mode")), state.status().name(), code, compliant, state.finishedAt(),
                summary(state));
    }

    private static String summary(ActivityState state) {
        String text = state.result() != null && state.result().text() != null ? state.result().text()
                : state.error() != null ? state.error().code() + ": " + state.error().message() : "";
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.length() <= SUMMARY_CHARS ? firstLine : firstLine.substring(0, SUMMARY_CHARS) + "…";
    }
}
