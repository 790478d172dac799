package com.surveypivot.ui.bench;

import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectRestore;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.ReportOutline;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.AddWeightColumn;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.ui.MainViewModel;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark of opening a project (not a unit test): the synthetic survey of {@link WorkspaceBenchmark} at 100,000
 * respondents × 150 questions, already loaded in the window's view model (no window), and a project of it with 50
 * saved tables (each question by a banner of the 5 attributes Gender, Age, Region, Size and the Job multi-response
 * set; every fifth filtered, every third with a NET, every other weighted), survey edits (renames and a weight column
 * of 100,000 weights) and notes. Timed from reading the project's JSON to the restored workspace with its shown table
 * computed: {@link ProjectStore#read}, {@link ProjectRestore#restore} (edits replayed, state and entries fitted) and
 * {@code ProjectSession.show} (survey, state, notes, outline in the view model, the table, grid, chart model and notes
 * computed on the calling thread as the window's worker computes them). Baselines in the same run: the engine alone
 * computing the shown table, and the loaded survey shown in the view model with its default table (no project). Median of 11 runs after 3 warm-up runs; CPU time is the calling thread's.
 *
 * <p>Run: see docs/performance.md, "Projects: opening a project" (argument: respondents, default 100000).
 */
public final class ProjectBenchmark {
    private static final String[] BANNER = {"Gender", "Age", "Region", "Size", "Job"};

    private ProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %,d respondents x 150 questions, 50 saved tables%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), n);
        Survey survey = WorkspaceBenchmark.survey(n);
        ProjectFile project = project(n);
        Path file = Files.createTempFile("bench", "." + ProjectFile.EXTENSION);
        ProjectStore.write(project, file, null);
        System.out.printf(Locale.ROOT, "project file: %,d bytes%n", Files.size(file));
        MainViewModel model = new MainViewModel(task -> {
            throw new IllegalStateException("no loading here");
        }, Long.MAX_VALUE);
        model.localeProperty().set(Locale.ENGLISH);
        model.setSurvey(survey); // the data has loaded

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warm = 3;
        int runs = 11;
        double[][] t = new double[6][runs];
        for (int i = -warm; i < runs; i++) {
            System.gc();
            long s0 = System.nanoTime();
            model.setSurvey(survey); // a plain data file shown: its default table
            long s1 = System.nanoTime();
            System.gc();
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            ProjectFile read = ProjectStore.read(file);
            long w1 = System.nanoTime();
            ProjectRestore.Restored restored = ProjectRestore.restore(read, survey, "");
            long w2 = System.nanoTime();
            model.project().show(restored, read.readOptions(), file, false);
            long w3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            if (model.chartModelProperty().get() == null || model.outline().size() != 50
                    || !restored.mismatches().isEmpty()) {
                throw new IllegalStateException("not restored: " + restored.mismatches());
            }
            long e0 = System.nanoTime();
            long ec0 = threads.getCurrentThreadCpuTime();
            CrosstabEngine.compute(PivotSpecs.spec(restored.survey(), model.workspace().state()).orElseThrow());
            long e1 = System.nanoTime();
            long ec1 = threads.getCurrentThreadCpuTime();
            if (i >= 0) {
                t[0][i] = (w3 - w0) / 1e6;
                t[1][i] = (c3 - c0) / 1e6;
                t[2][i] = (w1 - w0) / 1e6;
                t[3][i] = (w2 - w1) / 1e6;
                t[4][i] = (e1 - e0) / 1e6;
                t[5][i] = (s1 - s0) / 1e6;
            }
            if (i == runs - 1) {
                System.out.printf(Locale.ROOT, "engine alone cpu (last run): %.1f ms%n", (ec1 - ec0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "open project, JSON read to restored workspace: %.1f ms (cpu %.1f), slowest %.1f"
                + " ms%n", median(t[0]), median(t[1]), Arrays.stream(t[0]).max().orElse(0));
        System.out.printf(Locale.ROOT, "  of which read JSON %.1f ms, replay edits + fit state and entries %.1f ms%n",
                median(t[2]), median(t[3]));
        System.out.printf(Locale.ROOT, "baseline: engine alone on the shown table %.1f ms; ratio %.1fx%n",
                median(t[4]), median(t[0]) / median(t[4]));
        System.out.printf(Locale.ROOT, "baseline: the loaded survey shown with its default table (no project) %.1f ms;"
                + " ratio %.1fx%n", median(t[5]), median(t[0]) / median(t[5]));
        Files.deleteIfExists(file);
    }

    private static ProjectFile project(int n) {
        double[] weights = new double[n];
        for (int r = 0; r < n; r++) {
            weights[r] = 0.6 + (r % 9) / 10.0;
        }
        List<SurveyEdit> edits = List.of(new RenameQuestion("Q0", "Overall satisfaction"),
                new RenameCategory("Region", "Region 1", "North"), new RenameQuestion("Gender", "Gender (self)"),
                new AddWeightColumn("Raked", "Raked weight", weights, List.of("Gender", "Age")));
        List<SavedEntry> entries = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int e = 0; e < 50; e++) {
            String q = "Q" + e;
            PivotState state = PivotState.EMPTY.withQuestion(q).withBanner(List.of(BANNER), null);
            if (e % 5 == 0) {
                state = state.withFilters(List.of(new FilterCondition("Size", List.of("Size 1", "Size 2"))));
            }
            if (e % 3 == 0) {
                List<String> members = e % 2 == 0 ? List.of("Very satisfied", "Satisfied") : List.of(q + " 1", q + " 2");
                state = state.withAnswers(q, com.surveypivot.workspace.AnswerLayout.NONE.withNets(List.of(
                        new NetDefinition("Top", members, NetDefinition.Placement.BELOW, true))));
            }
            if (e % 2 == 1) {
                state = state.withWeight(e % 4 == 1 ? "Weight" : "Raked");
            }
            entries.add(new SavedEntry(ReportOutline.newId(), "Table " + (e + 1), state, null, "note " + e));
            notes.put("bench\u0000" + q + "\u0000Region", "A note on " + q);
        }
        PivotState shown = entries.get(10).state().withWeight("Raked");
        return ProjectFile.of("/data/bench.xlsx", "", ReadOptions.defaults(), edits, shown, entries, notes);
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
