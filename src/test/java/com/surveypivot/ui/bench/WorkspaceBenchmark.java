package com.surveypivot.ui.bench;

import static com.surveypivot.analysis.bench.CrosstabBenchmark.multi;
import static com.surveypivot.analysis.bench.CrosstabBenchmark.scale;
import static com.surveypivot.analysis.bench.CrosstabBenchmark.single;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.ui.MainViewModel;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Benchmark of a pivot change in the workspace (not a unit test): a synthetic survey of 1,000,000 respondents × 150
 * questions (scales, single choices, and a multi-response job-function set), held by the window's view model with no
 * window. Each pivot change is a command executed on the view model, timed until its new table, grid, chart model
 * and notes are there (computed at once on the calling thread, as the background worker computes them); the same
 * run times the engine alone on the same table as the baseline.
 *
 * <p>Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=com.surveypivot.ui.bench.WorkspaceBenchmark
 * -Dexec.classpathScope=test} with {@code MAVEN_OPTS=-Xmx6g} (argument: respondents, default 1000000).
 */
public final class WorkspaceBenchmark {
    private static final int QUESTIONS = 150;

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %,d respondents x %d questions%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), n, QUESTIONS);
        Survey survey = survey(n);
        MainViewModel model = new MainViewModel(task -> {
            throw new IllegalStateException("no loading here");
        }, Long.MAX_VALUE);
        model.localeProperty().set(Locale.ENGLISH);
        model.setSurvey(survey);

        // each change alternates between two values, so that every run is a real change
        measure(model, survey, "question (Q0 <-> Q1)", i -> new PivotCommand.SetQuestion(i % 2 == 0 ? "Q1" : "Q0"));
        measure(model, survey, "attribute (Region <-> Age)",
                i -> new PivotCommand.SetAttribute(i % 2 == 0 ? "Age" : "Region"));
        model.workspace().execute(new PivotCommand.SetAttribute("Job"));
        measure(model, survey, "banner (+Region / -Region, by Job)", i -> i % 2 == 0
                ? new PivotCommand.AddBreakdown("Region") : new PivotCommand.RemoveBreakdown("Region"));
        measure(model, survey, "segments (4 of 6 jobs / all)", i -> new PivotCommand.SetSegments(i % 2 == 0
                ? List.of("Job 4", "Job 1", "Job 6", "Job 2") : List.of()));
        measure(model, survey, "filter (Size = 1|2 / none)", i -> i % 2 == 0
                ? new PivotCommand.SetFilter("Size", List.of("Size 1", "Size 2")) : new PivotCommand.RemoveFilter("Size"));
        measure(model, survey, "NET of 2 answers (add / remove)", i -> i % 2 == 0
                ? new PivotCommand.AddNet("Q0", new NetDefinition("Top 2", List.of("Very satisfied", "Satisfied"),
                        NetDefinition.Placement.ABOVE, false))
                : new PivotCommand.RemoveNet("Q0", "Top 2"));
        measure(model, survey, "weight (on / off)", i -> new PivotCommand.SetWeight(i % 2 == 0 ? "Weight" : null));
    }

    /** Median wall and CPU time of a pivot change, and of the engine alone on the table it ends on. */
    private static void measure(MainViewModel model, Survey survey, String what, IntFunction<PivotCommand> change) {
        int runs = 21;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            model.workspace().execute(change.apply(i));
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] engineWall = new double[runs];
        double[] engineCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            model.workspace().execute(change.apply(i));
            if (model.chartModelProperty().get() == null || model.gridProperty().get() == null) {
                throw new IllegalStateException("no table for " + what);
            }
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[i] = (System.nanoTime() - t0) / 1e6;
            TableSpec spec = PivotSpecs.spec(survey, model.workspace().state()).orElseThrow();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            CrosstabEngine.compute(spec);
            engineCpu[i] = (threads.getCurrentThreadCpuTime() - c1) / 1e6;
            engineWall[i] = (System.nanoTime() - t1) / 1e6;
        }
        double w = median(wall);
        double c = median(cpu);
        double ew = median(engineWall);
        double ec = median(engineCpu);
        System.out.printf(Locale.ROOT, "  %-38s pivot change %7.1f ms (cpu %7.1f)   engine alone %7.1f ms (cpu %7.1f)"
                + "   ratio %4.2fx (cpu %4.2fx)   max %7.1f ms%n", what, w, c, ew, ec, w / ew, c / ec,
                Arrays.stream(wall).max().orElse(0));
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    /** 150 questions: 140 alternating 5-point scales (with "don't know") and 4-answer single choices, then Gender,
     * Age, Region, Size, a six-function multi-response Job set, a Weight and two more single choices. */
    static Survey survey(int n) {
        SplittableRandom random = new SplittableRandom(20261203L);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            questions.add(i % 2 == 0 ? scale("Q" + i, n, random) : single("Q" + i, n, 4, random));
        }
        questions.add(single("Gender", n, 2, random));
        questions.add(single("Age", n, 6, random));
        questions.add(single("Region", n, 8, random));
        questions.add(single("Size", n, 5, random));
        questions.add(multi("Job", n, 6, random));
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            weights[r] = 0.5 + random.nextDouble();
        }
        int[] noCategory = new int[n];
        Arrays.fill(noCategory, -1);
        questions.add(Question.number("Weight", "Weight", "Weight", weights, List.of(), noCategory));
        for (int i = 0; i < QUESTIONS - 146; i++) {
            questions.add(single("X" + i, n, 3, random));
        }
        return new Survey("bench", "data", 1, 1, "generic", n, questions);
    }
}
