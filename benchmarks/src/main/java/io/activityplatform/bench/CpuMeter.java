package io.activityplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Machine-wide CPU time from {@code /proc/stat} (all processes: PostgreSQL, Kafka, services, this driver):
 * busy = user + nice + system + irq + softirq + steal, in clock ticks of 10 ms (USER_HZ 100 on Linux).
 */
public final class CpuMeter {

    static final double MILLIS_PER_TICK = 10.0;

    private CpuMeter() {
    }

    /** Busy milliseconds of all cores since boot. */
    public static double busyMillis() {
        try {
            return busyMillis(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the aggregate {@code cpu} line: user nice system idle iowait irq softirq steal ... */
    static double busyMillis(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the aggregate cpu line: " + cpuLine);
        }
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return busy * MILLIS_PER_TICK;
    }

    /** The 1-minute load average, to print with every number (the machine is shared). */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
