package com.surveypivot.io;

import com.surveypivot.launch.LaunchClock;
import java.lang.System.Logger.Level;

/**
 * An opt-in timing log of a read's phases for issue 14's profile: with {@code -Dsurveypivot.readTiming=true} each
 * phase's end is logged (logger {@code com.surveypivot.timing}, level INFO) in milliseconds since the launch, with
 * the CPU time then ({@link LaunchClock}). Off by default; developer use.
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
        System.getLogger("com.surveypivot.timing").log(Level.INFO, "read: " + phase + " done "
                + LaunchClock.millisSinceLaunch() + " ms after launch (CPU " + LaunchClock.cpuMillis() + " ms)");
    }
}
