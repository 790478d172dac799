package com.surveypivot.chart;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Renders a band chart to an image (for PNG files and the clipboard), from any thread: starts a JavaFX toolkit
 * when none runs (the headless Monocle one where there is no display) and draws on the FX thread.
 */
public final class ChartImages {
    private static final Object STARTUP = new Object();
    private static volatile boolean started;
    private static volatile boolean ownToolkit;

    private ChartImages() {
    }

    /**
     * Chooses JavaFX's headless platform (Monocle, software rendering) for the toolkit this class starts; for the
     * command line, which must render without a display. Has no effect once a toolkit is running.
     */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
    }

    /** The chart drawn at its preferred size, {@code scale} times as many pixels each way (2 = 2x, sharp). */
    public static BufferedImage render(BandChartModel model, double scale) {
        return render(model, scale, BandChart.PREF_WIDTH);
    }

    /** The chart drawn {@code width} points wide (its preferred height for that width) at the given scale. */
    public static BufferedImage render(BandChartModel model, double scale, double width) {
        return render(() -> new BandChart(model), scale, width);
    }

    /** The chart with the user's note under it (none when blank), at the PNG's width and the given scale. */
    public static BufferedImage render(BandChartModel model, String caption, double scale) {
        return render(() -> CaptionedChart.of(new BandChart(model), caption, BandChart.PREF_WIDTH), scale,
                BandChart.PREF_WIDTH);
    }

    /** The segment map drawn at its preferred size, {@code scale} times as many pixels each way (2 = 2x). */
    public static BufferedImage render(SegmentMapModel model, double scale) {
        return render(() -> new SegmentMap(model), scale, SegmentMap.PREF_WIDTH);
    }

    /**
     * Any chart region drawn {@code width} points wide (its preferred height for that width) at the given scale;
     * {@code chart} makes the region on the JavaFX thread.
     */
    public static BufferedImage render(Supplier<? extends Region> chart, double scale, double width) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        return onFx(() -> snapshot(chart.get(), scale, width));
    }

    /** Runs {@code work} on the JavaFX thread (starting a toolkit when none runs) and returns its result. */
    static <T> T onFx(Supplier<T> work) {
        ensureToolkit();
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the chart", e);
        }
        if (failure.get() != null) {
            if (failure.get() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IllegalStateException("the chart could not be drawn", failure.get());
        }
        return result.get();
    }

    /** Puts the chart in an off-screen scene, {@code width} wide at its preferred height, laid out. */
    static Scene prepare(Region chart, double width) {
        Group root = new Group(chart);
        root.setAutoSizeChildren(false);
        Scene scene = new Scene(root, Color.WHITE);
        double height = chart.prefHeight(width);
        chart.resize(width, height);
        chart.applyCss();
        chart.layout();
        return scene;
    }

    private static BufferedImage snapshot(Region chart, double scale, double width) {
        Scene scene = prepare(chart, width);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage fxImage = chart.snapshot(parameters, null);
        BufferedImage argb = SwingFXUtils.fromFXImage(fxImage, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        scene.setRoot(new Group());
        return rgb;
    }

    /**
     * Stops the JavaFX toolkit if {@link #render} started it (the command line calls this when done, as the
     * toolkit's thread would otherwise keep the JVM alive); leaves a toolkit started by the app alone. JavaFX
     * cannot start again in the same JVM afterwards.
     */
    public static void shutdown() {
        synchronized (STARTUP) {
            if (ownToolkit) {
                Platform.exit();
                ownToolkit = false;
            }
        }
    }

    /** Starts the JavaFX toolkit unless one is running; headless when there is no display. */
    static void ensureToolkit() {
        if (started) {
            return;
        }
        synchronized (STARTUP) {
            if (started) {
                return;
            }
            if (System.getProperty("glass.platform") == null && noDisplay()) {
                useHeadlessToolkit();
            }
            CountDownLatch ready = new CountDownLatch(1);
            try {
                Platform.startup(ready::countDown);
                ready.await();
                ownToolkit = true;
            } catch (IllegalStateException alreadyRunning) {
                // a toolkit is running already (the app, or a test): use it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting JavaFX", e);
            }
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    private static boolean noDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
    }
}
