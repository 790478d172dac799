package com.surveypivot.io.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * The import benchmark of issue 4. Generates (or reuses) a 100,000 × 150 survey export, then measures, each in its
 * own JVM: the Aalto StAX no-op parse of the sheet XML (the floor), SurveyPivot's {@code SurveyReader.read(Path)},
 * the same load again under -Xmx1g (does it fit?), the JDK SAX no-op parse, and POI's XSSFWorkbook. Prints times,
 * peak heaps and the ratios against the targets, and writes them to {@code target/bench/import-results.md}.
 *
 * <p>Run: {@code mvn -B -q -Pbench-io test-compile exec:exec}. Options (as program arguments, or through the
 * profile's properties): {@code --respondents=100000 --runs=3 --xmx=4g --poi-xmx=8g --poi=true --sax=true
 * --jfr=false} ({@code --jfr=true} records a Flight Recorder profile of the SurveyReader runs).
 */
public final class ImportBenchmark {

    private static final double MB = 1024.0 * 1024.0;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        int respondents = Integer.parseInt(options.getOrDefault("respondents", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        String xmx = options.getOrDefault("xmx", "4g");
        String poiXmx = options.getOrDefault("poi-xmx", "8g");
        boolean poi = Boolean.parseBoolean(options.getOrDefault("poi", "true"));
        boolean sax = Boolean.parseBoolean(options.getOrDefault("sax", "true"));
        boolean jfr = Boolean.parseBoolean(options.getOrDefault("jfr", "false"));
        Path dir = Path.of(options.getOrDefault("dir", "target/bench"));
        Files.createDirectories(dir);

        List<String> report = new ArrayList<>();
        report.add("Machine: " + MachineInfo.describe());
        report.add("Started: " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT))
                .substring(0, 19) + ", load average " + MachineInfo.loadAverage());

