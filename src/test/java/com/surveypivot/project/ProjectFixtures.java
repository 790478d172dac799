package com.surveypivot.project;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.AddWeightColumn;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.workspace.AnswerLayout;
import com.surveypivot.workspace.ChartSettings;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.GridSettings;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** A small survey written as CSV by the test, and a project on it that uses every part of the workspace's state. */
final class ProjectFixtures {
    static final int RESPONDENTS = 240;

    private ProjectFixtures() {
    }

    /**
     * Writes the survey: Sex, Smoke (Never/Occas/Regul/Heavy), Exer (Freq/Some/None), Age (numbers), W (weights).
     * With {@code nextWave}, the Exer column is left out and "Heavy" is called "Very heavy" (a changed layout).
     */
    static Path writeSurvey(Path folder, String name, boolean nextWave) throws IOException {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(nextWave ? "Sex,Smoke,Age,W\n" : "Sex,Smoke,Exer,Age,W\n");
        String[] smoke = {"Never", "Occas", "Regul", nextWave ? "Very heavy" : "Heavy"};
        String[] exer = {"Freq", "Some", "None"};
        for (int r = 0; r < RESPONDENTS; r++) {
            csv.append(random.nextBoolean() ? "Female" : "Male").append(',')
                    .append(smoke[random.nextInt(4)]).append(',');
            String e = exer[random.nextInt(3)];
            if (!nextWave) {
                csv.append(e).append(',');
            }
            csv.append(17 + random.nextInt(50)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", 0.5 + random.nextDouble())).append('\n');
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static Survey read(Path file) throws Exception {
        return SurveyReader.read(file, ReadOptions.defaults(), ReadProgress.NONE);
    }

    /** The edits: a renamed question, a reordered scale, numbers in bins, a weight column with a blank weight. */
    static List<SurveyEdit> edits() {
        double[] weights = new double[RESPONDENTS];
        for (int r = 0; r < RESPONDENTS; r++) {
            weights[r] = r == 3 ? Double.NaN : 0.5 + (r % 7) / 7.0;
        }
        return List.of(new RenameQuestion("Smoke", "Smoking habit"),
                new ReorderCategories("Exer", List.of("None", "Some", "Freq")),
                RebinNumbers.quantiles("Age", 3),
                new CombinedEdit(List.of(new RenameCategory("Sex", "Female", "Woman"),
                        new RenameQuestion("Sex", "Gender"))),
                new AddWeightColumn("raked", "Raked weight", weights, List.of("Sex")));
    }

    /** A state with a banner and a nest, segments, filters, a weight, NETs, order, hidden answers and scores. */
    static PivotState state() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("Never", 1.0);
        scores.put("Occas", Double.NaN);
        scores.put("Heavy", 4.0);
        AnswerLayout smoke = new AnswerLayout(
                List.of(new NetDefinition("Smokers", List.of("Occas", "Regul", "Heavy"),
                        NetDefinition.Placement.BELOW, true)),
                List.of("Heavy", "Smokers", "Regul", "Occas", "Never"), Set.of("Occas"), scores);
        AnswerLayout exer = new AnswerLayout(List.of(new NetDefinition("Active", List.of("Freq", "Some"), null,
                false)), List.of(), Set.of(), Map.of());
        return new PivotState("Smoke", List.of("Sex"), "Exer", List.of("Male", "Woman"),
                List.of(new FilterCondition("Exer", List.of("Some", "Freq")), new FilterCondition("Sex", List.of())),
                "W", Map.of("Smoke", smoke, "Exer", exer), new TableSettings("P99", false),
                new ChartSettings("grouped", 2, "en", "Never"), new GridSettings(true, true));
    }

    /** A table entry and a map entry, with formula-like names and notes. */
    static List<SavedEntry> entries() {
        List<SavedEntry> entries = new ArrayList<>();
        entries.add(new SavedEntry("e1", "=HYPERLINK(\"http://x\")", state(), null, "+cmd|' /C calc'!A0"));
        entries.add(new SavedEntry("e2", "Exer by sex", PivotState.of("Exer", "Sex").withWeight("raked"), null,
                ""));
        entries.add(new SavedEntry("m1", "@map", PivotState.of("Smoke", "Sex"),
                new MapSpec("Smoke", List.of("Regul", "Heavy"), "heavy-ish", "Exer", List.of(), ""), "-note"));
        return entries;
    }

    static ProjectFile project(Path source, String hash) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("survey\u0000Smoke\u0000Sex", "Men smoke more.\nSecond line — 日本語");
        notes.put("survey\u0000map", "=1+1");
        return ProjectFile.of(source == null ? null : source.toString(), hash, ReadOptions.defaults()
                .withMissing(List.of("n/a")).withEncoding(StandardCharsets.UTF_8), edits(), state(), entries(), notes)
                .withSurveyTitle("wave1");
    }
}
