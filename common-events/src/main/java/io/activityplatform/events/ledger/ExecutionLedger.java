package io.activityplatform.events.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The execution ledger (issue 10 §6): a test instrument that counts real executions, not events. Every
 * executor that is given a ledger file (job-handler's handlers, the simulated agents) appends one line per
 * operation it actually starts: {@code executor TAB activityId TAB attempt} (the claim's event id for a
 * handler). An operation is an activity: it must be started at most once, whoever starts it, so the system
 * test fails on any activity with two lines. Several processes append to one file: each line is one short
 * {@code O_APPEND} write, which the operating system keeps whole.
 */
public final class ExecutionLedger {

    /** One started operation. */
    public record Entry(String executor, UUID activityId, String attempt) {

        String line() {
            return clean(executor) + '\t' + activityId + '\t' + clean(attempt) + '\n';
        }

        private static String clean(String text) {
            return text == null ? "-" : text.replaceAll("[\\t\\r\\n]", " ");
        }
    }

    private final Path file;

    public ExecutionLedger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends the start of an operation; failing to write is an error the test run must see. */
    public void started(String executor, UUID activityId, String attempt) {
        byte[] line = new Entry(executor, activityId, attempt).line().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the execution ledger " + file, e);
        }
    }

    /** Every entry written so far; an absent file is an empty ledger. Unreadable lines are an error. */
    public static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("not a ledger line in " + file + ": " + line);
                }
                entries.add(new Entry(fields[0], UUID.fromString(fields[1]), fields[2]));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Activities started more than once, with every start of each: empty when nothing ran twice. */
    public static Map<UUID, List<Entry>> startedTwice(List<Entry> entries) {
        return entries.stream().collect(Collectors.groupingBy(Entry::activityId, TreeMap::new, Collectors.toList()))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
