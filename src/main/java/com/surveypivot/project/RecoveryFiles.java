package com.surveypivot.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Where unsaved work is kept between crashes: one project file per running app in {@code ~/.surveypivot/recovery}
 * (beside the log folder; {@code -Dsurveypivot.recoveryDir=DIR} puts it elsewhere, as tests do), named by the
 * process id so that two windows do not write over each other. Written like every project (temporary file, atomic
 * move), removed after a save or a clean exit.
 */
public final class RecoveryFiles {
    /** The system property that overrides the folder. */
    public static final String DIR_PROPERTY = "surveypivot.recoveryDir";
    private static final String PREFIX = "recovery-";

    private RecoveryFiles() {
    }

    public static Path folder() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".surveypivot", "recovery");
    }

    /** This process's recovery file. */
    public static Path own() {
        return folder().resolve(PREFIX + ProcessHandle.current().pid() + "." + ProjectFile.EXTENSION);
    }

    /** The newest recovery file another run left behind, if any. */
    public static Optional<Path> leftBehind() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path own = own();
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*." + ProjectFile.EXTENSION)) {
            for (Path file : files) {
                if (file.equals(own) || !Files.isRegularFile(file)) {
                    continue;
                }
                FileTime time = Files.getLastModifiedTime(file);
                if (newestTime == null || time.compareTo(newestTime) > 0) {
                    newest = file;
                    newestTime = time;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    /** Removes a recovery file; one that is already gone is fine. */
    public static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a recovery file that cannot be removed is offered again at the next start; nothing is lost
        }
    }
}