        long start = System.nanoTime();
        Path file = new SurveyExportGenerator(respondents, SurveyExportGenerator.DEFAULT_SEED).ensure(dir);
        long sheetXml;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheetXml = ImportMeasurement.firstSheet(zip).getSize();
        }
        report.add(String.format(Locale.ROOT, "File: %s, %d respondents × %d columns, %.1f MB (sheet XML %.1f MB), "
                + "shared strings; generated or found in %.1f s", file, respondents, BenchColumns.COUNT,
                Files.size(file) / MB, sheetXml / MB, (System.nanoTime() - start) / 1e9));
        report.forEach(System.out::println);

        ChildJvm jvm = new ChildJvm(dir);
        List<ChildJvm.Outcome> outcomes = new ArrayList<>();
        ChildJvm.Outcome floor = measure(jvm, outcomes, ImportMeasurement.AALTO_NO_OP, file, xmx, 1, runs, List.of());
        List<String> profile = jfr
                ? List.of("-XX:StartFlightRecording=filename=" + dir.resolve("surveyreader.jfr") + ",settings=profile")
                : List.of();
        ChildJvm.Outcome load = measure(jvm, outcomes, ImportMeasurement.SURVEY_READER, file, xmx, 1, runs, profile);
        ChildJvm.Outcome loadIn1g = measure(jvm, outcomes, ImportMeasurement.SURVEY_READER, file, "1g", 0, 1, List.of());
        if (sax) {
            measure(jvm, outcomes, ImportMeasurement.SAX_NO_OP, file, xmx, 1, runs, List.of());
        }
        ChildJvm.Outcome workbook = poi
                ? measure(jvm, outcomes, ImportMeasurement.POI_XSSF_WORKBOOK, file, poiXmx, 0, 1, List.of())
                : null;

        report.add("");
        report.add("| Measurement | -Xmx | Time (best of n) | Main-thread CPU (best) | Process CPU, all threads (best) | Peak heap | Pool peaks (upper bound) | Retained after | Result |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        for (ChildJvm.Outcome o : outcomes) {
            report.add(o.ok()
                    ? String.format(Locale.ROOT, "| %s | %s | %.2f s (n=%d) | %.2f s | %.2f s | %.0f MB | %.0f MB | %.0f MB | %s |",
                            o.kind().label(), o.xmx(), o.bestSeconds(), o.runs(), o.bestCpuSeconds(),
                            o.bestProcessCpuSeconds(), o.peakAtGc() / MB,
                            o.peakPoolSum() / MB, o.retained() / MB, o.what())
                    : String.format(Locale.ROOT, "| %s | %s | failed: %s | | | | | | |", o.kind().label(), o.xmx(),
                            o.failure()));
        }
        report.add("");
        report.add("Ratios:");
        if (load.ok() && floor.ok()) {
            double ratio = load.bestSeconds() / floor.bestSeconds();
            report.add(String.format(Locale.ROOT, "- load / Aalto floor = %.2f s / %.2f s = %.2f× (target ≤ 2×: %s)",
                    load.bestSeconds(), floor.bestSeconds(), ratio, ratio <= 2 ? "met" : "MISSED"));
            report.add(String.format(Locale.ROOT,
                    "- the same by main-thread CPU time (less sensitive to other processes) = %.2f s / %.2f s = %.2f×",
                    load.bestCpuSeconds(), floor.bestCpuSeconds(), load.bestCpuSeconds() / floor.bestCpuSeconds()));
            report.add(String.format(Locale.ROOT,
                    "- by process CPU time, all threads (GC, JIT and the load's read-ahead thread included) = %.2f s / %.2f s = %.2f×",
                    load.bestProcessCpuSeconds(), floor.bestProcessCpuSeconds(),
                    load.bestProcessCpuSeconds() / floor.bestProcessCpuSeconds()));
        }
        if (load.ok() && workbook != null) {
            if (workbook.ok()) {
                double ratio = workbook.bestSeconds() / load.bestSeconds();
                report.add(String.format(Locale.ROOT,
                        "- XSSFWorkbook / load = %.2f s / %.2f s = %.1f× (target ≥ 10×: %s); heap %.0f MB / %.0f MB = %.1f×",
                        workbook.bestSeconds(), load.bestSeconds(), ratio, ratio >= 10 ? "met" : "MISSED",
                        workbook.peakAtGc() / MB, load.peakAtGc() / MB, (double) workbook.peakAtGc() / load.peakAtGc()));
            } else {
                report.add(String.format(Locale.ROOT,
                        "- XSSFWorkbook / load: XSSFWorkbook failed at -Xmx%s (%s): it needs more than %s of heap, "
                                + "over %.0f× the load's peak of %.0f MB, and had run %.0f s without finishing, "
                                + "over %.0f× the load's time (target ≥ 10×: met, as a lower bound)",
                        workbook.xmx(), workbook.failure(), workbook.xmx(),
                        heapBytes(workbook.xmx()) / (double) load.peakAtGc(), load.peakAtGc() / MB,
                        workbook.jvmSeconds(), workbook.jvmSeconds() / load.bestSeconds()));
            }
        }
        if (load.ok()) {
            report.add(String.format(Locale.ROOT,
                    "- peak heap of load = %.0f MB at -Xmx%s (pool-peak upper bound %.0f MB; model retained %.0f MB) "
                            + "(target < 1 GB: %s)",
                    load.peakAtGc() / MB, load.xmx(), load.peakPoolSum() / MB, load.retained() / MB,
                    load.peakAtGc() < 1024 * MB ? "met" : "MISSED at this -Xmx, see the -Xmx1g run"));
        }
        if (load.ok()) {
            report.add(sameResults(load, respondents));
        }
        report.add(loadIn1g.ok()
                ? String.format(Locale.ROOT, "- load under -Xmx1g (cold, no warm-up): %.2f s, peak %.0f MB (fits in 1 GB)",
                        loadIn1g.bestSeconds(), loadIn1g.peakAtGc() / MB)
                : "- load under -Xmx1g FAILED: " + loadIn1g.failure());
        outcomes.stream().filter(o -> o.kind() == ImportMeasurement.SAX_NO_OP && o.ok()).findFirst()
                .ifPresent(s -> report.add(String.format(Locale.ROOT, "- JDK SAX / Aalto floor = %.2f×",
                        s.bestSeconds() / floor.bestSeconds())));
        report.add("Finished: load average " + MachineInfo.loadAverage());

        System.out.println();
        report.forEach(System.out::println);
        Files.write(dir.resolve("import-results.md"), report, StandardCharsets.UTF_8);
    }

    private static ChildJvm.Outcome measure(ChildJvm jvm, List<ChildJvm.Outcome> outcomes, ImportMeasurement kind,
            Path file, String xmx, int warmups, int runs, List<String> jvmArgs)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%s, -Xmx%s, %d warm-up + %d timed (load average %s)%n", kind.label(), xmx,
                warmups, runs, MachineInfo.loadAverage());
        ChildJvm.Outcome outcome = jvm.run(kind, file, xmx, warmups, runs, jvmArgs, 30);
        outcomes.add(outcome);
        return outcome;
    }

    /** Whether the load gave the same survey as before the io performance work (by {@link SurveyFingerprint}). */
    private static String sameResults(ChildJvm.Outcome load, int respondents) {
        String before = SurveyFingerprint.BEFORE_IOPERF.substring(0, ImportMeasurement.FINGERPRINT_CHARS);
        if (respondents != 100_000) {
            return "- same results as before the io performance work: not checked (the recorded fingerprint is for "
                    + "100,000 respondents)";
        }
        return load.what().endsWith("fingerprint " + before)
                ? "- same results as before the io performance work: yes (survey fingerprint " + before + ")"
                : "- same results as before the io performance work: NO, the survey fingerprint changed (was " + before
                        + "; now: " + load.what() + ")";
    }

    /** Bytes of an -Xmx value such as {@code 8g} or {@code 512m}. */
    static long heapBytes(String xmx) {
        char unit = Character.toLowerCase(xmx.charAt(xmx.length() - 1));
        long shift = switch (unit) {
            case 'g' -> 30;
            case 'm' -> 20;
            case 'k' -> 10;
            default -> 0;
        };
        String digits = Character.isDigit(unit) ? xmx : xmx.substring(0, xmx.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    /** What the figures were measured on. */
    static final class MachineInfo {
        private MachineInfo() {
        }

        static String describe() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // not Linux: keep "unknown CPU"
            }
            long ram = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getTotalMemorySize() : -1;
            return String.format(Locale.ROOT, "%s, %d cores, %.0f GB RAM, %s %s, Java %s (%s)", cpu,
                    Runtime.getRuntime().availableProcessors(), ram / (1024.0 * MB), System.getProperty("os.name"),
                    System.getProperty("os.version"), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"));
        }

        static String loadAverage() {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
