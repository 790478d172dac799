package com.surveypivot.io.bench;

import com.surveypivot.analysis.weighting.RakeOptions;
import com.surveypivot.analysis.weighting.RakeReport;
import com.surveypivot.analysis.weighting.RakeTarget;
import com.surveypivot.analysis.weighting.Raking;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue 12's speed targets, measured in one JVM: (1) raking 4 attributes on 1,000,000 respondents (target < 1 s);
 * (2) opening the 100,000 × 150 survey export as .sav against the same respondents as .xlsx (target: at most 2×
 * the .xlsx time). Both files are made by the generators (same columns, seed and draws) under target/bench.
 *
 * <p>Run: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -Xmx6g -cp target/classes:target/test-classes:$(cat cp.txt)
 * com.surveypivot.io.bench.SpssAndRakingBenchmark [respondents=100000] [runs=3]}.
 */
public final class SpssAndRakingBenchmark {
    private SpssAndRakingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        raking(runs + 2);
        Path dir = Path.of("target/bench");
        Path xlsx = new SurveyExportGenerator(respondents, SurveyExportGenerator.DEFAULT_SEED).ensure(dir);
        Path sav = new SavExportGenerator(respondents, SurveyExportGenerator.DEFAULT_SEED).ensure(dir);
        System.out.printf(Locale.ROOT, "files: %s (%.1f MB), %s (%.1f MB)%n", xlsx.getFileName(),
                java.nio.file.Files.size(xlsx) / 1e6, sav.getFileName(), java.nio.file.Files.size(sav) / 1e6);
        double[] x = new double[runs];
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            x[i] = open(xlsx);
            s[i] = open(sav);
        }
        double bx = Arrays.stream(x).min().orElseThrow();
        double bs = Arrays.stream(s).min().orElseThrow();
        System.out.printf(Locale.ROOT, "open .xlsx: %s s (min %.2f)%n", Arrays.toString(round(x)), bx);
        System.out.printf(Locale.ROOT, "open .sav:  %s s (min %.2f)%n", Arrays.toString(round(s)), bs);
        System.out.printf(Locale.ROOT, ".sav / .xlsx = %.3f (target <= 2)%n", bs / bx);
    }

    private static double open(Path file) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        Survey survey = SurveyReader.read(file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (survey.questions().isEmpty()) {
            throw new IllegalStateException("nothing read from " + file);
        }
        return seconds;
    }

    /** 1,000,000 respondents, attributes of 2, 5, 6 and 4 answers drawn with uneven shares; targets even. */
    private static void raking(int runs) throws Exception {
        int n = 1_000_000;
        int[] sizes = {2, 5, 6, 4};
        SplittableRandom random = new SplittableRandom(12);
        List<Question> questions = new ArrayList<>();
        List<RakeTarget> targets = new ArrayList<>();
        for (int a = 0; a < sizes.length; a++) {
            int k = sizes[a];
            int[] codes = new int[n];
            for (int r = 0; r < n; r++) {
                double u = random.nextDouble();
                codes[r] = (int) Math.min(k - 1, Math.floor(k * u * u));
            }
            List<String> labels = new ArrayList<>();
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int c = 0; c < k; c++) {
                labels.add("a" + a + "c" + c);
                shares.put("a" + a + "c" + c, 1.0 / k);
            }
            questions.add(Question.categorical("A" + a, "A" + a, QuestionType.SINGLE, false, labels,
                    List.of("A" + a), codes));
            targets.add(new RakeTarget("A" + a, shares));
        }
        Survey survey = new Survey("bench", "bench", 1, 1, "generic", n, questions);
        double[] times = new double[runs];
        RakeReport report = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = Raking.rake(survey, targets, RakeOptions.defaults());
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        System.out.printf(Locale.ROOT, "raking 4 attributes x 1,000,000 respondents: %s s (min %.3f; target < 1 s), "
                + "%d iterations, converged %s, design effect %.3f%n", Arrays.toString(round(times)),
                Arrays.stream(times).min().orElseThrow(), report.iterations(), report.converged(),
                report.designEffect());
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 1000) / 1000.0).toArray();
    }
}
