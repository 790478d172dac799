package com.surveypivot.ui;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;

import com.surveypivot.chart.BandChart;
import com.surveypivot.launch.LaunchClock;

/**
 * An opt-in timing log for issue 14's start-up target: with {@code -Dsurveypivot.firstChartTiming=true} the window
 * logs (logger {@code com.surveypivot.timing}, level INFO, on the console) how many milliseconds after the launch
 * the first band chart with bars was laid out for the frame that shows it, and the CPU time then; a second line gives
 * the start-up's phases ({@link #mark}) in milliseconds after the launch. The launch is the process's start or, in a
 * window started by a fast start, its launcher's ({@link LaunchClock}). Off by default; developer use.
 */
final class FirstChartTiming {
    static final String PROPERTY = "surveypivot.firstChartTiming";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final List<String> MARKS = new ArrayList<>();
    private static boolean done;

    private FirstChartTiming() {
    }

    /** Notes that a phase of the start-up ended now (any thread; only when the log is on, before the first chart). */
    static void mark(String phase) {
        if (!ON) {
            return;
        }
        String entry = phase + " " + LaunchClock.millisSinceLaunch();
        synchronized (MARKS) {
            if (!done) {
                MARKS.add(entry);
            }
        }
    }

    /** Watches the scene's pulses until the first band chart with a model and a size is on screen. */
    static void watch(Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            for (Node node : scene.getRoot().lookupAll(".band-chart")) {
                if (node instanceof BandChart chart && chart.getModel() != null && chart.isVisible()
                        && chart.getWidth() > 0 && !chart.getChildrenUnmodifiable().isEmpty()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    long ms = LaunchClock.millisSinceLaunch();
                    long cpu = LaunchClock.cpuMillis();
                    System.Logger log = System.getLogger("com.surveypivot.timing");
                    log.log(Level.INFO, "first chart shown " + ms + " ms after launch (CPU " + cpu + " ms)");
                    synchronized (MARKS) {
                        done = true;
                        log.log(Level.INFO, "start-up phases (ms after launch): " + String.join(", ", MARKS)
                                + ", first chart " + ms);
                    }
                    return;
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
