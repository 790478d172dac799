package com.surveypivot.io;

import com.surveypivot.survey.Question;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 14: question recognition alone, in process. Reads a sheet's {@link RawTable} once, then recognises its
 * questions (what {@code SurveyReader} does after the parse: {@link QuestionRecognizer} and {@link LayoutDetector})
 * {@code RUNS} times after {@code WARMUPS} untimed runs, and prints the minimum and median wall time and process CPU
 * time per run (CPU of every thread: the column threads, and any JIT or GC work in the run), and the collections in
 * the timed runs. No System.gc() between runs: it would shrink the heap and make each run pay for copying the
 * previous results. It lives in package {@code io} because the table and the recogniser are package-private.
 *
 * <p>Usage: {@code java -cp JAR:target/test-classes com.surveypivot.io.RecognitionBenchmark FILE.xlsx [WARMUPS]
 * [RUNS]}. Run it once with the jar of the code before a change and once with the jar after, interleaved, to compare
 * the two (see docs/performance.md, issue 14, "Question recognition").
 */
public final class RecognitionBenchmark {
    private RecognitionBenchmark() {
    }

    /** Collections so far and their time in ms, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        RawTable table;
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            table = new XlsxTableReader().read(pkg, file.getFileName().toString(), ReadOptions.defaults(),
                    ReadProgress.NONE);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int questions = 0;
        long gcMillis = 0;
        long gcCount = 0;
        for (int i = -warmups; i < runs; i++) {
            long[] gc0 = gc();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Question> qs = new QuestionRecognizer(ReadOptions.defaults()).recognize(table);
            String layout = LayoutDetector.layout(table);
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            questions = qs.size() + (layout == null ? 0 : 0);
            long[] gc1 = gc();
            if (i >= 0) {
                gcCount += gc1[0] - gc0[0];
                gcMillis += gc1[1] - gc0[1];
                wall[i] = (t1 - t0) / 1e6;
                cpu[i] = (cpu1 - cpu0) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT,
                "recognition of %s: %d rows x %d columns -> %d questions; %d runs after %d warm-ups: "
                        + "wall min %.1f ms median %.1f ms; process CPU min %.1f ms median %.1f ms; "
                        + "GC in the timed runs: %d collections, %d ms%n",
                file.getFileName(), table.rows(), table.columns().size(), questions, runs, warmups, wall[0],
                wall[runs / 2], cpu[0], cpu[runs / 2], gcCount, gcMillis);
    }
}
