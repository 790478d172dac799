package com.surveypivot.ui;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;

import com.surveypivot.chart.BandChart;

/**
 * An opt-in timing log for issue 14's start-up target: with {@code -Dsurveypivot.firstChartTiming=true} the window
 * logs (logger {@code com.surveypivot.timing}, level INFO, on the console) how many milliseconds after the process
 * started the first band chart with bars was laid out for the frame that shows it, and the process's CPU time then;
 * a second line gives the start-up's phases ({@link #mark}) in milliseconds after the process started. Off by
 * default; developer use.
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
        String entry = phase + " " + sinceStart();
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
                    long ms = sinceStart();
                    long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    System.Logger log = System.getLogger("com.surveypivot.timing");
                    log.log(Level.INFO, "first chart shown " + ms + " ms after the process started (CPU " + cpu + " ms)");
                    synchronized (MARKS) {
                        done = true;
                        log.log(Level.INFO, "start-up phases (ms after the process started): " + String.join(", ", MARKS)
                                + ", first chart " + ms);
                    }
                    return;
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
