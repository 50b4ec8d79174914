package io.activityplatform.agent.exec;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script's output stream into output text and progress reports: a line {@code ::progress N}
 * (N from 0 to 100, alone on its line) reports N percent and is removed from the output; everything else is
 * passed on as it arrives. Only a trailing partial line that may still become a progress line is held back.
 * Not thread-safe: one reader thread per script.
 */
final class ProgressLines {

    static final String MARKER = "::progress";
    private static final Pattern LINE = Pattern.compile("::progress[ \\t]+(\\d{1,3})[ \\t]*\\r?");
    /** A held partial line longer than this cannot be a progress line. */
    private static final int MAX_LINE = 32;

    private final Consumer<String> output;
    private final IntConsumer percent;
    private final StringBuilder partial = new StringBuilder();

    ProgressLines(Consumer<String> output, IntConsumer percent) {
        this.output = output;
        this.percent = percent;
    }

    void accept(String chunk) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        String text = partial + chunk;
        partial.setLength(0);
        int newline;
        while ((newline = text.indexOf('\n', start)) >= 0) {
            String line = text.substring(start, newline);
            if (!report(line)) {
                out.append(line).append('\n');
            }
            start = newline + 1;
        }
        String rest = text.substring(start);
        if (mayBecomeProgress(rest)) {
            partial.append(rest);
        } else {
            out.append(rest);
        }
        if (!out.isEmpty()) {
            output.accept(out.toString());
        }
    }

    /** End of stream: a held partial line is output, or a progress report without its newline. */
    void end() {
        String rest = partial.toString();
        partial.setLength(0);
        if (!rest.isEmpty() && !report(rest)) {
            output.accept(rest);
        }
    }

    private boolean report(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        int value = Integer.parseInt(m.group(1));
        if (value > 100) {
            return false;
        }
        percent.accept(value);
        return true;
    }

    private static boolean mayBecomeProgress(String rest) {
        if (rest.isEmpty() || rest.length() > MAX_LINE) {
            return false;
        }
        return rest.length() <= MARKER.length() ? MARKER.startsWith(rest) : rest.startsWith(MARKER);
    }
}
