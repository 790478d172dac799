package com.surveypivot.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window in a second JVM that starts faster ({@link StartPlan}) and stays as its launcher: it passes on the
 * console, waits for the window's JVM, ends with its exit code, keeps the class-data archive the first start wrote
 * ({@link StartArchive}), and stops the window's JVM when the launcher itself is stopped (its shutdown hooks, such
 * as the window's autosave, still run). Nothing here loads more than the JDK's process and management classes.
 */
public final class FastStart {
    private static final long STOP_WAIT_SECONDS = 60;
    private static final long CHECK_WAIT_SECONDS = 30;

    private FastStart() {
    }

    /**
     * Runs {@code mainClass} with {@code args} in a faster JVM when {@link StartPlan} says so and returns its exit
     * code when it has ended; empty when the window should start in this JVM (also when the other JVM cannot start).
     */
    public static OptionalInt run(String mainClass, String[] args) {
        JvmFacts jvm;
        try {
            jvm = JvmFacts.current();
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = StartPlan.jarToRelaunch(jvm);
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<StartArchive> archive = StartArchive.of(jar.get(), jvm);
        Optional<String> archiveOption = archive.flatMap(StartArchive::jvmOption);
        ProcessBuilder builder = new ProcessBuilder(
                StartPlan.command(jvm, jar.get(), mainClass, archiveOption, List.of(args))).inheritIO();
        // their options are among this JVM's input arguments already, which the command passes on
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process window;
        try {
            window = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        StartArchive written = archiveOption.isPresent() && archiveOption.get().startsWith("-XX:ArchiveClassesAtExit")
                ? archive.get() : null;
        Thread stop = new StopWindow(window, written, jvm, jar.get());
        Runtime.getRuntime().addShutdownHook(stop);
        int code = waitForExit(window);
        keep(written, jvm, jar.get());
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // the launcher is being stopped: its hook stops the window's JVM
        }
        return OptionalInt.of(code);
    }

    /** Keeps the archive the window's JVM wrote on exit, if it wrote one ({@code written} is null otherwise). */
    private static void keep(StartArchive written, JvmFacts jvm, Path jar) {
        if (written != null) {
            written.keep(new StartArchive.ArchiveCheck() {
                @Override
                public boolean maps(Path part) {
                    return FastStart.maps(jvm, jar, part);
                }
            });
        }
    }

    /** Whether a JVM starts with {@code archive} mapped and checked ({@code -Xshare:on} fails otherwise). */
    static boolean maps(JvmFacts jvm, Path jar, Path archive) {
        ProcessBuilder check = new ProcessBuilder(jvm.javaCommand().toString(),
                "-XX:SharedArchiveFile=".concat(archive.toString()),
                "-Xshare:on", "-cp", jar.toString(), "-version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        check.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        try {
            Process process = check.start();
            if (!process.waitFor(CHECK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int waitForExit(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // the launcher only waits: an interrupt does not end the window
            }
        }
    }

    private static void waitFor(Process process, long seconds) {
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The launcher's shutdown hook: stops the window's JVM (which runs its own hooks) and keeps its archive. */
    private static final class StopWindow extends Thread {
        private final Process window;
        private final StartArchive written;
        private final JvmFacts jvm;
        private final Path jar;

        StopWindow(Process window, StartArchive written, JvmFacts jvm, Path jar) {
            super("surveypivot-stop-window");
            this.window = window;
            this.written = written;
            this.jvm = jvm;
            this.jar = jar;
        }

        @Override
        public void run() {
            window.destroy();
            waitFor(window, STOP_WAIT_SECONDS);
            keep(written, jvm, jar);
        }
    }
}
