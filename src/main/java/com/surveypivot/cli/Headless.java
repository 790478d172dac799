package com.surveypivot.cli;

/**
 * Asks JavaFX for its headless platform (Monocle, software rendering) before the chart renderer starts it, so
 * that {@code chart} works with no display; settings already given on the command line are kept.
 */
final class Headless {
    private Headless() {
    }

    static void prepare() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
