package com.surveypivot.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Time since the user launched the program and the CPU it has used, for the opt-in start-up timing logs: counted
 * from this process's start or, in a window's JVM that {@link FastStart} started, from its launcher's start (the
 * launcher's CPU included). The start is Java's {@link ProcessHandle.Info#startInstant()}: on Linux it is early by
 * the boot time's fraction of a second (bench/first-chart.sh corrects for that).
 */
public final class LaunchClock {
    static final String LAUNCHED_BY = "surveypivot.launchedBy";

    private LaunchClock() {
    }

    /** Milliseconds since the launch, or -1 if the system does not say when the process started. */
    public static long millisSinceLaunch() {
        return launcher().orElse(ProcessHandle.current()).info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    /** The CPU milliseconds of this process and of its launcher, or -1 if the system does not say. */
    public static long cpuMillis() {
        long own = cpu(ProcessHandle.current());
        long launcher = launcher().map(LaunchClock::cpu).orElse(0L);
        return own < 0 || launcher < 0 ? -1 : own + launcher;
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static Optional<ProcessHandle> launcher() {
        String pid = System.getProperty(LAUNCHED_BY);
        if (pid == null) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
