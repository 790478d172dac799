package com.surveypivot.findings;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableBook;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Findings across a whole survey: every question of the scan by every attribute (each unordered pair once, see
 * {@link ScanPairs}), each table computed by the engine ({@link TableBook}: one pass per question over a shared
 * banner) and tested as the notes test it ({@link TableTests}); then the Benjamini–Hochberg false discovery rate
 * over every test of the scan, and the findings ranked by effect.
 */
public final class SurveyScan {
    /** Told how far the scan is: tables done of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void tables(int done, int total);
    }

    private SurveyScan() {
    }

    /** The scan with no progress and no cancellation. */
    public static ScanResult run(Survey survey, ScanOptions options) {
        return run(survey, options, Progress.NONE, () -> false);
    }

    /**
     * @param cancelled asked between tables; when it answers true the scan stops
     * @throws CancellationException when cancelled
     */
    public static ScanResult run(Survey survey, ScanOptions options, Progress progress, BooleanSupplier cancelled) {
        List<Question> questions = options.questions().isEmpty()
                ? ScanPairs.defaultQuestions(survey, options.weight()) : options.questions();
        List<Question> attributes = options.attributes().isEmpty()
                ? ScanPairs.defaultAttributes(survey, options.weight(), options.minCategories(),
                        options.maxCategories())
                : options.attributes();
        Map<Question, List<Question>> pairs = ScanPairs.of(survey, questions, attributes);
        int total = pairs.values().stream().mapToInt(List::size).sum();
        CellOptions cellOptions = CellOptions.defaults().withStatistics(true);
        List<Finding> tested = new ArrayList<>();
        int done = 0;
        progress.tables(0, total);
        for (Map.Entry<Question, List<Question>> entry : pairs.entrySet()) {
            TableSpec template = new TableSpec(entry.getValue().get(0), List.of(entry.getKey()), null,
                    options.filter(), options.weightsArray(), List.of(), cellOptions);
            // a chunk at a time, so that a cancel is heard within a few tables
            List<Question> all = entry.getValue();
            for (int from = 0; from < all.size(); from += CHUNK) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                List<Question> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                for (Crosstab table : TableBook.compute(template, chunk)) {
                    tested.addAll(TableTests.of(table));
                }
                done += chunk.size();
                progress.tables(done, total);
            }
        }
        double[] p = new double[tested.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = tested.get(i).pValue();
        }
        double[] q = BenjaminiHochberg.qValues(p);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Finding f = tested.get(i);
            if (q[i] < options.alpha() && (f.gap() == null || Math.abs(f.gap()) >= options.minGap())) {
                findings.add(f.withQ(q[i]));
            }
        }
        findings = StoryFolding.fold(findings);
        findings.sort(RANK);
        return new ScanResult(findings, tested.size(), total, options.alpha(), options.weightsArray() != null,
                options.weight() == null ? null : options.weight().id(), options.filter() != null);
    }

    private static final int CHUNK = 40;

    /** What a user may pick as the scan's questions: every crossable question but a grid, and every grid item. */
    public static List<Question> questionChoices(Survey survey) {
        List<Question> out = new ArrayList<>();
        for (Question q : survey.crossableQuestions()) {
            if (q.type() == com.surveypivot.survey.QuestionType.GRID) {
                out.addAll(q.items());
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** What a user may pick as the scan's attributes: every crossable question but a grid. */
    public static List<Question> attributeChoices(Survey survey) {
        return survey.crossableQuestions().stream().filter(q -> q.type() != com.surveypivot.survey.QuestionType.GRID)
                .toList();
    }

    /** Strongest first, then the smaller q, then the larger base. */
    public static final Comparator<Finding> RANK = Comparator.comparingDouble((Finding f) -> -f.strength())
            .thenComparingDouble(Finding::qValue).thenComparingInt(f -> -f.base());
}
