package com.surveypivot.findings.bench;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableBook;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.findings.ScanOptions;
import com.surveypivot.findings.ScanResult;
import com.surveypivot.findings.SurveyScan;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Benchmark of the whole-survey scan (not a unit test): a synthetic survey of 100,000 respondents with 150 questions
 * (60 five-point scales with "don't know", 60 four-answer single choices, 30 six-option multi-response questions)
 * and 10 attributes (2 to 10 categories, one multi-response), some questions related to the attributes so that the
 * scan has findings. Times the scan ({@link SurveyScan#run}: 1,500 tables, every test, Benjamini–Hochberg, ranking)
 * and, in the same run, the baseline of the engine computing the same 1,500 tables alone ({@link TableBook}),
 * unweighted and weighted. Prints median wall time and median CPU time of the thread.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=com.surveypivot.findings.bench.FindingsBenchmark
 * -Dexec.classpathScope=test} (optional argument: respondents, default 100000).
 */
public final class FindingsBenchmark {
    private static final List<String> SCALE = List.of("Very satisfied", "Satisfied", "Neither", "Dissatisfied",
            "Very dissatisfied", "Don't know");

    private FindingsBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %,d respondents, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), n,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        SplittableRandom random = new SplittableRandom(20261203L);
        List<Question> attributes = new ArrayList<>();
        int[] sizes = {2, 6, 8, 5, 3, 4, 7, 10, 5};
        for (int i = 0; i < sizes.length; i++) {
            attributes.add(single("A" + i, n, sizes[i], random, null));
        }
        attributes.add(multi("Job", n, 6, random));
        int[] related = attributes.get(1).codes();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int[] by = i % 10 == 0 ? related : null;
            questions.add(i < 60 ? scale("S" + i, n, random, by) : i < 120 ? single("Q" + i, n, 4, random, by)
                    : multi("M" + i, n, 6, random));
        }
        List<Question> all = new ArrayList<>(attributes);
        all.addAll(questions);
        Survey survey = new Survey("bench", "bench", 1, 1, "generic", n, all);
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            weights[r] = 0.5 + 1.5 * random.nextDouble();
        }
        Question weight = Question.number("W", "W", "W", weights, List.of("w"), new int[n]);
        for (boolean weighted : new boolean[] {false, true}) {
            ScanOptions options = ScanOptions.defaults().withQuestions(questions).withAttributes(attributes);
            if (weighted) {
                options = options.withWeight(weight);
            }
            ScanOptions chosen = options;
            ScanResult[] last = new ScanResult[1];
            double[] scan = time(() -> {
                last[0] = SurveyScan.run(survey, chosen);
                return last[0].findings().size();
            }, 5);
            double[] engine = time(() -> {
                double sum = 0;
                for (Question a : attributes) {
                    TableSpec template = new TableSpec(questions.get(0), List.of(a), null, null,
                            weighted ? weights : null, List.of(), null);
                    for (Crosstab t : TableBook.compute(template, questions)) {
                        sum += t.total().base();
                    }
                }
                return sum;
            }, 5);
            System.out.printf(Locale.ROOT, "%-10s scan %8.0f ms (cpu %8.0f)   engine alone %8.0f ms (cpu %8.0f)"
                    + "   scan/engine %.2f   %d tables, %,d tests, %,d findings%n",
                    weighted ? "weighted" : "unweighted", scan[0], scan[1], engine[0], engine[1], scan[0] / engine[0],
                    last[0].tables(), last[0].tests(), last[0].findings().size());
        }
    }

    /** Median wall and CPU time (ms) of the calling thread over {@code runs} runs, after two warm-up runs. */
    private static double[] time(DoubleSupplier work, int runs) {
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int i = 0; i < 2; i++) {
            sink += work.getAsDouble();
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            sink += work.getAsDouble();
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42.4242) {
            System.out.println();
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[runs / 2], cpu[runs / 2]};
    }

    /** A 5-point scale with "don't know"; where {@code by} is given, its category shifts the answers. */
    private static Question scale(String id, int n, SplittableRandom random, int[] by) {
        double[] p = {0.15, 0.3, 0.25, 0.15, 0.1, 0.05};
        int[] codes = codes(n, p, random);
        shift(codes, by, random, 0);
        return Question.categorical(id, id, QuestionType.SCALE, true, SCALE, List.of(id), codes);
    }

    private static Question single(String id, int n, int categories, SplittableRandom random, int[] by) {
        double[] p = new double[categories + 1];
        for (int c = 0; c < categories; c++) {
            p[c] = 0.97 * (c + 1) / (categories * (categories + 1) / 2.0);
        }
        p[categories] = 0.03; // no answer
        int[] codes = codes(n, p, random);
        for (int r = 0; r < n; r++) {
            if (codes[r] == categories) {
                codes[r] = -1;
            }
        }
        shift(codes, by, random, 0);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            labels.add(id + " " + (c + 1));
        }
        return Question.categorical(id, id, QuestionType.SINGLE, false, labels, List.of(id), codes);
    }

    /** Respondents in the first category of {@code by} give answer {@code to} 10% more often. */
    private static void shift(int[] codes, int[] by, SplittableRandom random, int to) {
        if (by == null) {
            return;
        }
        for (int r = 0; r < codes.length; r++) {
            if (by[r] == 0 && codes[r] >= 0 && random.nextDouble() < 0.1) {
                codes[r] = to;
            }
        }
    }

    private static Question multi(String id, int n, int options, SplittableRandom random) {
        List<RespondentSet> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < options; c++) {
            ticks.add(new RespondentSet(n));
            labels.add(id + " " + (c + 1));
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < options; c++) {
                if (random.nextDouble() < 0.3) {
                    ticks.get(c).add(r);
                }
            }
        }
        return Question.multi(id, id, labels, labels, ticks, RespondentSet.all(n));
    }

    private static int[] codes(int n, double[] p, SplittableRandom random) {
        int[] codes = new int[n];
        for (int r = 0; r < n; r++) {
            double u = random.nextDouble();
            int c = 0;
            double acc = p[0];
            while (u > acc && c < p.length - 1) {
                c++;
                acc += p[c];
            }
            codes[r] = c;
        }
        return codes;
    }
}
