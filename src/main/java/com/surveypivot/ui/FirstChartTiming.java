package com.surveypivot.ui;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

import javafx.scene.Node;
import javafx.scene.Scene;

import com.surveypivot.chart.BandChart;

/**
 * An opt-in timing log for issue 14's start-up target: with {@code -Dsurveypivot.firstChartTiming=true} the window
 * logs (logger {@code com.surveypivot.timing}, level INFO, on the console) how many milliseconds after the process
 * started the first band chart with bars was laid out for the frame that shows it, and the process's CPU time then. Off by default; developer use.
 */
final class FirstChartTiming {
    static final String PROPERTY = "surveypivot.firstChartTiming";

    private FirstChartTiming() {
    }

    /** Watches the scene's pulses until the first band chart with a model and a size is on screen. */
    static void watch(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            for (Node node : scene.getRoot().lookupAll(".band-chart")) {
                if (node instanceof BandChart chart && chart.getModel() != null && chart.isVisible()
                        && chart.getWidth() > 0 && !chart.getChildrenUnmodifiable().isEmpty()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    ProcessHandle.Info info = ProcessHandle.current().info();
                    long ms = info.startInstant()
                            .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                    long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    System.getLogger("com.surveypivot.timing").log(Level.INFO,
                            "first chart shown " + ms + " ms after the process started (CPU " + cpu + " ms)");
                    return;
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
