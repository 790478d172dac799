package com.surveypivot.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The technical side of a refusal or a warning (exception classes, parser messages, stack traces), which the
 * one-line message leaves out: written with java.util.logging to {@code surveypivot-0.log} in the log folder
 * ({@code ~/.surveypivot/logs}, or the folder named by the system property {@value #DIR_PROPERTY}). Help > Open Log
 * Folder shows it; {@code --verbose} on the command line also prints it. Nothing goes to the console by default.
 */
public final class DiagnosticLog {
    /** System property naming the log folder (tests point it at a temp folder). */
    public static final String DIR_PROPERTY = "surveypivot.logDir";
    /** The logger the reader writes to; front ends may add their own handler (the command line's --verbose). */
    public static final String LOGGER_NAME = "com.surveypivot.io";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);
    private static FileHandler file;
    private static boolean tried;

    static {
        LOG.setUseParentHandlers(false);
        LOG.setLevel(Level.INFO);
    }

    private DiagnosticLog() {
    }

    /** The folder the log file is written to (it may not exist yet). */
    public static Path folder() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".surveypivot", "logs");
    }

    /** The folder, created if needed (for Help > Open Log Folder). */
    public static Path createFolder() throws IOException {
        return Files.createDirectories(folder());
    }

    /** The reader's logger (kept strongly reachable here, so that handlers added to it stay). */
    public static Logger logger() {
        return LOG;
    }

    /** Logs why {@code fileName} could not be read, with the whole cause. */
    static void failure(String fileName, Throwable cause) {
        log(Level.WARNING, "Could not read " + fileName + ": " + describe(cause), cause);
    }

    /** Logs a warning about a file that was read (bad bytes, cells left out). */
    static void warning(String fileName, String text) {
        log(Level.INFO, fileName + ": " + text, null);
    }

    private static void log(Level level, String text, Throwable cause) {
        openFile();
        LOG.log(level, text, cause);
    }

    /** Each cause's class and message, outermost first. */
    static String describe(Throwable cause) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable t = cause; t != null && depth < 12; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String m = t.getMessage();
            if (m != null && m.length() > 500) {
                m = m.substring(0, 500) + "…";
            }
            sb.append(depth == 0 ? "" : " <- ").append(t.getClass().getName()).append(m == null ? "" : ": " + m);
        }
        return sb.toString();
    }

    private static synchronized void openFile() {
        if (tried) {
            return;
        }
        tried = true;
        try {
            Path dir = createFolder();
            file = new FileHandler(dir.resolve("surveypivot-%u.log").toString(), 2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            LOG.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // no log file (a read-only home): the messages still reach the user
            file = null;
        }
    }

    /** The log file's handler, flushed (tests and the verbose command line read it right after a read). */
    static synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }
}
