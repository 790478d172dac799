package com.surveypivot.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the window remembers between runs: recent files, the window's size and place, split positions, theme and
 * layout. Kept in a small properties file in the user's config folder ({@code $XDG_CONFIG_HOME/surveypivot} or
 * {@code ~/.config/surveypivot}; {@code %APPDATA%\SurveyPivot} on Windows; {@code -Dsurveypivot.config=DIR}
 * overrides it), written through a temp file and an atomic move. A file that cannot be read or written is ignored:
 * the window then simply starts with its defaults. {@link #inMemory()} keeps everything in memory (tests).
 */
public final class DesktopSettings {
    static final int RECENT_FILES = 8;
    private static final long MAX_BYTES = 64 * 1024;
    private final Properties values = new Properties();
    private final Path file;

    private DesktopSettings(Path file) {
        this.file = file;
        if (file != null) {
            try {
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        values.load(in);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Settings that are not saved anywhere. */
    public static DesktopSettings inMemory() {
        return new DesktopSettings(null);
    }

    /** Settings in {@code folder/settings.properties}. */
    public static DesktopSettings in(Path folder) {
        return new DesktopSettings(folder.resolve("settings.properties"));
    }

    /** The user's settings (see the class comment for where they live). */
    public static DesktopSettings forUser() {
        return in(configFolder());
    }

    static Path configFolder() {
        String override = System.getProperty("surveypivot.config");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String appData = System.getenv("APPDATA");
        if (os.contains("win") && appData != null) {
            return Path.of(appData, "SurveyPivot");
        }
        String home = System.getProperty("user.home", ".");
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "SurveyPivot");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "surveypivot") : Path.of(home, ".config", "surveypivot");
    }

    /** The recent files, newest first. */
    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                try {
                    recent.add(Path.of(p));
                } catch (RuntimeException e) {
                    // a path this system cannot hold: left out
                }
            }
        }
        return recent;
    }

    /** Puts a file at the top of the recent files (once), keeping at most {@value #RECENT_FILES}. */
    public void addRecent(Path path) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = path.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        save();
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void putDouble(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    /** Writes the settings (nothing for in-memory settings); a failure leaves the old file. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    values.store(out, "SurveyPivot");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // settings are a convenience: the window works without them
        }
    }
}
