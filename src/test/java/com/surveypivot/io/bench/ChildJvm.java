package com.surveypivot.io.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link MeasurementRunner} in a fresh JVM with the benchmark's class path and its own -Xmx, so that each
 * measurement starts from an empty heap and its heap peak is its own.
 */
final class ChildJvm {

    /** What one child reported. {@code failure} is null when it succeeded. */
    record Outcome(ImportMeasurement kind, String xmx, int runs, double bestSeconds, double bestCpuSeconds,
            double bestProcessCpuSeconds, long peakAtGc, long peakPoolSum,
            long retained, String what, String failure, double jvmSeconds) {

        boolean ok() {
            return failure == null;
        }
    }

    private final String classPath;
    private final Path logDir;

    ChildJvm(Path logDir) {
        this.classPath = classPath();
        this.logDir = logDir;
    }

    Outcome run(ImportMeasurement kind, Path file, String xmx, int warmups, int runs, List<String> extraJvmArgs,
            long timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + xmx);
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(extraJvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(MeasurementRunner.class.getName());
        command.add(kind.name());
        command.add(file.toString());
        command.add(Integer.toString(warmups));
        command.add(Integer.toString(runs));
        Path errLog = logDir.resolve(kind.name().toLowerCase() + "-" + xmx + ".stderr.log");
        Process process = new ProcessBuilder(command).redirectError(errLog.toFile()).start();
        long start = System.nanoTime();
        String result = null;
        String failure = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                System.out.println("    " + line);
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.startsWith("FAILED ")) {
                    failure = line.substring("FAILED ".length());
                }
            }
        }
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            failure = "timed out after " + timeoutMinutes + " min";
        }
        double jvmSeconds = (System.nanoTime() - start) / 1e9;
        if (Files.size(errLog) == 0) {
            Files.delete(errLog);
        }
        if (result == null || failure != null) {
            if (failure == null) {
                failure = "exit code " + process.exitValue() + " (see " + errLog + ")";
            }
            failure = String.format(java.util.Locale.ROOT, "%s (after %.0f s)", failure, jvmSeconds);
            return new Outcome(kind, xmx, runs, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1, "", failure, jvmSeconds);
        }
        return new Outcome(kind, xmx, runs, Long.parseLong(field(result, "best")) / 1e9,
                Long.parseLong(field(result, "bestCpu")) / 1e9, Long.parseLong(field(result, "bestProcessCpu")) / 1e9,
                Long.parseLong(field(result, "peakAtGc")), Long.parseLong(field(result, "peakPoolSum")),
                Long.parseLong(field(result, "retained")), result.substring(result.indexOf("what=") + 5), null,
                jvmSeconds);
    }

    private static String field(String line, String name) {
        int start = line.indexOf(" " + name + "=") + name.length() + 2;
        int end = line.indexOf(' ', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }

    /**
     * The class path of this benchmark: the class loader's URLs under {@code mvn exec:java} (where java.class.path
     * is Maven's own), else java.class.path ({@code mvn exec:exec}, plain {@code java -cp}).
     */
    private static String classPath() {
        ClassLoader loader = ChildJvm.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 1) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
