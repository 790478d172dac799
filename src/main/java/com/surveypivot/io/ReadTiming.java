package com.surveypivot.io;

import java.lang.System.Logger.Level;

/**
 * An opt-in timing log of a read's phases for issue 14's profile: with {@code -Dsurveypivot.readTiming=true} each
 * phase's end is logged (logger {@code com.surveypivot.timing}, level INFO) in milliseconds since the process
 * started, with the process's CPU time then. Off by default; developer use.
 */
final class ReadTiming {
    private static final boolean ON = Boolean.getBoolean("surveypivot.readTiming");

    private ReadTiming() {
    }

    /** Logs that {@code phase} has ended, when timing is on. */
    static void mark(String phase) {
        if (!ON) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        long ms = info.startInstant().map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis())
                .orElse(-1L);
        long cpu = info.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.getLogger("com.surveypivot.timing").log(Level.INFO,
                "read: " + phase + " done " + ms + " ms after the process started (CPU " + cpu + " ms)");
    }
}
