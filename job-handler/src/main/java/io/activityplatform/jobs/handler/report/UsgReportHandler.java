package io.activityplatform.jobs.handler.report;

import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.repository.ViewQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GenerateUsgReportActivity}: a compliance report of the finished {@code UsgActivity} runs in the own
 * view, per computer, as JSON and CSV artifacts of the result (results travel in the events, so activity-api
 * serves them for download). The requested format comes first; if both together exceed the result bound only
 * the requested one is attached, and if even that does not fit the activity fails, asking for filters.
 * Idempotent: it only reads.
 */
@ApplicationScoped
public class UsgReportHandler implements JobHandler {

    static final String REPORT_TOO_LARGE = "REPORT_TOO_LARGE";
    private static final int PAGE = 1000;

    private final ViewQueries views;

    public UsgReportHandler(ViewQueries views) {
        this.views = views;
    }

    @Override
    public String type() {
        return ActivityType.GENERATE_USG_REPORT_ACTIVITY.wireName();
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        Parameters.Validated validated = Parameters.validate(ActivityType.GENERATE_USG_REPORT_ACTIVITY, context);
        if (!validated.valid()) {
            return validated.rejection();
        }
        Parameters parameters = validated.parameters();
        String profile = parameters.string("profile").orElse(null);
        List<String> computers = parameters.strings("computerIds");
        List<ActivityState> finished = new ArrayList<>();
        views.forEachPage(views.finishedOfType(ActivityType.USG_ACTIVITY.wireName(), computers), PAGE, page -> {
            context.checkpoint();
            finished.addAll(page);
        });
        context.progress(60);
        UsgReport report = UsgReport.build(finished, profile, computers, context.clock().instant());
        UsgReport.Summary summary = report.document().summary();
        context.log("report of " + summary.runs() + " runs on " + summary.computers() + " computers");
        String text = summary.computers() + " computers: " + summary.compliant() + " compliant, "
                + summary.nonCompliant() + " not compliant (" + summary.runs() + " USG runs)";
        return attach(report, parameters.string("format").orElse("csv"), text);
    }

    private static JobOutcome attach(UsgReport report, String format, String text) throws Exception {
        ActivityResult.Artifact csv = new ActivityResult.Artifact("usg-report.csv", "text/csv", report.csv());
        ActivityResult.Artifact json = new ActivityResult.Artifact("usg-report.json", "application/json",
                report.json());
        List<ActivityResult.Artifact> both = "json".equals(format) ? List.of(json, csv) : List.of(csv, json);
        if (chars(both) <= ActivityResult.MAX_ARTIFACT_CHARS) {
            return JobOutcome.succeeded(0, text, both);
        }
        if (chars(both.subList(0, 1)) <= ActivityResult.MAX_ARTIFACT_CHARS) {
            return JobOutcome.succeeded(0, text + "; only the " + format + " form fits the result size limit",
                    both.subList(0, 1));
        }
        return JobOutcome.failed(ActivityResult.of(1, text), REPORT_TOO_LARGE, "the report exceeds "
                + ActivityResult.MAX_ARTIFACT_CHARS + " characters; narrow it with profile or computerIds");
    }

    private static int chars(List<ActivityResult.Artifact> artifacts) {
        return artifacts.stream().mapToInt(a -> a.content().length()).sum();
    }
}
