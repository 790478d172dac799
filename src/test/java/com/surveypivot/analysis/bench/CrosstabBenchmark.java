package com.surveypivot.analysis.bench;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableBook;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark of the crosstab engine (not a unit test): synthetic surveys of 100,000 and 1,000,000 respondents,
 * 100 questions (5-point scales with "don't know", 4-answer single choices) and 5 attributes (gender, age band,
 * region, company size, job functions as a multi-response set). Times, for the bit-set engine
 * ({@link CrosstabEngine#compute}) and for a straightforward row-by-row implementation in the same run:
 * one question × attribute table with all tests (chi-square, residuals, vs-rest, letters, NETs, means), and a
 * table book of 100 questions × a 5-attribute banner ({@link TableBook}); unweighted and weighted.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=com.surveypivot.analysis.bench.CrosstabBenchmark
 * -Dexec.classpathScope=test} (optional argument: respondent counts, e.g. {@code -Dexec.args="100000 1000000"}).
 */
public final class CrosstabBenchmark {
    private static final int QUESTIONS = 100;
    private static final List<String> SCALE = List.of("Very satisfied", "Satisfied", "Neither", "Dissatisfied",
            "Very dissatisfied", "Don't know");

    private CrosstabBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "Java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) {
        SplittableRandom random = new SplittableRandom(20240601L + n);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(i % 2 == 0 ? scale("Q" + i, n, random) : single("Q" + i, n, 4, random));
        }
        List<Question> banner = List.of(single("Gender", n, 2, random), single("Age", n, 6, random),
                single("Region", n, 8, random), single("Size", n, 5, random), multi("Job", n, 6, random));
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            weights[r] = 0.5 + 1.5 * random.nextDouble();
        }
        int bookRuns = n <= 200_000 ? 11 : 3;
        Question q = questions.get(0);
        Question by = banner.get(2);
        System.out.printf(Locale.ROOT, "%n%,d respondents%n", n);

        for (double[] w : new double[][] {null, weights}) {
            String label = w == null ? "unweighted" : "weighted";
            double[] engine = time(() -> CrosstabEngine.compute(TableSpec.of(q, by).withWeights(w)).rows().size(), 30);
            double[] naive = time(() -> RowByRowCrosstab.table(q, List.of(by), w), 30);
            report("one table (" + label + ", Q0 × Region 8, all tests)", engine, naive);
        }
        for (double[] w : new double[][] {null, weights}) {
            String label = w == null ? "unweighted" : "weighted";
            TableSpec template = new TableSpec(questions.get(0), banner, null, null, w, List.of(), null);
            double[] engine = time(() -> {
                double sum = 0;
                for (Crosstab t : TableBook.compute(template, questions)) {
                    sum += t.total().base();
                }
                return sum;
            }, bookRuns);
            double[] naive = time(() -> {
                double sum = 0;
                for (Question question : questions) {
                    sum += RowByRowCrosstab.table(question, banner, w);
                }
                return sum;
            }, bookRuns);
            report("book (" + label + ", 100 questions × 5-attribute banner, 32 columns)", engine, naive);
        }
    }

    private static void report(String what, double[] engine, double[] naive) {
        System.out.printf(Locale.ROOT,
                "  %-68s engine %9.2f ms (cpu %9.2f)   row-by-row %9.2f ms (cpu %9.2f)   ratio %5.1fx (cpu %5.1fx)%n",
                what, engine[0], engine[1], naive[0], naive[1], naive[0] / engine[0], naive[1] / engine[1]);
    }

    /**
     * Median wall time and median CPU time of the calling thread, in ms, over {@code runs} runs, after warm-up runs
     * (at least {@code runs}, and more until 3 s have passed, so that the JIT has compiled the hot loops fully
     * rather than only on-stack-replaced them). The CPU time leaves out time the thread waited for a core, so it
     * is the steadier figure on a busy machine.
     */
    private static double[] time(java.util.function.DoubleSupplier work, int runs) {
        System.gc(); // collect the generator's garbage now, not while timing
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < runs || System.nanoTime() < warmUntil; i++) {
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

    public static Question scale(String id, int n, SplittableRandom random) {
        double[] p = {0.15, 0.3, 0.25, 0.15, 0.1, 0.05};
        return Question.categorical(id, id, QuestionType.SCALE, true, SCALE, List.of(id), codes(n, p, random));
    }

    public static Question single(String id, int n, int categories, SplittableRandom random) {
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
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            labels.add(id + " " + (c + 1));
        }
        return Question.categorical(id, id, QuestionType.SINGLE, false, labels, List.of(id), codes);
    }

    public static Question multi(String id, int n, int options, SplittableRandom random) {
        List<RespondentSet> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < options; c++) {
            ticks.add(new RespondentSet(n));
            labels.add(id + " " + (c + 1));
        }
        RespondentSet answered = RespondentSet.all(n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < options; c++) {
                if (random.nextDouble() < 0.3) {
                    ticks.get(c).add(r);
                }
            }
        }
        return Question.multi(id, id, labels, labels, ticks, answered);
    }

    /** Codes drawn from p (the last entry of p, when p has one more entry than the labels, is "no answer"). */
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
